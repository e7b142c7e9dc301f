namespace Wirecheck.Eval.Checkworthy;

using System.Globalization;
using Wirecheck.Eval.Framework;
using Wirecheck.Nlp.Checkworthiness;

/// <summary>
/// CheckThat! 2024 task 1 (English) development split: F1 of the positive class ("Yes") of the committed
/// check-worthiness model (data/checkworthy/weights.tsv) at its stored threshold.
/// </summary>
public sealed class CheckworthyEval : IEvalTask
{
    public string Name => "checkworthy";
    public string Description => "check-worthiness of debate sentences (CLEF CheckThat! 2024 task 1, English dev): positive-class F1";
    public string DefaultDataPath => "datasets/checkworthy";

    public EvalReport Run(EvalContext context)
    {
        var dev = Path.Combine(context.DataDir, "CT24_checkworthy_english_dev.tsv");
        if (!File.Exists(dev)) throw new FileNotFoundException($"{dev}: not found");
        var model = CheckworthyModel.Default ?? throw new FileNotFoundException("data/checkworthy/weights.tsv: not found; run `wirecheck train checkworthy`");
        var data = CheckworthyDataset.Read(dev);
        if (context.Limit is { } n) data = data.Take(n).ToList();
        var pos = new PrfCounts();
        var neg = new PrfCounts();
        var buffer = new List<string>(64);
        foreach (var e in data)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            bool yes = model.Score(e.Text, buffer) >= model.Threshold;
            if (yes && e.Label) pos.Tp++;
            else if (yes) { pos.Fp++; neg.Fn++; }
            else if (e.Label) { pos.Fn++; neg.Fp++; }
            else neg.Tp++;
            if (context.Verbose && yes != e.Label) context.Log.WriteLine($"{(e.Label ? "missed" : "false+")}\t{e.Id}\t{e.Text}");
        }
        var r = new EvalReport(Name);
        r.Rows.Add(MetricRow.From("Yes", pos));
        r.Rows.Add(MetricRow.From("No", neg));
        r.Metrics["f1"] = pos.F1;
        r.Metrics["precision"] = pos.Precision;
        r.Metrics["recall"] = pos.Recall;
        r.Notes.Add($"{data.Count} sentences; model: {model.Weights.Count} weights, threshold {model.Threshold.ToString("0.00", CultureInfo.InvariantCulture)} (chosen on held-out training data)");
        return r;
    }
}
