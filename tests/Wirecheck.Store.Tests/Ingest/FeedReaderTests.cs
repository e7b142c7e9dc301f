namespace Wirecheck.Store.Tests.Ingest;

using System.Text;
using Wirecheck.Store.Ingest;

public class FeedReaderTests
{
    private static readonly string Long = string.Concat(Enumerable.Repeat("<p>The council approved the budget after a long debate about schools and roads.</p>", 15));

    [Fact]
    public void Rss_items_give_links_dates_and_full_content()
    {
        var rss = $"""
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
            <item><title>Teaser</title><link>https://news.example/1</link><pubDate>Tue, 08 Apr 2025 10:00:00 GMT</pubDate><description>Short teaser.</description></item>
            <item><title>Full</title><link>https://news.example/2</link><content:encoded><![CDATA[{Long}]]></content:encoded></item>
            </channel></rss>
            """;
        var bytes = Encoding.UTF8.GetBytes(rss);
        Assert.True(FeedReader.LooksLikeFeed(bytes, null));
        var items = FeedReader.Parse(bytes);
        Assert.Equal(2, items.Count);
        Assert.Equal("https://news.example/1", items[0].Link);
        Assert.Equal(new DateTimeOffset(2025, 4, 8, 10, 0, 0, TimeSpan.Zero), items[0].Published);
        Assert.True(FeedReader.TextLength(items[0].Content) < FeedReader.FullContentChars);
        Assert.True(FeedReader.TextLength(items[1].Content) >= FeedReader.FullContentChars);
    }

    [Fact]
    public void Atom_entries_use_the_alternate_link()
    {
        var atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
            <entry><title>A</title><link rel="self" href="https://news.example/self"/><link href="https://news.example/a"/><updated>2025-04-09T12:00:00Z</updated><summary>x</summary></entry>
            </feed>
            """;
        var items = FeedReader.Parse(Encoding.UTF8.GetBytes(atom));
        var e = Assert.Single(items);
        Assert.Equal("https://news.example/a", e.Link);
        Assert.Equal(2025, e.Published!.Value.Year);
    }

    [Fact]
    public void Html_is_not_a_feed_and_dtds_are_refused()
    {
        Assert.False(FeedReader.LooksLikeFeed("<html><body>x</body></html>"u8, "text/html"));
        var evil = """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">]><rss><channel><item><title>&a;</title></item></channel></rss>""";
        Assert.ThrowsAny<System.Xml.XmlException>(() => FeedReader.Parse(Encoding.UTF8.GetBytes(evil)));
    }

    [Fact]
    public async Task A_feed_file_is_ingested_item_by_item()
    {
        var dir = Path.Combine(Path.GetTempPath(), "wirecheck-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "news.rss"), $"""
            <rss version="2.0"><channel><title>T</title>
            <item><title>Budget</title><link>https://news.example/full</link><description><![CDATA[{Long}]]></description></item>
            <item><title>No link</title><description>short</description></item>
            </channel></rss>
            """);
        using var store = Support.TestStores.Open("sqlite");
        var s = await new IngestRunner(store, Wirecheck.Nlp.StandardPipeline.Default).RunAsync(new[] { dir }, default);
        Assert.Equal(1, s.New);
        Assert.Equal(1, s.Failed);
        Assert.Equal("//news.example/full", store.Connection.Scalar("SELECT url_key FROM articles") as string);
    }
}
