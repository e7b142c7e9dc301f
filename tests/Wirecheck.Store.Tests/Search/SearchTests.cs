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

public class SearchWindowTests
{
    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Ranking_looks_at_the_newest_matches_and_every_hit_has_a_snippet(string backend)
    {
        using var store = TestStores.Open(backend);
        // ten articles mention the flood; the third says it most (the best bm25), the others once
        var batch = new List<Wirecheck.Store.Ingest.PreparedArticle>();
        for (int i = 0; i < 10; i++)
        {
            var text = i == 2
                ? "Flood flood flood: the flood reached the harbour, and the flood barrier failed."
                : $"Report {i}: officials discussed the budget, the harbour and one flood warning among many other items on the agenda.";
            batch.Add(new ArticleBuilder(text, $"site{i}.example", $"2025-01-{i + 1:00}T00:00:00Z", $"Item {i}").Prepare());
        }
        store.Write(batch);
        var all = SearchService.Search(store, "flood", 20);
        Assert.Equal(10, all.Count);
        Assert.Equal("site2.example", all[0].Site);
        Assert.All(all, h => Assert.Contains("[", h.Snippet));
        // a window of the 3 newest matches (ids 8, 9, 10) cannot return the older best match
        var recent = SearchService.Search(store, "flood", 3, window: 3);
        Assert.Equal(3, recent.Count);
        Assert.Equal(new long[] { 8, 9, 10 }, recent.Select(h => h.Id).Order());
        Assert.All(recent, h => Assert.Contains("[", h.Snippet));
        // the limit still applies inside the window, best first
        var top2 = SearchService.Search(store, "flood", 2);
        Assert.Equal(all.Take(2).Select(h => h.Id), top2.Select(h => h.Id));
    }
}
