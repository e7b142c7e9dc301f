namespace Wirecheck.Bench;

using System.Diagnostics;
using System.IO.Compression;
using Wirecheck.Core.Model;
using Wirecheck.Extraction;
using Wirecheck.Extraction.Html;
using Wirecheck.Extraction.Html.Dom;
using Wirecheck.Extraction.Input;

/// <summary>
/// Where the time of HTML extraction goes: stopwatch sections per stage over the dev pages, single thread
/// (decode, parse, metadata, clean, collect, select, the whole extraction for comparison).
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- extraction-profile [--shared DIR] [--rounds N]</c>
/// </summary>
public static class ExtractionProfile
{
    public static int Run(string[] args)
    {
        int ri = Array.IndexOf(args, "--rounds");
        int rounds = ri >= 0 && ri + 1 < args.Length ? int.Parse(args[ri + 1]) : 3;
        int si = Array.IndexOf(args, "--shared");
        var shared = si >= 0 && si + 1 < args.Length ? args[si + 1] : Wirecheck.Eval.Framework.SharedData.Find();
        var dir = Path.Combine(shared!, "datasets", "article-extraction", "html");
        var pages = Directory.GetFiles(dir, "*.html.gz").OrderBy(f => f, StringComparer.Ordinal).Select(f =>
        {
            using var gz = new GZipStream(File.OpenRead(f), CompressionMode.Decompress);
            using var ms = new MemoryStream(); gz.CopyTo(ms); return ms.ToArray();
        }).ToArray();
        var names = new[] { "decode", "parse", "metadata", "clean", "collect", "select", "(extract)" };
        var t = new double[names.Length];
        var hints = ExtractionHints.Default;
        for (int round = 0; round <= rounds; round++)
        {
            foreach (var p in pages)
            {
                long a = Stopwatch.GetTimestamp();
                var html = TextDecoder.Decode(p, null, new List<string>());
                long b = Stopwatch.GetTimestamp();
                var doc = HtmlParser.Parse(html);
                long c = Stopwatch.GetTimestamp();
                var meta = new ArticleMeta();
                MetadataReader.Read(doc, meta, null);
                long d = Stopwatch.GetTimestamp();
                DomCleaner.Clean(doc, doc.Body, hints, new List<Removed>(), default);
                long e = Stopwatch.GetTimestamp();
                var set = BlockCollector.Collect(doc, doc.Body, default);
                long f = Stopwatch.GetTimestamp();
                ContentSelector.Select(doc, doc.Body, set.Blocks, hints, meta.Title);
                long g = Stopwatch.GetTimestamp();
                ArticleExtractor.ExtractString(html, InputKind.Html, new InputInfo(null, null, null), ExtractionOptions.Default);
                long h = Stopwatch.GetTimestamp();
                if (round == 0) continue; // warm-up
                t[0] += b - a; t[1] += c - b; t[2] += d - c; t[3] += e - d; t[4] += f - e; t[5] += g - f; t[6] += h - g;
            }
        }
        int n = pages.Length * rounds;
        Console.WriteLine($"extraction profile: {pages.Length} pages x {rounds} rounds, single thread, ms per page (wall)");
        for (int i = 0; i < names.Length; i++)
            Console.WriteLine($"  {names[i],-10} {t[i] / Stopwatch.Frequency / n * 1000,7:0.000}");
        Console.WriteLine($"  {"stages",-10} {t[..6].Sum() / Stopwatch.Frequency / n * 1000,7:0.000}");
        return 0;
    }
}
