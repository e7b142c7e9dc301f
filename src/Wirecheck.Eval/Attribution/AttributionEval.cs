namespace Wirecheck.Eval.Attribution;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;
using Wirecheck.Eval.Framework;
using Wirecheck.Extraction.Text;
using Wirecheck.Nlp.Quotes;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

/// <summary>
/// PolNeAR development split, primary annotator: per role (source, cue, content) exact-span F1 and token-overlap
/// F1, a fragmented role counting as the extent from its first to its last fragment. Article text is the document
/// text exactly (verbatim extraction), so offsets match the annotation.
/// </summary>
public sealed class AttributionEval : IEvalTask
{
    public string Name => "attribution";
    public string Description => "who said what: PolNeAR dev, per-role exact and token-overlap F1 (source, cue, content)";
    public string DefaultDataPath => "datasets/attribution/polnear";

    public EvalReport Run(EvalContext context)
    {
        var path = Path.Combine(context.DataDir, "polnear_dev.jsonl.gz");
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: not found");
        var pipeline = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(new AttributionStage()).Build();
        var report = new EvalReport(Name);
        var scorer = new AttributionScorer();
        var rulesScorer = new AttributionScorer();
        var taggerScorer = new AttributionScorer();
        var rawScorer = new AttributionScorer();
        var analysis = new AttributionErrorAnalysis();
        var rulesOnly = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(new AttributionStage(learned: false)).Build();
        if (AttributionTagger.Default is null) report.Notes.Add("no learned tagger (data/models/attribution.bin): rules only");
        // the perceptron tagger (data/models/attribution.bin), the default before the neural ensemble, measured in the same run as perceptron_* metrics
        var perceptronTagger = AttributionTagger.Default is { IsNeural: true } ? AttributionTagger.Load(neural: false) : null;
        var perceptron = perceptronTagger is null ? null : new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(new AttributionStage(perceptronTagger)).Build();
        var perceptronScorer = new AttributionScorer();
        if (AttributionTagger.Default is { IsNeural: false }) report.Notes.Add("tagger: the perceptron (data/models/attribution.bin; WIRECHECK_ATTRIBUTION=perceptron or no neural model)");
        int docs = 0, gold = 0, predicted = 0;
        foreach (var doc in PolnearReader.Read(path))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (context.Limit is { } lim && docs >= lim) break;
            var article = PlainTextExtractor.Verbatim(doc.Text, new InputInfo(doc.Article, null, null));
            pipeline.Run(article, context.CancellationToken);
            var pred = AttributionScorer.FromQuotes(article.Quotes);
            scorer.Add(article.Tokens, doc.Attributions, pred);
            var rulesArticle = PlainTextExtractor.Verbatim(doc.Text, new InputInfo(doc.Article, null, null));
            rulesOnly.Run(rulesArticle, context.CancellationToken);
            rulesScorer.Add(rulesArticle.Tokens, doc.Attributions, AttributionScorer.FromQuotes(rulesArticle.Quotes));
            if (AttributionTagger.Default is { } tagger)
            {
                var marks = QuoteScanner.Scan(rulesArticle.Text, rulesArticle.Blocks, context.CancellationToken);
                var tagged = tagger.Run(rulesArticle, marks, rulesArticle.Quotes, context.CancellationToken);
                taggerScorer.Add(rulesArticle.Tokens, doc.Attributions, tagged.Select(t => new GoldAttribution(t.Source, t.Cue, t.Content)).ToList());
                if (context.Verbose)
                {
                    var tags = tagger.Tag(rulesArticle, marks, rulesArticle.Quotes, context.CancellationToken);
                    var raw = new List<GoldAttribution>();
                    var toks = rulesArticle.Tokens;
                    for (int i = 0; i < tags.Length;)
                    {
                        int role = RoleTags.Role(tags[i]);
                        if (role == 0) { i++; continue; }
                        int j = i + 1;
                        while (j < tags.Length && tags[j] == tags[i] + (RoleTags.IsBegin(tags[i]) ? 1 : 0) && !RoleTags.IsBegin(tags[j])) j++;
                        var sp = new TextSpan(toks[i].Start, toks[j - 1].End);
                        raw.Add(role == 1 ? new GoldAttribution(sp, null, null) : role == 2 ? new GoldAttribution(null, sp, null) : new GoldAttribution(null, null, sp));
                        i = j;
                    }
                    rawScorer.Add(rulesArticle.Tokens, doc.Attributions, raw);
                }
            }
            if (perceptron is not null)
            {
                var pa = PlainTextExtractor.Verbatim(doc.Text, new InputInfo(doc.Article, null, null));
                perceptron.Run(pa, context.CancellationToken);
                perceptronScorer.Add(pa.Tokens, doc.Attributions, AttributionScorer.FromQuotes(pa.Quotes));
            }
            docs++; gold += doc.Attributions.Count; predicted += pred.Count;
            if (context.Verbose) { Details(context.Log, article, doc, pred); analysis.Add(article, doc.Attributions, pred, context.Log, doc.Article); }
        }
        if (context.Verbose) analysis.Print(context.Log);
        foreach (var role in AttributionScorer.Roles) report.Rows.Add(MetricRow.From(role + " exact", scorer.Exact(role)));
        foreach (var role in AttributionScorer.Roles) report.Rows.Add(MetricRow.From("rules " + role + " exact", rulesScorer.Exact(role)));
        foreach (var role in AttributionScorer.Roles) report.Rows.Add(MetricRow.From(role + " overlap", scorer.Overlap(role)));
        foreach (var role in AttributionScorer.Roles)
        {
            report.Metrics[role + "_f1"] = Math.Round(scorer.Exact(role).F1, 4);
            report.Metrics[role + "_overlap_f1"] = Math.Round(scorer.Overlap(role).F1, 4);
        }
        foreach (var role in AttributionScorer.Roles)
        {
            report.Metrics["rules_" + role + "_f1"] = Math.Round(rulesScorer.Exact(role).F1, 4);
            report.Metrics["rules_" + role + "_overlap_f1"] = Math.Round(rulesScorer.Overlap(role).F1, 4);
        }
        if (AttributionTagger.Default is not null)
            foreach (var role in AttributionScorer.Roles)
            {
                report.Rows.Add(MetricRow.From("tagger " + role + " exact", taggerScorer.Exact(role)));
                if (context.Verbose) report.Rows.Add(MetricRow.From("tagger raw " + role, rawScorer.Exact(role)));
                report.Metrics["tagger_" + role + "_f1"] = Math.Round(taggerScorer.Exact(role).F1, 4);
                report.Metrics["tagger_" + role + "_overlap_f1"] = Math.Round(taggerScorer.Overlap(role).F1, 4);
            }
        if (perceptron is not null)
        {
            foreach (var role in AttributionScorer.Roles)
            {
                report.Rows.Add(MetricRow.From("perceptron " + role + " exact", perceptronScorer.Exact(role)));
                report.Metrics["perceptron_" + role + "_f1"] = Math.Round(perceptronScorer.Exact(role).F1, 4);
                report.Metrics["perceptron_" + role + "_overlap_f1"] = Math.Round(perceptronScorer.Overlap(role).F1, 4);
            }
            if (perceptronScorer.DirectMatched > 0) report.Metrics["perceptron_direct_source_accuracy"] = Math.Round((double)perceptronScorer.DirectSourceCorrect / perceptronScorer.DirectMatched, 4);
        }
        if (scorer.DirectMatched > 0)
        {
            report.Metrics["direct_source_accuracy"] = Math.Round((double)scorer.DirectSourceCorrect / scorer.DirectMatched, 4);
            report.Notes.Add($"direct quotations with a gold cue: {scorer.DirectMatched}, source words exactly right: {scorer.DirectSourceCorrect}");
        }
        foreach (var role in AttributionScorer.Roles)
        {
            var e = scorer.Errors(role);
            report.Notes.Add($"{role} errors: missed {e.Missed}, spurious {e.Spurious}, boundary {e.BoundaryGold} gold / {e.BoundaryPredicted} predicted");
        }
        report.Notes.Add($"{docs} documents (dev, primary annotator), {gold} gold and {predicted} predicted attributions");
        return report;
    }

    private static void Details(TextWriter log, Article a, PolnearDocument doc, List<GoldAttribution> pred)
    {
        string S(TextSpan? s) => s is { } x ? "«" + a.Covered(x.Start, Math.Min(x.End, x.Start + 80)).Replace('\n', ' ') + "»" : "-";
        var predCues = pred.Where(p => p.Cue is not null).Select(p => p.Cue!.Value).ToHashSet();
        var goldCues = doc.Attributions.Where(g => g.Cue is not null).Select(g => g.Cue!.Value).ToHashSet();
        foreach (var g in doc.Attributions.Where(g => g.Cue is { } c && !predCues.Contains(c)))
        {
            static bool Ov(TextSpan? x, TextSpan y) => x is { } v && v.Start < y.End && y.Start < v.End;
            var c = g.Cue!.Value;
            string why = pred.Any(p => Ov(p.Cue, c)) ? "cue-boundary" : pred.Any(p => Ov(p.Content, c)) ? "in-content" : pred.Any(p => Ov(p.Source, c)) ? "in-source" : "none";
            log.WriteLine($"MISS[{why}] {doc.Article}: src {S(g.Source)} cue {S(g.Cue)} content {S(g.Content)}");
        }
        foreach (var p in pred.Where(p => p.Cue is null || !goldCues.Contains(p.Cue.Value)))
            log.WriteLine($"EXTRA {doc.Article}: src {S(p.Source)} cue {S(p.Cue)} content {S(p.Content)}");
        foreach (var p in pred.Where(p => p.Cue is { } c && goldCues.Contains(c)))
        {
            var g = doc.Attributions.First(x => x.Cue == p.Cue);
            if (g.Source != p.Source) log.WriteLine($"SRC {doc.Article}: gold {S(g.Source)} pred {S(p.Source)}");
            if (g.Content != p.Content) log.WriteLine($"CONTENT {doc.Article}: gold {S(g.Content)} pred {S(p.Content)}");
        }
    }
}
