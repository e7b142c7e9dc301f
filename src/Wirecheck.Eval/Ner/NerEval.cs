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
        var score = NerScore.Of(tagger, dev, context.Verbose ? context.Log : null, context.CancellationToken);
        score.Fill(report);
        int tokens = score.Tokens;
        var sw = TimeSpan.FromSeconds(score.Seconds);
        report.Notes.Add($"{dev.Count} sentences, {tokens} tokens from {NerTrainingData.DevFile}; model: {tagger.Model.Notes}; " +
                         $"tagging {tokens / Math.Max(1e-9, sw.TotalSeconds):0} tokens/s");
        return report;
    }
}
