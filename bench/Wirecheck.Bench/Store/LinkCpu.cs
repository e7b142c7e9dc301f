namespace Wirecheck.Bench.Store;

using System.Diagnostics;
using Wirecheck.Store.Corpus;
using Wirecheck.Store.Db;
using Wirecheck.Store.Embeddings;

/// <summary>
/// CPU time of each step of the cross-article pass (load, entities, stories, claim clusters, conflicts, save) over
/// an existing store (the ingest bench's by default), per stored article.
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- link-cpu [--db PATH] [--no-embed] [--eager] [--db-copy]</c> (<c>--db-copy</c>: work on a copy of the store with no stored claim vector)
/// </summary>
public static class LinkCpu
{
    public static int Run(string[] args)
    {
        string db = Path.Combine(Path.GetTempPath(), "wirecheck-bench", "ingest-dev.db");
        bool embed = !args.Contains("--no-embed");
        for (int i = 0; i < args.Length - 1; i++) if (args[i] == "--db") db = args[++i];
        if (args.Contains("--db-copy"))
        {
            var copy = Path.Combine(Path.GetTempPath(), "wirecheck-bench", "link-cpu-copy.db");
            using (var src = ArticleStore.Open(db)) src.Connection.Exec("PRAGMA wal_checkpoint(TRUNCATE)");
            foreach (var f in new[] { copy, copy + "-wal", copy + "-shm" }) if (File.Exists(f)) File.Delete(f);
            File.Copy(db, copy);
            db = copy;
            using var s0 = ArticleStore.Open(db);
            s0.Connection.Exec("UPDATE claims SET embedding = NULL");
        }
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
        var vectors = enc is null ? null : new ClaimSentenceVectors(enc);
        if (args.Contains("--eager")) vectors?.PrefetchAll(articles);
        Step("claim vectors (stored; all with --eager)");
        var entities = EntityResolver.Resolve(articles); Step("entities");
        var stories = new StoryClusterer().Cluster(articles, entities); Step("stories");
        var lexical = new LexicalEmbedder();
        var clusters = new ClaimClusterer(lexical, vectors).Cluster(articles, stories); Step("claim clusters");
        if (vectors is not null) Console.WriteLine($"    claims given a vector so far: {vectors.ComputedCount} ({vectors.Encoded} clauses encoded)");
        var detector = new ConflictDetector(lexical) { Encoder = enc, SentenceVectors = vectors };
        var q = detector.QuantityConflicts(clusters).ToList(); Step("conflicts: quantities");
        var d = detector.Denials(articles, stories, clusters).ToList(); Step("conflicts: denials");
        if (vectors is not null) Console.WriteLine($"    claims given a vector so far: {vectors.ComputedCount} ({vectors.Encoded} clauses encoded, {vectors.EncodedUnprefetched} outside a prefetch)");
        var e = detector.EventNegations(articles, stories).ToList(); Step("conflicts: event negations");
        var result = new CorpusResult(entities, stories, clusters, q.Concat(d).Concat(e).ToList());
        CorpusBuilder.Save(store, result, articles.Count, "bench"); Step("save");
        Console.WriteLine($"{entities.Count} entities, {stories.Count} stories, {clusters.Count} claim clusters, {result.Conflicts.Count} conflicts in {total.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
