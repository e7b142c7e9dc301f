namespace Wirecheck.Store.Tests.Ingest;

using Wirecheck.Store.Ingest;

public class KeysTests
{
    [Theory]
    [InlineData("https://www.Example.com/News/a/?utm_source=tw&id=3&fbclid=x#top", "//example.com/News/a?id=3")]
    [InlineData("http://example.com/news/a", "//example.com/news/a")]
    [InlineData("https://example.com/news/a?b=2&a=1", "//example.com/news/a?a=1&b=2")]
    [InlineData("https://m.example.com/news/a/amp", "//example.com/news/a")]
    [InlineData("https://example.com:8443/x", "//example.com:8443/x")]
    public void Canonical_urls(string url, string expected) => Assert.Equal(expected, CanonicalUrl.Normalize(url));

    [Fact]
    public void Simhash_is_close_for_small_edits_and_far_for_other_texts()
    {
        var a = string.Join(' ', Enumerable.Range(0, 120).Select(i => "word" + (i * 7919 % 1000)));
        var b = a.Replace("word7 ", "changed ");
        var c = string.Join(' ', Enumerable.Range(0, 120).Select(i => "other" + (i * 104729 % 1000)));
        Assert.InRange(SimHash.Distance(SimHash.Compute(a), SimHash.Compute(b)), 0, SimHash.NearDuplicateDistance);
        Assert.True(SimHash.Distance(SimHash.Compute(a), SimHash.Compute(c)) > 10);
        Assert.Equal(SimHash.Compute(a), SimHash.Compute(a.ToUpperInvariant()));
    }
}
