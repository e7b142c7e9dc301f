namespace Wirecheck.Eval.Framework;

using System.Globalization;
using System.Text.Json;

/// <summary>
/// Score floors pinned in <c>eval/floors.json</c>: <c>{ "task": { "metric": minimum } }</c>. Raising a floor is a
/// normal commit; lowering one needs a reason in the commit message.
/// </summary>
public sealed class Floors
{
    private readonly Dictionary<string, Dictionary<string, double>> _floors;

    private Floors(Dictionary<string, Dictionary<string, double>> floors) => _floors = floors;

    public static Floors Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var d = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var task in doc.RootElement.EnumerateObject())
        {
            if (task.Value.ValueKind != JsonValueKind.Object) continue;
            var m = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var metric in task.Value.EnumerateObject())
                if (metric.Value.ValueKind == JsonValueKind.Number) m[metric.Name] = metric.Value.GetDouble();
            d[task.Name] = m;
        }
        return new Floors(d);
    }

    public IReadOnlyDictionary<string, double> For(string task) =>
        _floors.TryGetValue(task, out var m) ? m : new Dictionary<string, double>();

    /// <summary>Checks a report; returns the failures (metric missing or below its floor).</summary>
    public List<string> Check(EvalReport report)
    {
        var failures = new List<string>();
        foreach (var (metric, floor) in For(report.Task))
        {
            if (!report.Metrics.TryGetValue(metric, out var value))
                failures.Add($"{report.Task}.{metric}: not reported (floor {floor.ToString(CultureInfo.InvariantCulture)})");
            else if (value + 1e-9 < floor)
                failures.Add($"{report.Task}.{metric} = {value.ToString("0.0000", CultureInfo.InvariantCulture)} is below the floor {floor.ToString(CultureInfo.InvariantCulture)}");
        }
        return failures;
    }

    /// <summary>Finds <c>eval/floors.json</c> from the current directory or the program's folder upwards.</summary>
    public static string? Find() => RepositoryFiles.Find(Path.Combine("eval", "floors.json"));
}
