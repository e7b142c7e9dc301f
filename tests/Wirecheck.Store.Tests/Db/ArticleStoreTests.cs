namespace Wirecheck.Store.Tests.Db;

using Wirecheck.Core.Model;
using Wirecheck.Store.Db;
using Wirecheck.Store.Ingest;
using Wirecheck.Store.Tests.Support;

public class ArticleStoreTests
{
    private const string Body =
        "The city council approved the new budget on Monday after a long debate about school funding, road repairs and the future of the public library. " +
        "Council members said the compromise would keep the library open on weekends while delaying two road projects until next spring. " +
        "The mayor, who had threatened a veto over the library cuts, called the deal a victory for families and said she would sign it this week. " +
        "Opposition members argued that the delayed road projects would cost more later, pointing to a consultant's report on rising construction prices. " +
        "The budget also adds four teachers at the two largest primary schools, funds a pilot program of evening bus routes, and raises parking fees downtown. " +
        "Residents who spoke during the public comment period were divided, with several asking the council to restore funding for the community pool. " +
        "The finance director said the city would end the year with a small surplus if tax revenue matched the forecast presented in January.";

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Writing_the_same_key_twice_stores_it_once(string backend)
    {
        using var store = TestStores.Open(backend);
        var p = new ArticleBuilder(Body, "city.example", url: "https://www.city.example/budget?utm_source=x").Prepare();
        var first = store.Write(new[] { p });
        Assert.True(first[0].IsNew);
        var again = new ArticleBuilder(Body, "city.example", url: "http://city.example/budget/").Prepare();
        Assert.Equal(p.Key, again.Key); // canonical URL and content hash agree
        var second = store.Write(new[] { again, p });
        Assert.All(second, r => Assert.False(r.IsNew));
        Assert.Equal(1, store.Count());
        Assert.Contains(p.Key, store.LoadKeys());
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_lightly_edited_copy_is_stored_and_linked_as_a_near_duplicate(string backend)
    {
        using var store = TestStores.Open(backend);
        var original = new ArticleBuilder(Body, "city.example", url: "https://city.example/a").Prepare();
        var syndicated = new ArticleBuilder(Body.Replace("on Monday", "on Monday evening"), "wire.example", url: "https://wire.example/b").Prepare();
        var other = new ArticleBuilder("Heavy rain flooded the harbour district overnight, and firefighters pumped water from dozens of basements until dawn.", "x.example", url: "https://x.example/c").Prepare();
        var r = store.Write(new[] { original, syndicated, other });
        Assert.Null(r[0].NearDuplicateOf);
        Assert.Equal(r[0].Id, r[1].NearDuplicateOf);
        Assert.InRange(r[1].Distance!.Value, 0, SimHash.NearDuplicateDistance);
        Assert.Null(r[2].NearDuplicateOf);
        var exactCopy = new ArticleBuilder(Body, "mirror.example", url: "https://mirror.example/z").Prepare();
        var e = store.Write(new[] { exactCopy });
        Assert.True(e[0].IsNew);
        Assert.Equal(r[0].Id, e[0].NearDuplicateOf);
        Assert.Equal(0, e[0].Distance);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Stored_articles_keep_original_bytes_analysis_and_version_and_can_be_replaced(string backend)
    {
        using var store = TestStores.Open(backend);
        var b = new ArticleBuilder(Body, "city.example");
        b.Entity(EntityType.ORG, "city council");
        var id = store.Write(new[] { b.Prepare("v1") })[0].Id!.Value;
        var stored = store.Get(id)!;
        Assert.Equal(Body, System.Text.Encoding.UTF8.GetString(Compression.Unpack(stored.RawPacked)));
        Assert.Contains("\"schema\":\"wirecheck/1\"", Compression.UnpackString(stored.AnalysisPacked));
        Assert.Equal("v1", stored.PipelineVersion);
        Assert.Equal(new[] { id }, store.IdsToReanalyze("v2", all: false));
        Assert.Empty(store.IdsToReanalyze("v1", all: false));
        Assert.Equal(1, store.Connection.Long("SELECT count(*) FROM entities WHERE article_id = @a", null, ("@a", id)));

        var b2 = new ArticleBuilder(Body, "city.example");
        b2.Entity(EntityType.ORG, "city council");
        b2.Entity(EntityType.FAC, "public library");
        store.ReplaceAnalysis(id, b2.Prepare("v2"));
        Assert.Equal("v2", store.Get(id)!.PipelineVersion);
        Assert.Equal(2, store.Connection.Long("SELECT count(*) FROM entities WHERE article_id = @a", null, ("@a", id)));
        Assert.Equal(1, store.Count());
        Assert.Equal("ok", store.IntegrityCheck());
    }

    [Fact]
    public void A_batch_that_fails_leaves_nothing_behind()
    {
        using var store = TestStores.Open("sqlite");
        var good = new ArticleBuilder(Body, "city.example", url: "https://city.example/1").Prepare();
        var bad = new ArticleBuilder(Body + " More.", "city.example", url: "https://city.example/2").Prepare() with { Text = null! };
        Assert.ThrowsAny<Exception>(() => store.Write(new[] { good, bad }));
        Assert.Equal(0, store.Count());
        Assert.Equal(0, store.Connection.Long("SELECT count(*) FROM article_fts"));
        Assert.True(store.Write(new[] { good })[0].IsNew);
    }
}
