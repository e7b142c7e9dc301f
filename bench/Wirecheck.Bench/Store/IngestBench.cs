namespace Wirecheck.Bench.Store;

using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Wirecheck.Eval.Framework;
using Wirecheck.Extraction.Input;
using Wirecheck.Nlp;
using Wirecheck.Store.Corpus;
using Wirecheck.Store.Db;
using Wirecheck.Store.Embeddings;
using Wirecheck.Store.Ingest;

/// <summary>
/// Ingest speed with full analysis into SQLite, over the shared development pages.
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- ingest [--copies 8] [--repeat 2] [--jobs N] [--batch 64] [--no-link] [--no-embed] [--embed] [--breakdown] [--eager] [--compare] [--shared DIR]</c>
/// <para>
/// The 88 article-extraction dev pages are written <c>--copies</c> times each with a distinct HTML comment (so every
/// copy is a new document with its own content hash: extracted, analysed and stored in full; the store links the
/// copies as near-duplicates). Each run does what <c>wirecheck ingest</c> does: the real <see cref="IngestRunner"/>
/// ingests the folder into a new SQLite file, then <see cref="CorpusBuilder.Link"/> runs the cross-article pass
/// (MiniLM claim vectors, entities, stories, claim clusters, conflicts; <c>--no-embed</c>, <c>--no-link</c> as in the
/// CLI). The report gives articles/s, the CPU time per article by part (wall time is noise on a shared machine), GC
/// counts, store size per article, peak memory and the load average around the run.
/// <c>--embed</c> then times the MiniLM claim vectors (<see cref="ClaimEmbedder"/>) again, all claims;
/// <c>--breakdown</c> times extraction + analysis alone and the writer alone; <c>--eager</c> embeds every claim in the
/// cross-article pass (the old way) instead of only those compared; <c>--compare</c> then runs the cross-article pass
/// both ways over the final store and prints whether the results are identical.
/// </para>
/// </summary>
public static class IngestBench
{
    public static int Run(string[] args)
    {
        int copies = 8, jobs = Environment.ProcessorCount, batch = 64, repeat = 2;
        bool embed = false, breakdown = false, link = true, noEmbed = false, eager = false, compare = false;
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
                case "--no-link": link = false; break;
                case "--no-embed": noEmbed = true; break;
                case "--eager": eager = true; break;
                case "--compare": compare = true; break;
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
        // (a long ingest pays it once), the last one is the steady rate. Each run is what `wirecheck ingest` does: the
        // store phase (IngestRunner), then the cross-article pass (claim vectors with MiniLM unless --no-embed,
        // entities, stories, claim clusters, conflicts) unless --no-link; both are in the measured time.
        ArticleStore? store = null;
        IngestSummary s = null!;
        for (int run = 1; run <= repeat; run++)
        {
            store?.Dispose();
            var db = Path.Combine(Path.GetTempPath(), "wirecheck-bench", "ingest-dev.db");
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) if (File.Exists(f)) File.Delete(f);
            store = ArticleStore.Open(db);
            var loadBefore = Load();
            var gc0 = GcNow();
            var cpu0 = Environment.CpuUsage.TotalTime;
            var sw0 = Stopwatch.StartNew();
            s = new IngestRunner(store, StandardPipeline.Default, null, new IngestOptions { Parallelism = jobs, BatchSize = batch })
                .RunAsync(new[] { dir }, default).GetAwaiter().GetResult();
            double storeSecs = sw0.Elapsed.TotalSeconds;
            var storeCpu = (Environment.CpuUsage.TotalTime - cpu0).TotalMilliseconds;
            var gc1 = GcNow();
            CorpusLinkResult? linked = null;
            if (link) linked = CorpusBuilder.Link(store, noEmbed ? null : () => MiniLmEncoder.Shared, s.Cpu, default, eager);
            double secs = sw0.Elapsed.TotalSeconds;
            var cpu = (Environment.CpuUsage.TotalTime - cpu0).TotalMilliseconds;
            var loadAfter = Load();
            double n = Math.Max(1, s.New);
            Console.WriteLine($"ingest run {run}/{repeat}{(run == 1 && repeat > 1 ? " (cold: JIT)" : "")} (full analysis, SQLite{(link ? noEmbed ? ", cross-article pass without new vectors" : ", cross-article pass with MiniLM claim vectors" + (eager ? " (every claim embedded)" : " (where compared)") : ", no cross-article pass")}): " +
                              $"{s.New} new, {s.NearDuplicate} near-duplicates linked, {s.Failed} failed in {secs:0.00} s = {s.New / secs:0.0} articles/s (goal >= 150/s); store phase alone {storeSecs:0.00} s = {s.New / storeSecs:0.0} articles/s");
            Console.WriteLine($"  CPU {cpu / 1000:0.0} s = {cpu / n:0.0} ms per article = {n / Math.Max(0.001, cpu / 1000) * Environment.ProcessorCount:0} articles/s if it had all {Environment.ProcessorCount} cores ({cpu / 1000 / secs / Environment.ProcessorCount * 100:0}% of them now); load average before {loadBefore}, after {loadAfter}");
            var c = s.Cpu;
            double P(IngestPart part) => c.Milliseconds(part) / n;
            double parts = new[] { IngestPart.Read, IngestPart.Extract, IngestPart.Pipeline, IngestPart.Pack, IngestPart.Write }.Sum(c.Milliseconds);
            Console.WriteLine($"  CPU ms per article by part: store phase {storeCpu / n:0.00} = read {P(IngestPart.Read):0.00} + extraction {P(IngestPart.Extract):0.00} + pipeline {P(IngestPart.Pipeline):0.00} + packing {P(IngestPart.Pack):0.00} " +
                              $"+ writing {P(IngestPart.Write):0.00} + runtime (GC threads, JIT, thread pool, lister) {(storeCpu - parts) / n:0.00}; cross-article pass: claim vectors {P(IngestPart.Embed):0.00} + entities/stories/clusters/conflicts {P(IngestPart.Link):0.00}");
            Console.WriteLine($"  GC in the store phase: {gc1.Gen0 - gc0.Gen0} gen0, {gc1.Gen1 - gc0.Gen1} gen1, {gc1.Gen2 - gc0.Gen2} gen2 collections, pauses {(gc1.Pause - gc0.Pause).TotalMilliseconds / n:0.00} ms per article, " +
                              $"{(gc1.Allocated - gc0.Allocated) / n / 1048576.0:0.0} MB allocated per article; server GC {System.Runtime.GCSettings.IsServerGC}, latency mode {System.Runtime.GCSettings.LatencyMode}");
            if (linked is not null)
                Console.WriteLine($"  cross-article pass: {(linked.Embedding is { } e ? $"{e.Claims} claim vectors {(eager ? "" : "computed where compared ")}({e.Encoded} distinct clauses encoded, {e.Encoded / n:0.0} per article) in {e.Elapsed.TotalSeconds:0.0} s, model load {linked.ModelLoad.TotalSeconds:0.0} s; " : "")}" +
                                  $"{linked.Corpus.Entities.Count} entities, {linked.Corpus.Stories.Count} stories, {linked.Corpus.ClaimClusters.Count} claim clusters, {linked.Corpus.Conflicts.Count} conflicts in {linked.LinkElapsed.TotalSeconds:0.0} s");
            store.Connection.Exec("PRAGMA wal_checkpoint(TRUNCATE)");
            long size = store.Dialect.SizeBytes(store.Connection);
            Console.WriteLine($"  store {size / 1048576.0:0.0} MB = {size / n / 1024.0:0.0} KB per article (input {inputBytes / (double)files / 1024.0:0.0} KB per document); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB");
        }
        var finalStore = store ?? throw new InvalidOperationException("no ingest run");
        using var disposeStore = finalStore;
        var sw = Stopwatch.StartNew();
        long claims = finalStore.Connection.Long("SELECT count(*) FROM claims");
        Console.WriteLine($"  rows: {claims} claims ({claims / (double)Math.Max(1, s.New):0.0} per article), {finalStore.Connection.Long("SELECT count(*) FROM entities")} entities, {finalStore.Connection.Long("SELECT count(*) FROM quotes")} quotes, {finalStore.Connection.Long("SELECT count(*) FROM events")} events");

        if (compare) CompareLazyEager(finalStore, (int)s.New);

        if (embed)
        {
            var t = Stopwatch.StartNew();
            var enc = MiniLmEncoder.Shared;
            var loadModel = t.Elapsed.TotalSeconds;
            var c0 = Process.GetCurrentProcess().TotalProcessorTime;
            finalStore.Connection.Exec("UPDATE claims SET embedding = NULL");
            var e = ClaimEmbedder.EmbedPending(finalStore, enc);
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
            // one copy of every dev page (the first 88 files in name order would be a few pages' copies)
            var one = docs.Where(d => d.Path!.EndsWith("-000.html", StringComparison.Ordinal)).ToArray();
            var articles = one.Select(d => Wirecheck.Extraction.ArticleExtractor.Extract(new RawInput(d.Bytes, d.Path, d.Url, d.ContentType, d.Kind), Wirecheck.Extraction.ExtractionOptions.Default, default)).ToList();
            var t1 = Process.GetCurrentProcess().TotalProcessorTime;
            // each stage's CPU time on this thread (the loop of Pipeline.Run)
            var stages = StandardPipeline.Default.Stages;
            var stageMicros = new long[stages.Count];
            foreach (var a in articles)
                for (int i = 0; i < stages.Count; i++)
                {
                    long c0 = ThreadClock.Microseconds();
                    stages[i].Process(a, default);
                    foreach (var layer in stages[i].Info.Assigns) a.MarkAssigned(layer);
                    stageMicros[i] += ThreadClock.Microseconds() - c0;
                }
            var t2 = Process.GetCurrentProcess().TotalProcessorTime;
            for (int i = 0; i < articles.Count; i++) ArticlePreparer.Prepare(one[i], articles[i], version);
            var t3 = Process.GetCurrentProcess().TotalProcessorTime;
            int k = Math.Max(1, one.Length);
            Console.WriteLine($"per article CPU ({one.Length} documents, one copy of each page, one thread): extraction {(t1 - t0).TotalMilliseconds / k:0.0} ms, pipeline {(t2 - t1).TotalMilliseconds / k:0.0} ms, packing (JSON, Brotli, hashes, rows) {(t3 - t2).TotalMilliseconds / k:0.0} ms");
            Console.WriteLine("  pipeline stages (CPU ms per article): " + string.Join(", ", stages.Select((st, i) => $"{st.Info.Name} {stageMicros[i] / 1000.0 / k:0.00}")));
            // the parts of packing, one thread
            double json = 0, raw = 0, packJson = 0, hashes = 0, rowsMs = 0;
            long jsonBytes = 0;
            for (int i = 0; i < articles.Count; i++)
            {
                long c0 = ThreadClock.Microseconds();
                var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
                using (var w = new System.Text.Json.Utf8JsonWriter(buffer, Wirecheck.Core.Json.ContractWriter.Compact)) Wirecheck.Core.Json.ContractWriter.Write(w, articles[i]);
                long c1 = ThreadClock.Microseconds();
                Compression.Pack(one[i].Bytes);
                long c2 = ThreadClock.Microseconds();
                Compression.Pack(buffer.WrittenSpan);
                long c3 = ThreadClock.Microseconds();
                System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(articles[i].Text));
                SimHash.Compute(articles[i].Text);
                long c4 = ThreadClock.Microseconds();
                Wirecheck.Store.Rows.RowBuilder.Build(articles[i]);
                long c5 = ThreadClock.Microseconds();
                json += c1 - c0; raw += c2 - c1; packJson += c3 - c2; hashes += c4 - c3; rowsMs += c5 - c4;
                jsonBytes += buffer.WrittenCount;
            }
            foreach (int q in new[] { 0, 1, 2 })
            {
                long q0 = ThreadClock.Microseconds(), size = 0;
                for (int i = 0; i < one.Length; i++) size += Compression.Pack(one[i].Bytes, q).Length;
                Console.WriteLine($"  Brotli quality {q} of the originals: {(ThreadClock.Microseconds() - q0) / 1000.0 / k:0.00} ms, {size / (double)one.Sum(d => (long)d.Bytes.Length):P1} of their size");
            }
            Console.WriteLine($"  packing parts: contract JSON {json / 1000 / k:0.00} ms ({jsonBytes / k / 1024.0:0} KB), Brotli of the original {raw / 1000 / k:0.00} ms, Brotli of the JSON {packJson / 1000 / k:0.00} ms, SHA-256 + SimHash {hashes / 1000 / k:0.00} ms, rows {rowsMs / 1000 / k:0.00} ms");
        }
        return 0;
    }

    /// <summary>
    /// The cross-article pass twice over the final store, both times from no stored vector: claim vectors computed
    /// where a comparison reads them (what <c>wirecheck ingest</c> does), then every claim embedded first (the old
    /// pass). Prints the CPU of each, whether the results are identical, and how far the vectors computed in the
    /// two passes differ (batches differ, so the floats may).
    /// </summary>
    private static void CompareLazyEager(ArticleStore store, int articles)
    {
        double n = Math.Max(1, articles);
        var results = new CorpusResult[2];
        var vectors = new Dictionary<long, float[]>[2];
        for (int k = 0; k < 2; k++)
        {
            bool eagerPass = k == 1;
            store.Connection.Exec("UPDATE claims SET embedding = NULL");
            var cpu = new IngestCpu();
            var r = CorpusBuilder.Link(store, () => MiniLmEncoder.Shared, cpu, default, eagerPass);
            results[k] = r.Corpus;
            vectors[k] = CorpusBuilder.ClaimRows(store, null).Where(c => c.Vector is not null).ToDictionary(c => c.Id, c => c.Vector!);
            Console.WriteLine($"compare, {(eagerPass ? "every claim embedded first" : "vectors where compared   ")}: {r.Embedding?.Encoded} clauses encoded for {r.Embedding?.Claims} claims ({vectors[k].Count} stored after the pass); " +
                              $"CPU claim vectors {cpu.Milliseconds(IngestPart.Embed) / n:0.00} + linking {cpu.Milliseconds(IngestPart.Link) / n:0.00} ms per article; " +
                              $"{r.Corpus.Stories.Count} stories, {r.Corpus.ClaimClusters.Count} claim clusters, {r.Corpus.Conflicts.Count} conflicts; load {Load()}");
        }
        var diff = CorpusResultComparer.Differences(results[0], results[1]);
        int lines = CorpusResultComparer.Lines(results[0]).Count;
        double maxDiff = 0;
        int shared = 0;
        foreach (var (id, v) in vectors[0])
            if (vectors[1].TryGetValue(id, out var w)) { shared++; maxDiff = Math.Max(maxDiff, Math.Abs(1 - VectorPacking.Cosine(v, w))); }
        Console.WriteLine($"compare: results {(diff.Count == 0 ? "IDENTICAL" : "DIFFERENT")} ({lines} entity/story/cluster/conflict lines); vectors of {shared} claims computed in both passes, max 1 - cosine between them {maxDiff:0.000000}");
        foreach (var d in diff) Console.WriteLine("  " + d);
    }

    private readonly record struct GcCounts(int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated);

    private static GcCounts GcNow() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(false));

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
