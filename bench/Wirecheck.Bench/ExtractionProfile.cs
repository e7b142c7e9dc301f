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
        int rounds = BenchArgs.Int(args, "--rounds", 3);
        var shared = BenchArgs.Value(args, "--shared") ?? Wirecheck.Eval.Framework.SharedData.Find();
        var dir = Path.Combine(shared!, "datasets", "article-extraction", "html");
        var pages = Directory.GetFiles(dir, "*.html.gz").OrderBy(f => f, StringComparer.Ordinal).Select(f =>
        {
            using var gz = new GZipStream(File.OpenRead(f), CompressionMode.Decompress);
            using var ms = new MemoryStream(); gz.CopyTo(ms); return ms.ToArray();
        }).ToArray();
        var names = new[] { "decode", "parse", "metadata", "clean", "collect", "select", "(extract)" };
        var t = new double[names.Length];
        var hints = ExtractionHints.Default;
        var proc = Process.GetCurrentProcess();
        double Cpu() { proc.Refresh(); return proc.TotalProcessorTime.TotalSeconds; }
        // stage after stage over all pages, process CPU time per stage (steadier than wall time on a shared machine)
        for (int round = 0; round <= rounds; round++)
        {
            var c0 = Cpu();
            var html = pages.Select(p => TextDecoder.Decode(p, null, new List<string>())).ToArray();
            var c1 = Cpu();
            var docs = html.Select(h => HtmlParser.Parse(h)).ToArray();
            var c2 = Cpu();
            var metas = docs.Select(d => { var m = new ArticleMeta(); MetadataReader.Read(d, m, null); return m; }).ToArray();
            var c3 = Cpu();
            foreach (var d in docs) DomCleaner.Clean(d, d.Body, hints, new List<Removed>(), default);
            var c4 = Cpu();
            var sets = docs.Select(d => BlockCollector.Collect(d, d.Body, default)).ToArray();
            var c5 = Cpu();
            for (int i = 0; i < docs.Length; i++) ContentSelector.Select(docs[i], docs[i].Body, sets[i].Blocks, hints, metas[i].Title);
            var c6 = Cpu();
            foreach (var h in html) ArticleExtractor.ExtractString(h, InputKind.Html, new InputInfo(null, null, null), ExtractionOptions.Default);
            var c7 = Cpu();
            if (round == 0) continue; // warm-up
            t[0] += c1 - c0; t[1] += c2 - c1; t[2] += c3 - c2; t[3] += c4 - c3; t[4] += c5 - c4; t[5] += c6 - c5; t[6] += c7 - c6;
        }
        int n = pages.Length * rounds;
        Console.WriteLine($"extraction profile: {pages.Length} pages x {rounds} rounds, single thread, ms per page (process CPU time)");
        for (int i = 0; i < names.Length; i++)
            Console.WriteLine($"  {names[i],-10} {t[i] / n * 1000,7:0.000}");
        Console.WriteLine($"  {"stages",-10} {t[..6].Sum() / n * 1000,7:0.000}");

        // agreement of the parser with AngleSharp (an HTML5-conformant parser): the same block walk over both trees
        int same = 0, blocksSame = 0, blocksAll = 0;
        var reference = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var p in pages)
        {
            var html = TextDecoder.Decode(p, null, new List<string>());
            var doc = HtmlParser.Parse(html);
            var ours = BlockCollector.Collect(doc, doc.Body, default).Blocks.Select(b => b.Text).ToList();
            using var adoc = reference.ParseDocument(html);
            var theirs = ReferenceBlocks(adoc.Body!);
            if (ours.SequenceEqual(theirs)) same++;
            var set = new HashSet<string>(theirs);
            blocksAll += theirs.Count;
            blocksSame += ours.Count(set.Contains);
        }
        Console.WriteLine($"parser vs AngleSharp: identical block lists on {same}/{pages.Length} pages; " +
                          $"{100.0 * blocksSame / Math.Max(1, blocksAll):0.0}% of AngleSharp's blocks found verbatim");
        return 0;
    }

    private static List<string> ReferenceBlocks(AngleSharp.Dom.IElement body)
    {
        var blocks = new List<string>();
        var sb = new System.Text.StringBuilder();
        bool pending = false;
        void Close()
        {
            if (sb.Length > 0) blocks.Add(sb.ToString());
            sb.Clear();
            pending = false;
        }
        var stack = new Stack<(AngleSharp.Dom.INode Node, bool Exit)>();
        stack.Push((body, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is AngleSharp.Dom.IText t)
            {
                foreach (var ch in t.Data)
                {
                    if (char.IsWhiteSpace(ch)) { pending = sb.Length > 0; continue; }
                    if (pending) { sb.Append(' '); pending = false; }
                    sb.Append(ch);
                }
                continue;
            }
            if (node is not AngleSharp.Dom.IElement el) continue;
            bool block = BlockCollector.IsBlock(el.LocalName);
            if (exit) { if (block) Close(); continue; }
            if (el.LocalName is "br" or "hr") { Close(); continue; }
            if (block) Close();
            if (el.LocalName is "img" or "input") pending = true;
            stack.Push((el, true));
            for (var c = el.LastChild; c is not null; c = c.PreviousSibling) stack.Push((c, false));
        }
        Close();
        return blocks;
    }
}
