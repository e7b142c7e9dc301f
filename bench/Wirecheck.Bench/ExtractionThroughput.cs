namespace Wirecheck.Bench;

using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Wirecheck.Core.Model;
using Wirecheck.Extraction;
using Wirecheck.Extraction.Input;

/// <summary>
/// Single-threaded HTML extraction speed (main text + metadata + repairs) over the development pages of the
/// article-extraction benchmark: pages/s, MB/s (decoded HTML), allocations per page, peak working set; then
/// Readability.js on a linkedom DOM over the same pages (bench/readability, if its node_modules are installed)
/// and the ratio. Both wall-clock and CPU-time rates are printed: on a shared machine the CPU-time rate is the
/// steadier one.
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- extraction [--shared DIR] [--rounds N] [--no-node]</c>
/// </summary>
public static class ExtractionThroughput
{
    public static int Run(string[] args)
    {
        string? shared = BenchArgs.Value(args, "--shared");
        int rounds = BenchArgs.Int(args, "--rounds", 3);
        bool node = !args.Contains("--no-node");
        shared ??= Wirecheck.Eval.Framework.SharedData.Find();
        var dir = shared is null ? null : Path.Combine(shared, "datasets", "article-extraction", "html");
        if (dir is null || !Directory.Exists(dir))
        {
            Console.Error.WriteLine("extraction bench: give --shared DIR (the folder with datasets/article-extraction)");
            return 2;
        }
        var files = Directory.GetFiles(dir, "*.html.gz").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var pages = files.Select(f =>
        {
            using var fs = File.OpenRead(f);
            using var gz = new GZipStream(fs, CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            return ms.ToArray();
        }).ToArray();
        long bytes = pages.Sum(p => (long)p.Length);
        Console.WriteLine($"extraction bench: {pages.Length} pages, {bytes / 1e6:0.0} MB of HTML, {rounds} round(s), single thread");

        long chars = 0;
        for (int w = 0; w < 3; w++)
            foreach (var p in pages) chars += Extract(p).Text.Length; // warm-up (JIT tiers, data files)
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var proc = Process.GetCurrentProcess();
        long alloc0 = GC.GetAllocatedBytesForCurrentThread();
        int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
        var cpu0 = proc.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        double bestRoundCpu = double.MaxValue, bestRoundWall = double.MaxValue;
        for (int r = 0; r < rounds; r++)
        {
            proc.Refresh();
            var rc = proc.TotalProcessorTime;
            var rw = sw.Elapsed;
            foreach (var p in pages) Extract(p);
            proc.Refresh();
            bestRoundCpu = Math.Min(bestRoundCpu, (proc.TotalProcessorTime - rc).TotalSeconds);
            bestRoundWall = Math.Min(bestRoundWall, (sw.Elapsed - rw).TotalSeconds);
        }
        sw.Stop();
        proc.Refresh();
        double cpu = (proc.TotalProcessorTime - cpu0).TotalSeconds;
        long alloc = GC.GetAllocatedBytesForCurrentThread() - alloc0;
        int n = pages.Length * rounds;
        double wall = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"wirecheck:     {n / wall,8:0.0} pages/s {bytes * rounds / 1e6 / wall,7:0.00} MB/s (wall)   " +
                          $"{n / cpu,8:0.0} pages/s {bytes * rounds / 1e6 / cpu,7:0.00} MB/s (CPU time)   " +
                          $"{alloc / (double)n / 1e6:0.0} MB allocated/page, peak working set {proc.PeakWorkingSet64 / 1e6:0} MB");

        Console.WriteLine($"  fastest of {rounds} rounds: {pages.Length / bestRoundWall:0.0} pages/s (wall), {pages.Length / bestRoundCpu:0.0} pages/s (CPU time)");
        Console.WriteLine($"  garbage collections: gen0 {GC.CollectionCount(0) - g0}, gen1 {GC.CollectionCount(1) - g1}, gen2 {GC.CollectionCount(2) - g2}");
        Console.WriteLine($"  single-thread time per page: {1000 * cpu / n:0.000} ms (CPU time), {1000 * wall / n:0.000} ms (wall)");
        // the share of the time that is HTML parsing alone (tokenizer + tree builder)
        var decoded = pages.Select(p => TextDecoder.Decode(p, null, new List<string>())).ToArray();
        var cpuP = proc.TotalProcessorTime;
        for (int r = 0; r < rounds; r++)
            foreach (var h in decoded) Wirecheck.Extraction.Html.Dom.HtmlParser.Parse(h);
        proc.Refresh();
        double parseCpu = (proc.TotalProcessorTime - cpuP).TotalSeconds;
        Console.WriteLine($"  of which HTML parsing alone: {n / parseCpu:0.0} pages/s (CPU time), {100 * parseCpu / cpu:0}% of the extraction time");

        if (!node) return 0;
        var script = Path.Combine(FindRepo() ?? ".", "bench", "readability", "run.mjs");
        if (!File.Exists(script) || !Directory.Exists(Path.Combine(Path.GetDirectoryName(script)!, "node_modules")))
        {
            Console.WriteLine("readability.js: not installed (cd bench/readability && npm install)");
            return 0;
        }
        var psi = new ProcessStartInfo("node", $"\"{script}\" \"{dir}\" {rounds}") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var child = Process.Start(psi)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0) { Console.WriteLine("readability.js: failed: " + child.StandardError.ReadToEnd()); return 0; }
        using var doc = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var root = doc.RootElement;
        double rWall = root.GetProperty("seconds").GetDouble(), rCpu = root.GetProperty("cpuSeconds").GetDouble();
        int rn = root.GetProperty("pages").GetInt32();
        Console.WriteLine($"readability.js:{rn / rWall,8:0.0} pages/s {bytes * rounds / 1e6 / rWall,7:0.00} MB/s (wall)   " +
                          $"{rn / rCpu,8:0.0} pages/s {bytes * rounds / 1e6 / rCpu,7:0.00} MB/s (CPU time)   peak RSS {root.GetProperty("peakRssMb").GetDouble():0} MB");
        Console.WriteLine($"ratio wirecheck / readability.js: {(n / wall) / (rn / rWall):0.0}x (wall), {(n / cpu) / (rn / rCpu):0.0}x (CPU time)");
        return 0;
    }

    /// <summary>The product's path from bytes: input hash, decoding (charset sniffing) into a pooled buffer, extraction.</summary>
    private static Article Extract(byte[] bytes) =>
        ArticleExtractor.Extract(new RawInput(bytes, null, null, null, InputKind.Html), ExtractionOptions.Default);

    private static string? FindRepo()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "Wirecheck.sln"))) return d.FullName;
        return null;
    }
}
