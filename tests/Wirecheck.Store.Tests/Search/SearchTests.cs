namespace Wirecheck.Store.Tests.Search;

using Wirecheck.Store.Search;
using Wirecheck.Store.Tests.Support;

public class SearchTests
{
    private static Wirecheck.Store.Db.ArticleStore Filled(string backend)
    {
        var store = TestStores.Open(backend);
        store.Write(CaptureStory.Build().Select(b => b.Prepare()).ToList());
        return store;
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Words_match_stemmed_with_a_highlighted_snippet(string backend)
    {
        using var store = Filled(backend);
        var hits = SearchService.Search(store, "capture Chinese soldiers");
        Assert.NotEmpty(hits);
        Assert.Equal("frontline-gossip.example", hits[0].Site);
        Assert.Contains("[", hits[0].Snippet);
        Assert.Contains("]", hits[0].Snippet);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Phrases_prefixes_and_or(string backend)
    {
        using var store = Filled(backend);
        Assert.Equal(new[] { "globaltimes.cn" }, SearchService.Search(store, "\"Lin Jian\"").Select(h => h.Site));
        Assert.Contains(SearchService.Search(store, "Shakh*"), h => h.Site == "sports.example");
        var either = SearchService.Search(store, "Shakhtar OR groundless").Select(h => h.Site).ToHashSet();
        Assert.Equal(new HashSet<string?> { "sports.example", "globaltimes.cn" }, either);
        Assert.Empty(SearchService.Search(store, "xylophone"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Hostile_queries_do_not_break_the_syntax(string backend)
    {
        using var store = Filled(backend);
        foreach (var q in new[] { "\"", "AND OR NOT", "(((", "*", "a\"b", "NEAR(x y)", "col:term", "'; DROP TABLE articles; --", "" })
            _ = SearchService.Search(store, q);
        Assert.Equal(8, store.Count());
    }
}
