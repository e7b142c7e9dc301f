namespace Wirecheck.Eval.Ner;

using Wirecheck.Eval.Framework;
using Wirecheck.Nlp.Entities;

/// <summary>
/// <c>wirecheck eval ner</c>: exact-span, exact-type F1 of the committed tagger on the development split the
/// dataset README defines (GUM's official dev documents, all open genres: <c>gum-all/dev.bio</c>), per type and
/// overall (micro-averaged), on the corpus's own tokens.
/// </summary>
public sealed class NerEval : IEvalTask
{
    public string Name => "ner";
    public string Description => "Named-entity recognition: exact-span F1 per type on gum-all/dev.bio";
    public string DefaultDataPath => "datasets/ner";

    public EvalReport Run(EvalContext context)
    {
        var report = new EvalReport(Name);
        var tagger = NerTagger.Default;
        if (tagger is null)
        {
            report.Notes.Add("no model at data/models/ner.bin: run `wirecheck train ner` first");
            report.Metrics["f1"] = 0;
            return report;
        }
        var dev = NerTrainingData.LoadDev(context.DataDir);
        if (context.Limit is { } lim) dev = dev.Take(lim).ToList();
        var counts = NerTagSet.Types.ToDictionary(t => t, _ => new PrfCounts());
        int tokens = 0;
        var docs = PerceptronTrainer.BuildDocuments(dev);
        int index = 0;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        foreach (var s in dev)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            tokens += s.Tokens.Length;
            var gold = NerTagger.ToSpans(s.Tags.Select(NerTagSet.Parse).ToArray(), s.Tokens.Length);
            var pred = tagger.Spans(s.Tokens, docs[index++]);
            var goldSet = gold.Select(g => (g.FirstToken, g.EndToken, g.Type)).ToHashSet();
            var predSet = pred.Select(p => (p.FirstToken, p.EndToken, p.Type)).ToHashSet();
            foreach (var p in predSet)
            {
                if (goldSet.Contains(p)) counts[p.Type].Tp++;
                else
                {
                    counts[p.Type].Fp++;
                    if (context.Verbose) context.Log.WriteLine($"FP {p.Type,-5} {string.Join(' ', s.Tokens[p.FirstToken..p.EndToken])}");
                }
            }
            foreach (var g in goldSet)
                if (!predSet.Contains(g))
                {
                    counts[g.Type].Fn++;
                    if (context.Verbose) context.Log.WriteLine($"FN {g.Type,-5} {string.Join(' ', s.Tokens[g.FirstToken..g.EndToken])}");
                }
        }
        var overall = new PrfCounts();
        foreach (var t in NerTagSet.Types)
        {
            report.Rows.Add(MetricRow.From(t, counts[t]));
            report.Metrics["f1." + t] = counts[t].F1;
            overall.Add(counts[t]);
        }
        report.Rows.Add(MetricRow.From("overall", overall));
        report.Metrics["f1"] = overall.F1;
        report.Metrics["precision"] = overall.Precision;
        report.Metrics["recall"] = overall.Recall;
        report.Notes.Add($"{dev.Count} sentences, {tokens} tokens from {NerTrainingData.DevFile}; model: {tagger.Model.Notes}; " +
                         $"tagging {tokens / Math.Max(1e-9, sw.Elapsed.TotalSeconds):0} tokens/s");
        return report;
    }
}
