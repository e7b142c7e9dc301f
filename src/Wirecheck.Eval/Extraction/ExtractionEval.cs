namespace Wirecheck.Eval.Extraction;

using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Wirecheck.Core.Model;
using Wirecheck.Eval.Framework;
using Wirecheck.Extraction;
using Wirecheck.Extraction.Input;

/// <summary>
/// Article-body extraction on the development half of the article-extraction benchmark
/// (<c>datasets/article-extraction</c>), scored with <see cref="ShingleScorer"/>; the saved outputs of the
/// reference extractors in <c>peers/</c> are scored the same way for comparison.
/// </summary>
public sealed class ExtractionEval : IEvalTask
{
    public string Name => "extraction";
    public string Description => "article body extraction: shingle P/R/F1 and exact accuracy on the benchmark's dev half";
    public string DefaultDataPath => "datasets/article-extraction";

    public EvalReport Run(EvalContext context)
    {
        var truthPath = Path.Combine(context.DataDir, "ground-truth.dev.json");
        if (!File.Exists(truthPath)) throw new FileNotFoundException($"{truthPath}: not found");
        var truth = ReadBodies(truthPath, null);
        var ids = truth.Keys.ToList();
        if (context.Limit is { } lim) ids = ids.Take(lim).ToList();

        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var id in ids)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var file = Path.Combine(context.DataDir, "html", id + ".html.gz");
            try
            {
                var bytes = Gunzip(file);
                var warnings = new List<string>();
                var html = TextDecoder.Decode(bytes, null, warnings);
                var article = ArticleExtractor.ExtractString(html, InputKind.Html, new InputInfo(file, null, null), ExtractionOptions.Default, warnings, context.CancellationToken);
                predictions[id] = article.Text;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                errors.Add($"{id}: {e.GetType().Name}: {e.Message}");
                predictions[id] = "";
            }
        }

        var pages = ids.Select(id => ShingleScorer.ScorePage(id, truth[id], predictions.GetValueOrDefault(id, ""))).ToList();
        var score = ShingleScorer.Aggregate(pages);
        var report = new EvalReport(Name);
        report.Metrics["precision"] = score.Precision;
        report.Metrics["recall"] = score.Recall;
        report.Metrics["f1"] = score.F1;
        report.Metrics["accuracy"] = score.Accuracy;
        report.Rows.Add(new MetricRow("wirecheck", score.Precision, score.Recall, score.F1, pages.Count));
        report.Notes.Add($"wirecheck: F1 {F(score.F1)} ± {F(ShingleScorer.BootstrapF1Sd(pages))} (bootstrap s.d., 1000 resamples, seed 0), accuracy {F(score.Accuracy)} over {pages.Count} pages");

        var peersDir = Path.Combine(context.DataDir, "peers");
        if (Directory.Exists(peersDir))
            foreach (var peerFile in Directory.GetFiles(peersDir, "*.json").OrderBy(f => f, StringComparer.Ordinal))
            {
                var peer = ReadBodies(peerFile, "output");
                var pp = ids.Select(id => ShingleScorer.ScorePage(id, truth[id], peer.GetValueOrDefault(id, ""))).ToList();
                var ps = ShingleScorer.Aggregate(pp);
                var label = "peer:" + Path.GetFileName(peerFile).Replace(".dev.json", "");
                report.Rows.Add(new MetricRow(label, ps.Precision, ps.Recall, ps.F1, pp.Count));
                report.Notes.Add($"{label}: accuracy {F(ps.Accuracy)}");
            }

        foreach (var e in errors) report.Notes.Add("error: " + e);
        if (context.Verbose)
            foreach (var p in pages.OrderBy(p => Math.Min(p.Precision ?? 1, p.Recall ?? 0)))
                context.Log.WriteLine($"{p.Id[..12]} P={F(p.Precision)} R={F(p.Recall)} exact={p.Exact}");
        var dump = Environment.GetEnvironmentVariable("WIRECHECK_EXTRACTION_DUMP");
        if (!string.IsNullOrEmpty(dump))
            File.WriteAllText(dump, JsonSerializer.Serialize(predictions.ToDictionary(kv => kv.Key, kv => new { articleBody = kv.Value })));
        return report;
    }

    private static string F(double? v) => v is { } d ? d.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static byte[] Gunzip(string path)
    {
        using var fs = File.OpenRead(path);
        using var gz = new GZipStream(fs, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>Reads <c>{ id: { articleBody } }</c>, optionally under a top-level property.</summary>
    private static Dictionary<string, string> ReadBodies(string path, string? under)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        if (under is not null && root.TryGetProperty(under, out var inner)) root = inner;
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in root.EnumerateObject())
            if (p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("articleBody", out var body))
                d[p.Name] = body.GetString() ?? "";
        return d;
    }
}
