namespace Wirecheck.Bench.Store;

using System.Diagnostics;
using System.Text;
using Wirecheck.Core.Model;
using Wirecheck.Extraction.Input;
using Wirecheck.Nlp;
using Wirecheck.Store.Db;
using Wirecheck.Store.Ingest;
using Wirecheck.Store.Rows;
using Wirecheck.Store.Search;

/// <summary>
/// The store's speed report: ingest with full analysis into SQLite (articles/s, all cores), store size per
/// article, and search latency (p50/p95/max) on a generated 100,000-article store.
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- store [--articles 2000] [--search-articles 100000] [--queries 300] [--dir DIR]</c>
/// </summary>
public static class StoreBench
{
    public static int Run(string[] args)
    {
        int articles = 2000, searchArticles = 100_000, queries = 300;
        string dir = Path.Combine(Path.GetTempPath(), "wirecheck-bench");
        for (int i = 0; i < args.Length - 1; i++)
            switch (args[i])
            {
                case "--articles": articles = int.Parse(args[++i]); break;
                case "--search-articles": searchArticles = int.Parse(args[++i]); break;
                case "--queries": queries = int.Parse(args[++i]); break;
                case "--dir": dir = args[++i]; break;
            }
        Directory.CreateDirectory(dir);
        Console.WriteLine($"cores: {Environment.ProcessorCount}; pipeline: {string.Join(" > ", StandardPipeline.Default.Stages.Select(s => s.Info.Name))}");
        if (articles > 0) Ingest(dir, articles);
        if (searchArticles > 0) Search(dir, searchArticles, queries);
        return 0;
    }

    private static void Ingest(string dir, int count)
    {
        var input = Path.Combine(dir, $"ingest-{count}");
        if (!Directory.Exists(input) || Directory.GetFiles(input).Length != count)
        {
            if (Directory.Exists(input)) Directory.Delete(input, true);
            new ArticleGenerator(7).WriteFiles(input, count);
        }
        var db = Path.Combine(dir, "ingest.db");
        foreach (var f in new[] { db, db + "-wal", db + "-shm" }) if (File.Exists(f)) File.Delete(f);
        using var store = ArticleStore.Open(db);
        var sw = Stopwatch.StartNew();
        var s = new IngestRunner(store, StandardPipeline.Default).RunAsync(new[] { input }, default).GetAwaiter().GetResult();
        var secs = sw.Elapsed.TotalSeconds;
        store.Connection.Exec("PRAGMA wal_checkpoint(TRUNCATE)");
        long size = store.Dialect.SizeBytes(store.Connection);
        long inputBytes = Directory.GetFiles(input).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"ingest (full analysis, SQLite, {Environment.ProcessorCount} workers): {s.New} new, {s.Failed} failed in {secs:0.00} s = {s.New / secs:0.0} articles/s (goal >= 150/s)");
        Console.WriteLine($"store size: {size / 1024.0 / 1024.0:0.0} MB = {size / Math.Max(1, s.New) / 1024.0:0.0} KB per article (input {inputBytes / Math.Max(1, count) / 1024.0:0.0} KB per article)");

        // the same documents through extraction + pipeline only, in parallel, to show what the store adds
        var files = Directory.GetFiles(input);
        sw.Restart();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f =>
        {
            var bytes = File.ReadAllBytes(f);
            var doc = new SourceDocument(f, bytes, InputKind.Text, f, null, null);
            ArticlePreparer.Analyze(doc, Wirecheck.Extraction.ExtractionOptions.Default, StandardPipeline.Default, default);
        });
        Console.WriteLine($"analysis only (no store): {files.Length / sw.Elapsed.TotalSeconds:0.0} articles/s");
        // split the store's share: packing (JSON, compression, rows; parallel) and writing (one writer)
        var prepared = new PreparedArticle[files.Length];
        var version = PipelineVersion.Of(StandardPipeline.Default);
        sw.Restart();
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var doc = new SourceDocument(files[i], File.ReadAllBytes(files[i]), InputKind.Text, files[i], null, null);
            var a = ArticlePreparer.Analyze(doc, Wirecheck.Extraction.ExtractionOptions.Default, StandardPipeline.Default, default);
            prepared[i] = ArticlePreparer.Prepare(doc, a, version);
        });
        Console.WriteLine($"analysis + packing (no store): {files.Length / sw.Elapsed.TotalSeconds:0.0} articles/s");
        var db2 = Path.Combine(dir, "write-only.db");
        foreach (var f in new[] { db2, db2 + "-wal", db2 + "-shm" }) if (File.Exists(f)) File.Delete(f);
        using (var s3 = ArticleStore.Open(db2))
        {
            sw.Restart();
            foreach (var chunk in prepared.Chunk(64)) s3.Write(chunk);
            Console.WriteLine($"writing only (one writer, batches of 64): {files.Length / sw.Elapsed.TotalSeconds:0.0} articles/s");
        }
        var again = Stopwatch.StartNew();
        var s2 = new IngestRunner(store, StandardPipeline.Default).RunAsync(new[] { input }, default).GetAwaiter().GetResult();
        Console.WriteLine($"re-ingest of the same {count}: {s2.New} new, {s2.Duplicate} duplicate in {again.Elapsed.TotalSeconds:0.00} s");
    }

    private static void Search(string dir, int count, int queries)
    {
        var db = Path.Combine(dir, $"search-{count}.db");
        var store = ArticleStore.Open(db);
        long have = store.Count();
        if (have != count)
        {
            store.Dispose();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) if (File.Exists(f)) File.Delete(f);
            store = ArticleStore.Open(db);
            var gen = new ArticleGenerator(11);
            var sw = Stopwatch.StartNew();
            const int batch = 2000;
            for (int start = 0; start < count; start += batch)
            {
                var prepared = new PreparedArticle[Math.Min(batch, count - start)];
                Parallel.For(0, prepared.Length, i =>
                {
                    var (title, text, published) = gen.Article(start + i, paragraphs: 5);
                    var a = new Article(text, new InputInfo(null, $"https://gen.example/{start + i}", null));
                    a.Meta.Title = title;
                    a.Meta.Published = published;
                    var doc = new SourceDocument($"gen {start + i}", Encoding.UTF8.GetBytes(text), InputKind.Text, null, a.Input.Url, published);
                    prepared[i] = ArticlePreparer.Prepare(doc, a, "bench-generated");
                });
                store.Write(prepared);
            }
            store.Connection.Exec("INSERT INTO article_fts(article_fts) VALUES('optimize')");
            store.Connection.Exec("PRAGMA wal_checkpoint(TRUNCATE)");
            Console.WriteLine($"generated a {count}-article store in {sw.Elapsed.TotalSeconds:0.0} s (text, search index, compressed original and JSON; no analysis layers)");
        }
        using (store)
        {
            long size = store.Dialect.SizeBytes(store.Connection);
            Console.WriteLine($"search store: {store.Count()} articles, {size / 1024.0 / 1024.0:0.0} MB = {size / (double)count / 1024.0:0.00} KB per article");
            var words = ArticleGenerator.QueryWords;
            var rng = new Random(3);
            var qs = new List<string>();
            for (int i = 0; i < queries + 20; i++)
                qs.Add((i % 4) switch
                {
                    0 => words[rng.Next(words.Length)],
                    1 => $"{words[rng.Next(words.Length)]} {words[rng.Next(words.Length)]}",
                    2 => $"\"{words[rng.Next(words.Length)]} {words[rng.Next(words.Length)]}\" OR {words[rng.Next(words.Length)]}",
                    _ => $"{words[rng.Next(words.Length)]} report {rng.Next(count)}",
                });
            var times = new List<double>();
            int hits = 0;
            for (int i = 0; i < qs.Count; i++)
            {
                var sw = Stopwatch.StartNew();
                hits += SearchService.Search(store, qs[i], 20).Count;
                if (i >= 20) times.Add(sw.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            double P(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
            Console.WriteLine($"search ({times.Count} queries, top 20 with snippets): p50 {P(0.5):0.0} ms, p95 {P(0.95):0.0} ms, max {times[^1]:0.0} ms (goal p95 <= 50 ms); {hits} hits");
        }
    }
}
