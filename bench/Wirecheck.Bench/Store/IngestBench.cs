namespace Wirecheck.Bench.Store;

using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Wirecheck.Eval.Framework;
using Wirecheck.Extraction.Input;
using Wirecheck.Nlp;
using Wirecheck.Store.Db;
using Wirecheck.Store.Embeddings;
using Wirecheck.Store.Ingest;

/// <summary>
/// Ingest speed with full analysis into SQLite, over the shared development pages.
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- ingest [--copies 8] [--jobs N] [--batch 64] [--embed] [--breakdown] [--shared DIR]</c>
/// <para>
/// The 88 article-extraction dev pages are written <c>--copies</c> times each with a distinct HTML comment (so every
/// copy is a new document with its own content hash: extracted, analysed and stored in full; the store links the
/// copies as near-duplicates). The real <see cref="IngestRunner"/> ingests the folder into a new SQLite file; the
/// report gives articles/s, store size per article, peak memory and the load average around the run (the machine
/// may be shared). <c>--embed</c> then times the MiniLM claim vectors (<see cref="ClaimEmbedder"/>) per article;
/// <c>--breakdown</c> times extraction + analysis alone and the writer alone.
/// </para>
/// </summary>
public static class IngestBench
{
    public static int Run(string[] args)
    {
        int copies = 8, jobs = Environment.ProcessorCount, batch = 64, repeat = 2;
        bool embed = false, breakdown = false;
        string? shared = null;
        for (int i = 0; i < args.Length; i++)
            switch (args[i])
            {
                case "--copies": copies = int.Parse(args[++i]); break;
                case "--jobs": jobs = int.Parse(args[++i]); break;
                case "--batch": batch = int.Parse(args[++i]); break;
                case "--repeat": repeat = Math.Max(1, int.Parse(args[++i])); break;
                case "--shared": shared = args[++i]; break;
                case "--embed": embed = true; break;
                case "--breakdown": breakdown = true; break;
            }
        shared ??= SharedData.Find() ?? throw new DirectoryNotFoundException("shared folder not found (--shared DIR)");
        var pages = Directory.GetFiles(Path.Combine(shared, "datasets", "article-extraction", "html"), "*.html.gz").Order(StringComparer.Ordinal).ToArray();
        var dir = Path.Combine(Path.GetTempPath(), "wirecheck-bench", $"ingest-dev-{copies}");
        if (!Directory.Exists(dir) || Directory.GetFiles(dir).Length != pages.Length * copies)
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
            Directory.CreateDirectory(dir);
            foreach (var p in pages)
            {
                byte[] html;
                using (var gz = new GZipStream(File.OpenRead(p), CompressionMode.Decompress))
                using (var ms = new MemoryStream()) { gz.CopyTo(ms); html = ms.ToArray(); }
                var name = Path.GetFileName(p)[..^".html.gz".Length];
                for (int c = 0; c < copies; c++)
                {
                    using var f = File.Create(Path.Combine(dir, $"{name}-{c:D3}.html"));
                    f.Write(html);
                    f.Write(Encoding.UTF8.GetBytes($"\n<!-- wirecheck bench copy {c} -->\n"));
                }
            }
        }
        long inputBytes = Directory.GetFiles(dir).Sum(f => new FileInfo(f).Length);
        int files = Directory.GetFiles(dir).Length;
        Console.WriteLine($"input: {files} documents ({pages.Length} dev pages x {copies}), {inputBytes / 1048576.0:0.0} MB; cores {Environment.ProcessorCount}, jobs {jobs}, batch {batch}");
        Console.WriteLine($"pipeline: {string.Join(" > ", StandardPipeline.Default.Stages.Select(s => s.Info.Name))}");

        // warm the pipeline (data files, models) outside the timed run, as a long ingest would have
        var warm = Directory.GetFiles(dir).Take(4).ToArray();
        foreach (var f in warm)
            ArticlePreparer.Analyze(new SourceDocument(f, File.ReadAllBytes(f), InputKind.Html, f, null, null), Wirecheck.Extraction.ExtractionOptions.Default, StandardPipeline.Default, default);

        // the ingest runs --repeat times, each into a new store; the first run pays for JIT compilation and tiering
        // (a long ingest pays it once), the last one is the steady rate
        ArticleStore? store = null;
        IngestSummary s = null!;
        for (int run = 1; run <= repeat; run++)
        {
            store?.Dispose();
            var db = Path.Combine(Path.GetTempPath(), "wirecheck-bench", "ingest-dev.db");
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) if (File.Exists(f)) File.Delete(f);
            store = ArticleStore.Open(db);
            var loadBefore = Load();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var sw0 = Stopwatch.StartNew();
            s = new IngestRunner(store, StandardPipeline.Default, null, new IngestOptions { Parallelism = jobs, BatchSize = batch })
                .RunAsync(new[] { dir }, default).GetAwaiter().GetResult();
            double secs = sw0.Elapsed.TotalSeconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            var loadAfter = Load();
            store.Connection.Exec("PRAGMA wal_checkpoint(TRUNCATE)");
            long size = store.Dialect.SizeBytes(store.Connection);
            Console.WriteLine($"ingest run {run}/{repeat}{(run == 1 && repeat > 1 ? " (cold: JIT)" : "")} (full analysis, SQLite): {s.New} new, {s.NearDuplicate} near-duplicates linked, {s.Failed} failed in {secs:0.00} s = {s.New / secs:0.0} articles/s (goal >= 150/s)");
            Console.WriteLine($"  CPU {cpu:0.0} s = {cpu / Math.Max(1, s.New) * 1000:0.0} ms per article = {s.New / Math.Max(0.001, cpu) * Environment.ProcessorCount:0} articles/s if it had all {Environment.ProcessorCount} cores ({cpu / secs / Environment.ProcessorCount * 100:0}% of them now); load average before {loadBefore}, after {loadAfter}");
            Console.WriteLine($"  store {size / 1048576.0:0.0} MB = {size / (double)Math.Max(1, s.New) / 1024.0:0.0} KB per article (input {inputBytes / (double)files / 1024.0:0.0} KB per document); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB");
        }
        using var disposeStore = store!;
        var sw = Stopwatch.StartNew();
        long claims = store.Connection.Long("SELECT count(*) FROM claims");
        Console.WriteLine($"  rows: {claims} claims ({claims / (double)Math.Max(1, s.New):0.0} per article), {store.Connection.Long("SELECT count(*) FROM entities")} entities, {store.Connection.Long("SELECT count(*) FROM quotes")} quotes, {store.Connection.Long("SELECT count(*) FROM events")} events");

        if (embed)
        {
            var t = Stopwatch.StartNew();
            var enc = MiniLmEncoder.Shared;
            var loadModel = t.Elapsed.TotalSeconds;
            var c0 = Process.GetCurrentProcess().TotalProcessorTime;
            var e = ClaimEmbedder.EmbedPending(store, enc);
            var ec = (Process.GetCurrentProcess().TotalProcessorTime - c0).TotalMilliseconds;
            Console.WriteLine($"claim vectors (MiniLM, after the ingest): {e.Claims} claims ({e.Encoded} encoded, the rest repeated clauses) in {e.Elapsed.TotalSeconds:0.0} s = {e.MillisecondsPerClaim:0.0} ms per claim, " +
                              $"{e.Elapsed.TotalMilliseconds / Math.Max(1, s.New):0.0} ms per article; CPU {ec / Math.Max(1, e.Encoded):0.0} ms per encoded clause, {ec / Math.Max(1, s.New):0.0} ms per article (model load {loadModel:0.0} s); load average {Load()}");
        }

        if (breakdown)
        {
            var docs = Directory.GetFiles(dir).Select(f => new SourceDocument(f, File.ReadAllBytes(f), InputKind.Html, f, null, null)).ToArray();
            var version = PipelineVersion.Of(StandardPipeline.Default);
            var prepared = new PreparedArticle[docs.Length];
            sw.Restart();
            var b0 = Process.GetCurrentProcess().TotalProcessorTime;
            Parallel.For(0, docs.Length, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
            {
                var a = ArticlePreparer.Analyze(docs[i], Wirecheck.Extraction.ExtractionOptions.Default, StandardPipeline.Default, default);
                prepared[i] = ArticlePreparer.Prepare(docs[i], a, version);
            });
            var b1 = Process.GetCurrentProcess().TotalProcessorTime;
            Console.WriteLine($"extraction + analysis + packing, no store ({jobs} threads): {docs.Length / sw.Elapsed.TotalSeconds:0.0} articles/s, CPU {(b1 - b0).TotalMilliseconds / docs.Length:0.0} ms per article; load {Load()}");
            var db2 = Path.Combine(Path.GetTempPath(), "wirecheck-bench", "write-only.db");
            foreach (var f in new[] { db2, db2 + "-wal", db2 + "-shm" }) if (File.Exists(f)) File.Delete(f);
            using var s3 = ArticleStore.Open(db2);
            sw.Restart();
            foreach (var chunk in prepared.Chunk(batch)) s3.Write(chunk);
            var b2 = Process.GetCurrentProcess().TotalProcessorTime;
            Console.WriteLine($"writing only (one writer, batches of {batch}): {docs.Length / sw.Elapsed.TotalSeconds:0.0} articles/s, CPU {(b2 - b1).TotalMilliseconds / docs.Length:0.0} ms per article; load {Load()}");
            // the phases of one document, single-threaded, CPU time
            var t0 = Process.GetCurrentProcess().TotalProcessorTime;
            var articles = docs.Take(88).Select(d => Wirecheck.Extraction.ArticleExtractor.Extract(new RawInput(d.Bytes, d.Path, d.Url, d.ContentType, d.Kind), Wirecheck.Extraction.ExtractionOptions.Default, default)).ToList();
            var t1 = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var a in articles) StandardPipeline.Default.Run(a, default);
            var t2 = Process.GetCurrentProcess().TotalProcessorTime;
            for (int i = 0; i < articles.Count; i++) ArticlePreparer.Prepare(docs[i], articles[i], version);
            var t3 = Process.GetCurrentProcess().TotalProcessorTime;
            Console.WriteLine($"per article CPU (88 documents, one thread): extraction {(t1 - t0).TotalMilliseconds / 88:0.0} ms, pipeline {(t2 - t1).TotalMilliseconds / 88:0.0} ms, packing (JSON, Brotli, hashes, rows) {(t3 - t2).TotalMilliseconds / 88:0.0} ms");
        }
        return 0;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
