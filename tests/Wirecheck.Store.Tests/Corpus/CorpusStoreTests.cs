namespace Wirecheck.Store.Tests.Corpus;

using Wirecheck.Store.Corpus;
using Wirecheck.Store.Db;
using Wirecheck.Store.Export;
using Wirecheck.Store.Tests.Support;

public class CorpusStoreTests
{
    private static ArticleStore Built(string backend, out CorpusResult result)
    {
        var store = TestStores.Open(backend);
        store.Write(CaptureStory.Build().Select(b => b.Prepare()).ToList());
        result = CorpusBuilder.Rebuild(store);
        return store;
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Stored_layers_give_the_same_cross_article_result_as_in_memory(string backend)
    {
        using var store = Built(backend, out var r);
        var memory = new CorpusAnalyzer().Analyze(CaptureStory.Build().Select(b => b.ToCorpus()).ToList());
        Assert.Equal(memory.ClaimClusters.Select(c => c.Claims.Count).Order(), r.ClaimClusters.Select(c => c.Claims.Count).Order());
        Assert.Equal(memory.Conflicts.Select(c => c.Kind).Order(), r.Conflicts.Select(c => c.Kind).Order());
        Assert.Equal(r.ClaimClusters.Sum(c => c.Claims.Count), store.Connection.Long("SELECT count(*) FROM claims WHERE cluster_id IS NOT NULL"));
        // rebuilding replaces, never adds
        CorpusBuilder.Rebuild(store);
        Assert.Equal(r.Conflicts.Count, store.Connection.Long("SELECT count(*) FROM conflicts"));
        Assert.Equal(r.Entities.Count, store.Connection.Long("SELECT count(*) FROM corpus_entities"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Entity_quotes_and_claims_queries(string backend)
    {
        using var store = Built(backend, out _);
        var q = new CorpusQueries(store);
        foreach (var spelling in new[] { "Zelenskyy", "zelensky", "Volodymyr Zelenskiy", "President Zelenskij" })
        {
            var tables = q.Entity(spelling, 50);
            Assert.NotEmpty(tables);
            Assert.Equal(4L, Convert.ToInt64(tables[0].Rows[0][3]));    // articles
        }
        var entity = q.Entity("Zelensky", 50);
        Assert.Equal(4, entity.Single(t => t.Title == "quotes").Rows.Count);
        Assert.NotEmpty(entity.Single(t => t.Title == "claims").Rows);

        var quotes = q.Quotes("Lin Jian", 50);
        Assert.Equal(2, quotes.Rows.Count);
        Assert.All(quotes.Rows, r => Assert.Equal("globaltimes.cn", r[2]));

        var claims = q.Claims("Chinese nationals captured", 50);
        Assert.Contains(claims.Rows, r => ((string)r[6]!).Contains("captured two Chinese nationals"));
        Assert.DoesNotContain(claims.Rows, r => ((string)r[6]!).Contains("goals"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Conflicts_timeline_and_stats(string backend)
    {
        using var store = Built(backend, out _);
        var q = new CorpusQueries(store);
        var conflicts = q.Conflicts(100);
        Assert.Equal(new[] { "denial", "event-negation", "quantity" }, conflicts.Rows.Select(r => (string)r[1]!).Order());

        var timeline = q.Timeline(null, 100);
        var captured = timeline.Rows.Where(r => ((string)r[7]!).Contains("captured")).ToList();
        Assert.Equal(4, captured.Count);
        var dates = captured.Select(r => (string)r[2]!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains(captured, r => (string?)r[5] == "up");   // two -> six
        Assert.Contains(captured, r => (string?)r[5] == "down"); // six -> two

        var stats = q.Stats().Rows.ToDictionary(r => (string)r[0]!, r => r[1]);
        Assert.Equal(8L, Convert.ToInt64(stats["articles"]));
        Assert.Equal(3L, Convert.ToInt64(stats["conflicts"]));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Exports_carry_every_article(string backend)
    {
        using var store = Built(backend, out _);
        var jsonl = new StringWriter();
        Assert.Equal(8, JsonlExporter.Write(store, jsonl));
        var lines = jsonl.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => System.Text.Json.JsonDocument.Parse(l).Dispose());
        Assert.All(lines, l => Assert.StartsWith("{\"store\":{\"id\":", l));

        var gkg = new StringWriter();
        Assert.Equal(8, GkgExporter.Write(store, gkg));
        var records = gkg.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(records, r => Assert.Equal(GkgExporter.Columns, r.Split('\t').Length));
        var kyiv = records.Single(r => r.Contains("kyivindependent.com"));
        var f = kyiv.Split('\t');
        Assert.StartsWith("20250408100000-", f[0]);
        Assert.Equal("Volodymyr Zelensky", f[11]);
        Assert.Contains("5#Donetsk Oblast#UA#UA#48#37.8#709716", f[9]);
        Assert.Matches(@"^\d+\|\d+\|said\|Ukrainian forces captured two Chinese citizens", f[22]);
        Assert.StartsWith("2,Chinese citizens,", f[24]);

        var dir = Path.Combine(Path.GetTempPath(), "wirecheck-tests", Guid.NewGuid().ToString("N"));
        var files = CsvExporter.WriteAll(store, dir);
        Assert.Equal(CsvExporter.Tables.Length, files.Count);
        Assert.Equal(9, File.ReadAllLines(Path.Combine(dir, "articles.csv")).Length);
        Assert.DoesNotContain(",raw,", File.ReadLines(Path.Combine(dir, "articles.csv")).First());
    }
}
