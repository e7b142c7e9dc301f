namespace Wirecheck.Bench;

using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;
using Wirecheck.Extraction;
using Wirecheck.Extraction.Input;
using Wirecheck.Nlp;

/// <summary>
/// The quick throughput report: single-threaded, over a corpus of real article texts (the seed sample plus,
/// when ../shared is present, the GeoVirus news texts), documents/s, MB/s, tokens/s and bytes allocated
/// per document, for extraction, each pipeline stage, and end to end.
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- throughput [--shared DIR] [--seconds N]</c>
/// </summary>
public static class Throughput
{
    public static int Run(string[] args)
    {
        string? shared = BenchArgs.Value(args, "--shared");
        double seconds = BenchArgs.Double(args, "--seconds", 5);
        var docs = LoadCorpus(shared);
        long chars = docs.Sum(d => (long)d.Length);
        Console.WriteLine($"corpus: {docs.Count} documents, {chars / 1024.0:0} KiB of text");
        var pipeline = StandardPipeline.Default;
        // warm up (JIT, lazy data loading) and measure the one-time load
        var sw = Stopwatch.StartNew();
        foreach (var d in docs.Take(3)) pipeline.Run(Extract(d));
        Console.WriteLine($"first documents (loads lexicons, gazetteers, models): {sw.Elapsed.TotalMilliseconds:0} ms");

        var stageTime = new Dictionary<string, double>();
        var stageAlloc = new Dictionary<string, long>();
        long tokens = 0, processed = 0, bytes = 0;
        double extractTime = 0;
        long extractAlloc = 0;
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds)
        {
            foreach (var d in docs)
            {
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                long t0 = Stopwatch.GetTimestamp();
                var article = Extract(d);
                extractTime += Stopwatch.GetElapsedTime(t0).TotalSeconds;
                extractAlloc += GC.GetAllocatedBytesForCurrentThread() - a0;
                foreach (var stage in pipeline.Stages)
                {
                    a0 = GC.GetAllocatedBytesForCurrentThread();
                    t0 = Stopwatch.GetTimestamp();
                    stage.Process(article, CancellationToken.None);
                    double el = Stopwatch.GetElapsedTime(t0).TotalSeconds;
                    long al = GC.GetAllocatedBytesForCurrentThread() - a0;
                    stageTime[stage.Info.Name] = stageTime.GetValueOrDefault(stage.Info.Name) + el;
                    stageAlloc[stage.Info.Name] = stageAlloc.GetValueOrDefault(stage.Info.Name) + al;
                }
                tokens += article.Tokens.Count;
                processed++;
                bytes += d.Length * 2;
            }
        }
        double all = extractTime + stageTime.Values.Sum();
        Console.WriteLine($"{processed} documents, {tokens} tokens, single thread");
        Console.WriteLine($"{"stage",-22} {"docs/s",10} {"MB/s",8} {"tokens/s",12} {"KB alloc/doc",13}");
        void Row(string name, double t, long alloc) =>
            Console.WriteLine($"{name,-22} {processed / t,10:0} {bytes / 1e6 / t,8:0.0} {tokens / t,12:0} {alloc / 1024.0 / processed,13:0.0}");
        Row("extraction (text)", extractTime, extractAlloc);
        foreach (var s in pipeline.Stages) Row(s.Info.Name, stageTime[s.Info.Name], stageAlloc[s.Info.Name]);
        Row("end to end", all, extractAlloc + stageAlloc.Values.Sum());
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MiB");
        return 0;
    }

    internal static Article Extract(string text) =>
        ArticleExtractor.ExtractString(text, InputKind.Text, new InputInfo(null, null, null), ExtractionOptions.Default);

    /// <summary>The seed sample, and the GeoVirus article texts when the shared folder is found.</summary>
    public static List<string> LoadCorpus(string? shared)
    {
        var docs = new List<string>();
        var root = FindRepo();
        var seed = Path.Combine(root, "samples", "seed-article.txt");
        if (File.Exists(seed)) docs.Add(File.ReadAllText(seed));
        shared ??= Path.Combine(Path.GetDirectoryName(root)!, "shared");
        var geo = Path.Combine(shared, "datasets", "geo", "GeoVirus");
        if (Directory.Exists(geo))
            foreach (var f in Directory.EnumerateFiles(geo, "*", SearchOption.AllDirectories).Order())
                docs.AddRange(TextsIn(f));
        if (docs.Count == 0) throw new InvalidOperationException("no documents: samples/seed-article.txt missing");
        return docs;
    }

    private static IEnumerable<string> TextsIn(string file)
    {
        Stream s = File.OpenRead(file);
        if (file.EndsWith(".gz")) s = new GZipStream(s, CompressionMode.Decompress);
        using var reader = new StreamReader(s);
        var content = reader.ReadToEnd();
        if (file.EndsWith(".xml") || file.EndsWith(".xml.gz"))
        {
            // GeoVirus: <article><text>…</text>…</article>
            int i = 0;
            while ((i = content.IndexOf("<text>", i, StringComparison.Ordinal)) >= 0)
            {
                int j = content.IndexOf("</text>", i, StringComparison.Ordinal);
                if (j < 0) break;
                yield return System.Net.WebUtility.HtmlDecode(content[(i + 6)..j]);
                i = j;
            }
        }
    }

    private static string FindRepo()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Wirecheck.sln"))) return d.FullName;
        return Directory.GetCurrentDirectory();
    }
}
