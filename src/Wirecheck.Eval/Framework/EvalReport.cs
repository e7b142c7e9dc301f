namespace Wirecheck.Eval.Framework;

using System.Globalization;

/// <summary>One row of a score table: a label (or "overall") with precision, recall, F1 and support.</summary>
public sealed record MetricRow(string Label, double? Precision, double? Recall, double? F1, int? Support)
{
    public static MetricRow From(string label, PrfCounts c) => new(label, c.Precision, c.Recall, c.F1, (int)(c.Tp + c.Fn));
}

/// <summary>True positives, false positives and false negatives, and the scores that follow.</summary>
public sealed class PrfCounts
{
    public double Tp { get; set; }
    public double Fp { get; set; }
    public double Fn { get; set; }
    public double Precision => Tp + Fp == 0 ? 0 : Tp / (Tp + Fp);
    public double Recall => Tp + Fn == 0 ? 0 : Tp / (Tp + Fn);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public void Add(PrfCounts o) { Tp += o.Tp; Fp += o.Fp; Fn += o.Fn; }
}

/// <summary>The result of an evaluation: named headline metrics (checked against floors) and a table.</summary>
public sealed class EvalReport(string task)
{
    public string Task { get; } = task;
    public Dictionary<string, double> Metrics { get; } = new(StringComparer.Ordinal);
    public List<MetricRow> Rows { get; } = new();
    public List<string> Notes { get; } = new();

    public void Print(TextWriter w)
    {
        w.WriteLine($"== {Task}");
        if (Rows.Count > 0)
        {
            int width = Math.Max(12, Rows.Max(r => r.Label.Length) + 2);
            w.WriteLine($"{"label".PadRight(width)} {"P",7} {"R",7} {"F1",7} {"n",7}");
            foreach (var r in Rows)
                w.WriteLine($"{r.Label.PadRight(width)} {F(r.Precision),7} {F(r.Recall),7} {F(r.F1),7} {(r.Support?.ToString(CultureInfo.InvariantCulture) ?? "-"),7}");
        }
        foreach (var (k, v) in Metrics) w.WriteLine($"{Task}.{k} = {v.ToString("0.0000", CultureInfo.InvariantCulture)}");
        foreach (var n in Notes) w.WriteLine($"note: {n}");
    }

    private static string F(double? v) => v is { } d ? d.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
