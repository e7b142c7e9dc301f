namespace Wirecheck.Extraction.Tests.Repairs;

using Wirecheck.Core.Model;
using Wirecheck.Extraction.Input;
using Wirecheck.Extraction.Repairs;

public class ParagraphRepairsTests
{
    [Theory]
    [InlineData("he Chinese government has confirmed that two citizens were captured.", "T")]
    [InlineData("his week the ministry said it would investigate.", "T")]
    [InlineData("n a statement on Tuesday, the ministry said it would investigate.", null)] // "n": In/On/An is ambiguous
    [InlineData("ut the officials declined to comment further on the matter.", "B")]
    public void Drop_cap_is_restored_only_when_unambiguous(string paragraph, string? letter) =>
        Assert.Equal(letter, ParagraphRepairs.DropCapLetter(paragraph));

    [Theory]
    [InlineData("The Chinese government has confirmed that two citizens were captured.")]
    [InlineData("iPhone sales rose sharply in the last quarter, the company said.")]
    [InlineData("eBay said on Monday that it would sell its classifieds unit.")]
    [InlineData("he")]
    [InlineData("e.g. the figures below are provisional and may change.")]
    [InlineData("xyz abc is not a word that starts a sentence.")]
    public void Correct_or_unknown_starts_get_no_drop_cap(string paragraph) =>
        Assert.Null(ParagraphRepairs.DropCapLetter(paragraph));

    [Theory]
    [InlineData("The Chinese government’s position is very clear,” Lin said.")]
    [InlineData("We will not accept this,” said the spokesman on Monday.")]
    [InlineData("This is the end of the matter.”")]
    public void Unopened_quotation_is_detected(string paragraph) =>
        Assert.True(ParagraphRepairs.ClosesUnopenedQuote(paragraph));

    [Theory]
    [InlineData("“The Chinese government’s position is very clear,” Lin said.")]
    [InlineData("Lin said: “The position is very clear,” and left the room.")]
    [InlineData("The club’s “new era” begins on Monday, the chairman said.")]
    [InlineData("He sang “Yesterday” and then, to applause, “Let It Be.” The crowd cheered.")]
    [InlineData("The ministry declined to comment on the report.")]
    [InlineData("The 12” pizza costs less than the 14” one, a menu shows.")] // inch marks: no punctuation before
    public void Balanced_or_quote_free_paragraphs_are_left_alone(string paragraph) =>
        Assert.Empty(ParagraphRepairs.Plan(paragraph, previousLeavesQuoteOpen: false));

    [Fact]
    public void A_quotation_running_over_paragraphs_is_not_damage()
    {
        const string previous = "“We have warned our citizens many times about the danger of armed conflicts.";
        Assert.True(ParagraphRepairs.LeavesQuoteOpen(previous));
        Assert.Empty(ParagraphRepairs.Plan("They must stay away from these zones,” Lin said.", previousLeavesQuoteOpen: true));
    }

    [Fact]
    public void Plain_text_repairs_are_recorded_with_offsets_that_cover_the_inserted_text()
    {
        const string input = "Beijing confirms two nationals were captured in Ukraine.\n" +
                             "he Chinese government has confirmed that two of its citizens were captured.\n" +
                             "The Chinese government’s position is very clear,” Lin said. “We have issued warnings.”\n";
        var article = ArticleExtractor.ExtractString(input, InputKind.Text, new InputInfo(null, null, null), ExtractionOptions.Default);
        Assert.Contains("The Chinese government has confirmed", article.Text);
        Assert.Contains("“The Chinese government’s position is very clear,” Lin said.", article.Text);
        var drop = Assert.Single(article.Repairs, r => r.Kind == "drop-cap");
        Assert.Equal("T", article.Text[drop.Start..drop.End]);
        Assert.Equal("", drop.Before);
        var quote = Assert.Single(article.Repairs, r => r.Kind == "quote-mark");
        Assert.Equal("“", article.Text[quote.Start..quote.End]);
        // the text after a repair maps back to the same characters in the input
        int he = article.Text.IndexOf("he Chinese government has", StringComparison.Ordinal);
        Assert.Equal(input.IndexOf("he Chinese government has", StringComparison.Ordinal), article.SourceMap.ToInput(he));
    }

    [Fact]
    public void Correct_plain_text_is_never_changed()
    {
        const string input = "Beijing confirms two nationals were captured in Ukraine.\n" +
                             "The Chinese government has confirmed that two of its citizens were captured.\n" +
                             "“The Chinese government’s position is very clear,” Lin said. “We have issued warnings.”\n" +
                             "iPhone sales were not affected, analysts said.\n";
        var article = ArticleExtractor.ExtractString(input, InputKind.Text, new InputInfo(null, null, null), ExtractionOptions.Default);
        Assert.Empty(article.Repairs);
        Assert.Contains("iPhone sales were not affected", article.Text);
    }

    [Fact]
    public void Html_paragraphs_get_the_same_repairs()
    {
        const string html = "<html><body><article><h1>Title of the story here</h1>" +
                            "<p>he Chinese government has confirmed that two of its citizens were captured by Ukrainian forces, officials said.</p>" +
                            "<p>The Chinese government’s position is very clear,” Lin said at a regular briefing in Beijing on Wednesday.</p>" +
                            "<p>Officials in Kyiv said the two men had been fighting alongside Russian troops in the Donetsk region.</p>" +
                            "</article></body></html>";
        var article = ArticleExtractor.ExtractString(html, InputKind.Html, new InputInfo(null, null, null), ExtractionOptions.Default);
        Assert.Contains("The Chinese government has confirmed", article.Text);
        Assert.Contains("“The Chinese government’s position", article.Text);
        Assert.Contains(article.Repairs, r => r.Kind == "drop-cap");
        Assert.Contains(article.Repairs, r => r.Kind == "quote-mark");
    }
}
