namespace Wirecheck.Bench.Store;

using System.Diagnostics;
using Wirecheck.Store.Corpus;
using Wirecheck.Store.Db;
using Wirecheck.Store.Embeddings;

/// <summary>
/// CPU time of each step of the cross-article pass (load, entities, stories, claim clusters, conflicts, save) over
/// an existing store (the ingest bench's by default), per stored article.
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- link-cpu [--db PATH] [--no-embed]</c>
/// </summary>
public static class LinkCpu
{
    public static int Run(string[] args)
    {
        string db = Path.Combine(Path.GetTempPath(), "wirecheck-bench", "ingest-dev.db");
        bool embed = !args.Contains("--no-embed");
        for (int i = 0; i < args.Length - 1; i++) if (args[i] == "--db") db = args[++i];
        using var store = ArticleStore.Open(db);
        ISentenceEncoder? enc = embed ? MiniLmEncoder.Shared : null;
        enc?.Encode(new[] { "warm up" }, default);
        var total = Stopwatch.StartNew();
        var last = Environment.CpuUsage.TotalTime;
        double n = Math.Max(1, store.Count());
        void Step(string name)
        {
            var now = Environment.CpuUsage.TotalTime;
            Console.WriteLine($"  {name,-28} CPU {(now - last).TotalMilliseconds,8:0.0} ms = {(now - last).TotalMilliseconds / n,6:0.00} ms per article");
            last = Environment.CpuUsage.TotalTime;
        }
        Console.WriteLine($"cross-article pass over {n} articles ({(embed ? "MiniLM" : "lexical only")}); load {File.ReadAllText("/proc/loadavg").Trim()}");
        var articles = CorpusBuilder.Load(store); Step("load");
        var vectors = enc is null ? null : CorpusAnalyzer.ClaimVectors(articles, enc); Step("claim vectors (stored)");
        var entities = EntityResolver.Resolve(articles); Step("entities");
        var stories = new StoryClusterer().Cluster(articles, entities); Step("stories");
        var lexical = new LexicalEmbedder();
        var clusters = new ClaimClusterer(lexical, vectors).Cluster(articles, stories); Step("claim clusters");
        var detector = new ConflictDetector(lexical) { Encoder = enc, SentenceVectors = vectors };
        var q = detector.QuantityConflicts(clusters).ToList(); Step("conflicts: quantities");
        var d = detector.Denials(articles, stories, clusters).ToList(); Step("conflicts: denials");
        var e = detector.EventNegations(articles, stories).ToList(); Step("conflicts: event negations");
        var result = new CorpusResult(entities, stories, clusters, q.Concat(d).Concat(e).ToList());
        CorpusBuilder.Save(store, result, articles.Count, "bench"); Step("save");
        Console.WriteLine($"{entities.Count} entities, {stories.Count} stories, {clusters.Count} claim clusters, {result.Conflicts.Count} conflicts in {total.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
