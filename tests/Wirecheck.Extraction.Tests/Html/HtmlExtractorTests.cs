namespace Wirecheck.Extraction.Tests.Html;

using Wirecheck.Core.Model;
using Wirecheck.Extraction.Html;
using Wirecheck.Extraction.Input;
using Wirecheck.TestSupport;

public class HtmlExtractorTests
{
    private const string Para1 = "The city council voted on Tuesday to approve the new budget, which raises spending on schools by four percent.";
    private const string Para2 = "Opponents said the plan relied on optimistic revenue forecasts, and warned that cuts could follow next year.";
    private const string Para3 = "The mayor, who proposed the budget in March, said the vote showed broad support for investing in education.";

    private static string Page(string article, string head = "") =>
        "<!doctype html><html lang=\"en-GB\"><head><title>Council approves budget | Springfield Gazette</title>" + head + "</head><body>" +
        "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>" +
        "<div class=\"cookie-banner\"><p>We use cookies to improve your experience. By clicking accept you agree to our use of cookies.</p></div>" +
        "<main><div class=\"layout\">" + article + "</div>" +
        "<div class=\"related-stories\"><h3>Related</h3><ul>" +
        "<li><a href=\"/a\">Another story about something that happened somewhere else</a></li>" +
        "<li><a href=\"/b\">A second story that readers may also want to read now</a></li></ul></div></main>" +
        "<footer><p>© 2019 Springfield Gazette. All rights reserved.</p></footer></body></html>";

    private static Article Extract(string html, string? url = null)
    {
        var a = ArticleExtractor.ExtractString(html, InputKind.Html, new InputInfo(null, url, null), ExtractionOptions.Default);
        Invariants.Check(a);
        return a;
    }

    [Fact]
    public void Main_text_is_kept_and_page_furniture_removed()
    {
        var a = Extract(Page($"<article><h1>Council approves budget</h1><p class=\"byline\">By Jane Doe</p><p>{Para1}</p>" +
                             $"<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a></div><p>{Para2}</p>" +
                             $"<figure><img src=\"x.jpg\"><figcaption>The council chamber. Photo by John Smith</figcaption></figure><p>{Para3}</p></article>"));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", a.Text);
        Assert.All(a.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Equal(3, a.Blocks.Count);
    }

    [Fact]
    public void Headings_lists_and_blockquotes_are_kept_as_blocks()
    {
        var a = Extract(Page($"<article><p>{Para1}</p><h2>What happens next</h2><p>{Para2}</p>" +
                             "<ul><li>Schools get four percent more.</li><li>Roads get two percent less.</li></ul>" +
                             $"<blockquote><p>We are investing in our children and in the future of this city.</p></blockquote><p>{Para3}</p></article>"));
        Assert.Contains(a.Blocks, b => b.Kind == BlockKind.Heading && a.Text[b.Start..b.End] == "What happens next");
        Assert.Equal(2, a.Blocks.Count(b => b.Kind == BlockKind.ListItem));
        var quote = Assert.Single(a.Blocks, b => b.Kind == BlockKind.Blockquote);
        Assert.StartsWith("We are investing", a.Text[quote.Start..quote.End]);
    }

    [Fact]
    public void Every_block_maps_back_to_the_same_text_in_the_input()
    {
        var html = Page($"<article><p>{Para1}</p><p>{Para2}</p><p>{Para3}</p></article>");
        var a = Extract(html);
        foreach (var b in a.Blocks)
        {
            int s = a.SourceMap.ToInput(b.Start);
            Assert.Equal(a.Text[b.Start..b.End], html.Substring(s, b.End - b.Start));
        }
    }

    [Fact]
    public void Entities_and_inline_markup_become_plain_text()
    {
        var a = Extract(Page($"<article><p>Smith &amp; Sons <b>said</b> the <a href=\"/x\">council</a>&#8217;s vote was fair, and that the budget was sound for the year.</p><p>{Para1}</p><p>{Para2}</p></article>"));
        Assert.StartsWith("Smith & Sons said the council’s vote was fair", a.Text);
    }

    [Fact]
    public void Metadata_comes_from_json_ld_opengraph_and_meta()
    {
        const string head = "<link rel=\"canonical\" href=\"https://gazette.example/news/2019/11/19/budget\">" +
                            "<meta property=\"og:site_name\" content=\"Springfield Gazette\">" +
                            "<meta property=\"og:description\" content=\"The council backs more money for schools.\">" +
                            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"," +
                            "\"headline\":\"Council approves budget\",\"datePublished\":\"2019-11-19T10:00:00Z\",\"dateModified\":\"2019-11-20T08:30:00Z\"," +
                            "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}]}</script>";
        var a = Extract(Page($"<article><p>{Para1}</p><p>{Para2}</p></article>", head));
        Assert.Equal("Council approves budget", a.Meta.Title);
        Assert.Equal("The council backs more money for schools.", a.Meta.Subtitle);
        Assert.Equal(new[] { "Jane Doe", "John Roe" }, a.Meta.Authors);
        Assert.Equal(new DateTimeOffset(2019, 11, 19, 10, 0, 0, TimeSpan.Zero), a.Meta.Published);
        Assert.Equal(new DateTimeOffset(2019, 11, 20, 8, 30, 0, TimeSpan.Zero), a.Meta.Modified);
        Assert.Equal("Springfield Gazette", a.Meta.Site);
        Assert.Equal("https://gazette.example/news/2019/11/19/budget", a.Meta.Url);
        Assert.Equal("en", a.Meta.Language);
    }

    [Fact]
    public void Title_loses_its_site_suffix_and_dates_fall_back_to_time_and_url()
    {
        var a = Extract(Page($"<article><p>{Para1}</p><p>{Para2}</p></article>"));
        Assert.Equal("Council approves budget", a.Meta.Title);
        Assert.Null(a.Meta.Published);
        var b = Extract(Page($"<article><time datetime=\"2019-11-18\">Monday</time><p>{Para1}</p><p>{Para2}</p></article>"));
        Assert.Equal(new DateTime(2019, 11, 18), b.Meta.Published!.Value.UtcDateTime.Date);
        var c = Extract(Page($"<article><p>{Para1}</p><p>{Para2}</p></article>"), "https://news.example/2019/11/17/story.html");
        Assert.Equal(new DateTime(2019, 11, 17), c.Meta.Published!.Value.UtcDateTime.Date);
    }

    [Theory]
    [InlineData("Council approves budget | Springfield Gazette", "Springfield Gazette", "Council approves budget")]
    [InlineData("Council approves budget - BBC News", null, "Council approves budget")]
    [InlineData("Springfield Gazette - Council approves budget in a late vote on Tuesday", "Springfield Gazette", "Council approves budget in a late vote on Tuesday")]
    [InlineData("Well - the council approves a budget that nobody likes at all", null, "Well - the council approves a budget that nobody likes at all")]
    public void Site_suffixes_are_removed_from_titles(string raw, string? site, string expected) =>
        Assert.Equal(expected, MetadataReader.CleanTitle(raw, site, null));

    [Fact]
    public void The_article_among_other_stories_is_chosen()
    {
        var others = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<article class=\"card\"><h3><a href=\"/s{i}\">Other story number {i}</a></h3><p>A short summary of the other story number {i}, which is about something else.</p></article>"));
        var a = Extract(Page($"<section><article class=\"story\"><p>{Para1}</p><p>{Para2}</p><p>{Para3}</p></article>{others}</section>"));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", a.Text);
    }

    [Fact]
    public void Teaser_lines_inside_the_body_are_removed()
    {
        var a = Extract(Page($"<article><p>{Para1}</p><p>Read more: <a href=\"/x\">Council leader resigns after a row</a></p><p>{Para2}</p><p>Advertisement</p><p>{Para3}</p></article>"));
        Assert.DoesNotContain("Read more", a.Text);
        Assert.DoesNotContain("Advertisement", a.Text);
        Assert.Contains(a.Removed, r => r.Kind == "teaser");
    }
}
