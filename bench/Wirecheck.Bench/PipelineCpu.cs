namespace Wirecheck.Bench;

using System.IO.Compression;
using Wirecheck.Core.Model;
using Wirecheck.Eval.Framework;
using Wirecheck.Extraction.Input;
using Wirecheck.Nlp;
using Wirecheck.Store.Ingest;

/// <summary>
/// CPU time (this thread's, from <see cref="ThreadClock"/>) and bytes allocated per article of extraction and of each
/// pipeline stage, single-threaded, over the 88 article-extraction dev pages (the ingest bench's input), after two warm
/// passes. Thread CPU time rather than wall time: the machine is shared, and other processes' work is not counted.
/// Per part: the mean over all rounds, and the best round (least CPU over all pages), steadier under load.
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- pipeline-cpu [--rounds 6] [--shared DIR]</c>
/// </summary>
public static class PipelineCpu
{
    public static int Run(string[] args)
    {
        int rounds = BenchArgs.Int(args, "--rounds", 6);
        string shared = BenchArgs.Value(args, "--shared") ?? SharedData.Find()
                        ?? throw new DirectoryNotFoundException("shared folder not found (--shared DIR)");
        var pages = Directory.GetFiles(Path.Combine(shared, "datasets", "article-extraction", "html"), "*.html.gz")
            .Order(StringComparer.Ordinal).Select(p =>
            {
                using var gz = new GZipStream(File.OpenRead(p), CompressionMode.Decompress);
                using var ms = new MemoryStream();
                gz.CopyTo(ms);
                return (Path: p, Bytes: ms.ToArray());
            }).ToArray();
        var pipeline = StandardPipeline.Default;
        var stages = pipeline.Stages;
        Article Extract((string Path, byte[] Bytes) p) => Wirecheck.Extraction.ArticleExtractor.Extract(
            new RawInput(p.Bytes, p.Path, null, null, InputKind.Html), Wirecheck.Extraction.ExtractionOptions.Default, default);
        for (int w = 0; w < 2; w++)
            foreach (var p in pages) pipeline.Run(Extract(p));

        var cpu = new long[stages.Count];
        var alloc = new long[stages.Count];
        long extractCpu = 0, extractAlloc = 0, tokens = 0, n = 0;
        // the least CPU of one round (all pages) per part: on a shared machine the quietest round is the fairest figure
        var minRound = Enumerable.Repeat(long.MaxValue, stages.Count + 1).ToArray();
        for (int r = 0; r < rounds; r++)
        {
            var round = new long[stages.Count + 1];
            foreach (var p in pages)
            {
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                long c0 = ThreadClock.Microseconds();
                var article = Extract(p);
                long ec = ThreadClock.Microseconds() - c0;
                extractCpu += ec;
                round[stages.Count] += ec;
                extractAlloc += GC.GetAllocatedBytesForCurrentThread() - a0;
                for (int i = 0; i < stages.Count; i++)
                {
                    a0 = GC.GetAllocatedBytesForCurrentThread();
                    c0 = ThreadClock.Microseconds();
                    stages[i].Process(article, default);
                    foreach (var layer in stages[i].Info.Assigns) article.MarkAssigned(layer);
                    long sc = ThreadClock.Microseconds() - c0;
                    cpu[i] += sc;
                    round[i] += sc;
                    alloc[i] += GC.GetAllocatedBytesForCurrentThread() - a0;
                }
                tokens += article.Tokens.Count;
                n++;
            }
            for (int i = 0; i <= stages.Count; i++) minRound[i] = Math.Min(minRound[i], round[i]);
        }
        Console.WriteLine($"{pages.Length} dev pages x {rounds} rounds = {n} articles, {tokens / (double)n:0} tokens per article, one thread, thread CPU time");
        Console.WriteLine($"{"part",-22} {"CPU ms/article",15} {"best round",11} {"tokens/s CPU",13} {"KB alloc/article",17}");
        void Row(string name, long micros, long best, long bytes) =>
            Console.WriteLine($"{name,-22} {micros / 1000.0 / n,15:0.000} {best / 1000.0 / pages.Length,11:0.000} {tokens / Math.Max(1e-9, micros / 1e6),13:0} {bytes / 1024.0 / n,17:0.0}");
        Row("extraction", extractCpu, minRound[stages.Count], extractAlloc);
        for (int i = 0; i < stages.Count; i++) Row(stages[i].Info.Name, cpu[i], minRound[i], alloc[i]);
        Row("pipeline (stages)", cpu.Sum(), minRound[..stages.Count].Sum(), alloc.Sum());
        Row("extraction+pipeline", extractCpu + cpu.Sum(), minRound.Sum(), extractAlloc + alloc.Sum());
        Console.WriteLine($"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections in the process");
        return 0;
    }
}
