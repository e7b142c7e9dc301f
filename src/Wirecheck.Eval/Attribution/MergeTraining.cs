namespace Wirecheck.Eval.Attribution;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;
using Wirecheck.Extraction.Text;
using Wirecheck.Nlp.Entities;
using Wirecheck.Nlp.Quotes;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

/// <summary>
/// Trains <see cref="MergeFilter"/> on the PolNeAR train articles the neural tagger holds out (the same fixed seeded
/// 10% as <c>train/Wirecheck.Train.Attribution</c>; the tagger never saw them): the whole stage runs on them with the
/// CURRENT tagger model and no filter, and each attribution's features are recorded with two labels (its cue or its
/// source is a gold span: keep it; its source is a gold source: keep the source). Two logistic heads, deterministic
/// SGD; the L2 weight and both decision thresholds are chosen by 5-fold cross-validation over the held-out articles
/// (folds by article), maximising source F1 + cue F1 + content overlap F1 of the whole stage. Dev is never read.
/// </summary>
public static class MergeTraining
{
    public const int HeldOutSeed = 20261129;
    public const int Folds = 5;
    public const int Epochs = 20;
    public const float LearningRate = 0.05f;
    public static readonly float[] Lambdas = [1e-4f, 1e-3f, 1e-2f];
    /// <summary>Thresholds tried per head (0: never drop).</summary>
    public static readonly float[] Thresholds = [0f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f];

    /// <summary>The held-out train articles of the neural tagger's trainer: a <see cref="Random"/>(<see cref="HeldOutSeed"/>) shuffle of the article indices, its first tenth.</summary>
    public static List<PolnearDocument> HeldOut(string trainFile)
    {
        var docs = PolnearReader.Read(trainFile).ToList();
        var order = Enumerable.Range(0, docs.Count).ToArray();
        new Random(HeldOutSeed).Shuffle(order);
        int held = Math.Max(1, docs.Count / 10);
        return order.Take(held).Select(i => docs[i]).ToList();
    }

    private sealed record Doc(IReadOnlyList<Token> Tokens, IReadOnlyList<GoldAttribution> Gold, IReadOnlyList<Quote> Quotes, IReadOnlyList<MergeItem?> Items);

    /// <summary>An attribution: its keep features and label, its source options and the option to learn (a gold source, else none; −1 when there is no choice).</summary>
    private sealed record Example(int Doc, int Quote, ulong[] Features, bool Keep, bool HasSource, bool KeepSource, IReadOnlyList<MergeOption> Options, int Gold)
    {
        public bool Choice => Options.Count > 1 && Gold >= 0;
    }

    public static PerceptronModel Train(string trainFile, AttributionTagger tagger, TextWriter log, CancellationToken ct)
    {
        if (!tagger.IsNeural) throw new InvalidOperationException("the merge filter is trained on the neural tagger's outputs; no neural model (data/models/attribution-neural.bin) was found");
        var held = HeldOut(trainFile);
        var recorder = new MergeRecorder();
        var pipeline = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(new AttributionStage(tagger, filter: null, recorder)).Build();
        var docs = new List<Doc>();
        foreach (var d in held)
        {
            ct.ThrowIfCancellationRequested();
            var article = PlainTextExtractor.Verbatim(d.Text, new InputInfo(d.Article, null, null));
            pipeline.Run(article, ct);
            docs.Add(new Doc(article.Tokens, d.Attributions, article.Quotes.ToList(), recorder.Articles[^1]));
        }
        var examples = new List<Example>();
        for (int di = 0; di < docs.Count; di++)
        {
            var d = docs[di];
            var cues = d.Gold.Where(g => g.Cue is not null).Select(g => g.Cue!.Value).ToHashSet();
            var sources = d.Gold.Where(g => g.Source is not null).Select(g => g.Source!.Value).ToHashSet();
            for (int qi = 0; qi < d.Quotes.Count; qi++)
            {
                if (d.Items[qi] is not { } item) continue;
                var q = d.Quotes[qi];
                bool srcOk = q.Source is { } s && sources.Contains(s);
                bool keep = (q.Cue is { } c && cues.Contains(c)) || srcOk;
                int gold = -1;
                for (int o = 0; o < item.Options.Count && gold < 0; o++) if (item.Options[o].Source is { } os && sources.Contains(os)) gold = o;
                for (int o = 0; o < item.Options.Count && gold < 0; o++) if (item.Options[o].Source is null) gold = o;
                examples.Add(new Example(di, qi, item.Features, keep, q.Source is not null, srcOk, item.Options, gold));
            }
        }
        log.WriteLine($"merge filter: {docs.Count} held-out train articles, {examples.Count} attributions ({examples.Count(e => e.Keep)} with a gold cue or source; {examples.Count(e => e.HasSource)} with a source, {examples.Count(e => e.KeepSource)} of them gold)");
        if (Environment.GetEnvironmentVariable("WIRECHECK_MERGE_DEBUG") == "1")
        {
            // a development aid: per origin (MergeOrigin flags, feature template 2) the share of attributions with a gold cue / source
            foreach (var g in examples.GroupBy(e => Array.IndexOf(OriginHashes, e.Features[1])).OrderBy(g => g.Key))
            {
                var qs = g.Select(e => docs[e.Doc].Quotes[e.Quote]).ToList();
                int cueOk = g.Count(e => { var q = docs[e.Doc].Quotes[e.Quote]; return q.Cue is { } c && docs[e.Doc].Gold.Any(x => x.Cue == c); });
                log.WriteLine($"  origin {g.Key}: {g.Count()} attributions, keep {g.Count(e => e.Keep)}, gold cue {cueOk}, with source {g.Count(e => e.HasSource)}, gold source {g.Count(e => e.KeepSource)}, direct {qs.Count(q => q.Kind == QuoteKind.Direct)}, indirect {qs.Count(q => q.Kind == QuoteKind.Indirect)}");
            }
        }
        var current = examples.Select(e => e.Options.Select((o, i) => (o, i)).FirstOrDefault(x => x.o.Source == docs[e.Doc].Quotes[e.Quote].Source, (null!, -1)).Item2).ToArray();
        var baseline = Evaluate(docs, examples, new float[examples.Count, 2], 0, 0, current);
        var oracle = examples.Select(e => e.Gold).ToArray();
        log.WriteLine($"merge filter: held-out stage with the best source option of each attribution (an upper bound): {Describe(Evaluate(docs, examples, new float[examples.Count, 2], 0, 0, oracle))}");
        log.WriteLine($"merge filter: held-out stage without the filter: {Describe(baseline)}");
        float bestLambda = Lambdas[0], bestT1 = 0, bestT2 = 0;
        Scores? best = null;
        foreach (var lambda in Lambdas)
        {
            var oof = new float[examples.Count, 2];
            var pick = new int[examples.Count];
            var pickP = new float[examples.Count];
            var none = examples.Select(e => e.Options.Select((o, i) => (o, i)).FirstOrDefault(x => x.o.Source is null, (null!, -1)).Item2).ToArray();
            for (int fold = 0; fold < Folds; fold++)
            {
                var train = examples.Where(e => e.Doc % Folds != fold).ToList();
                var w = Fit(train, lambda);
                for (int i = 0; i < examples.Count; i++)
                    if (examples[i].Doc % Folds == fold) { oof[i, 0] = Prob(w, examples[i].Features, 0); (pick[i], pickP[i]) = Best(w, examples[i].Options); }
            }
            Scores? lbest = null; float lt1 = 0, lt2 = 0;
            foreach (var t1 in Thresholds)
                foreach (var t2 in Thresholds)
                {
                    // a source option is taken when its probability reaches t2, else none (an option only when offered)
                    var chosen = pick.Select((b, i) => b < 0 || pickP[i] >= t2 ? b : none[i] >= 0 ? none[i] : b).ToArray();
                    var s = Evaluate(docs, examples, oof, t1, 0, chosen);
                    if (Environment.GetEnvironmentVariable("WIRECHECK_MERGE_DEBUG") == "1") log.WriteLine($"    L2 {lambda} keep {t1} source {t2}: {Describe(s)}");
                    if (lbest is null || s.Objective > lbest.Objective + 1e-9) { lbest = s; lt1 = t1; lt2 = t2; }
                }
            log.WriteLine($"merge filter: L2 {lambda:0.#####}: cross-validated AUC keep {Auc(examples, oof, 0):0.000}");
            log.WriteLine($"merge filter: L2 {lambda:0.#####}: best cross-validated thresholds keep {lt1:0.0}, source option {lt2:0.0}: {Describe(lbest!)}");
            if (best is null || lbest!.Objective > best.Objective + 1e-9) { best = lbest; bestLambda = lambda; bestT1 = lt1; bestT2 = lt2; }
        }
        log.WriteLine($"merge filter: chosen L2 {bestLambda:0.#####}, keep threshold {bestT1:0.0}, source threshold {bestT2:0.0}; cross-validated held-out stage: {Describe(best!)}");
        var final = Fit(examples, bestLambda);
        var rows = new Dictionary<ulong, int>();
        var weights = new List<float>();
        foreach (var (h, v) in final.OrderBy(x => x.Key))
        {
            if (v[0] == 0 && v[1] == 0) continue;
            rows[h] = rows.Count;
            weights.Add(v[0]); weights.Add(v[1]);
        }
        rows[MergeFilter.ThresholdFeature] = rows.Count;
        weights.Add(-Logit(bestT1)); weights.Add(bestT2);
        return new PerceptronModel(rows, weights.ToArray(), MergeFilter.Heads,
            $"merge filter, logistic, {Epochs} epochs, L2 {bestLambda}, thresholds {bestT1} {bestT2}, {examples.Count} examples");
    }

    private static readonly ulong[] OriginHashes = Enumerable.Range(0, 32).Select(o => MergeFilter.OriginFeature(o)).ToArray();

    /// <summary>The area under the ROC curve of a head's out-of-fold probabilities (ties counted half).</summary>
    private static double Auc(List<Example> examples, float[,] p, int head)
    {
        var pos = new List<float>(); var neg = new List<float>();
        for (int i = 0; i < examples.Count; i++)
        {
            var e = examples[i];
            if (head == 1 && !e.HasSource) continue;
            ((head == 0 ? e.Keep : e.KeepSource) ? pos : neg).Add(p[i, head]);
        }
        double s = 0;
        foreach (var a in pos) foreach (var b in neg) s += a > b ? 1 : a == b ? 0.5 : 0;
        return pos.Count * neg.Count == 0 ? 0.5 : s / (pos.Count * (double)neg.Count);
    }

    /// <summary>−logit of a threshold is added to the score; threshold 0 (never drop) is a large positive constant.</summary>
    private static float Logit(float t) => t <= 0 ? -100f : MathF.Log(t / (1 - t));

    private static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));

    /// <summary>The index of the best-scoring option with a source and its softmax probability (−1, 0 when every option is none).</summary>
    private static (int, float) Best(Dictionary<ulong, float[]> w, IReadOnlyList<MergeOption> options)
    {
        var scores = new float[options.Count];
        for (int i = 0; i < options.Count; i++)
            foreach (var h in options[i].Features) if (w.TryGetValue(h, out var v)) scores[i] += v[1];
        int best = MergeFilter.BestSource(options.Select(o => o.Source).ToList(), scores, out float p);
        return (best, p);
    }

    private static float Prob(Dictionary<ulong, float[]> w, ulong[] f, int head)
    {
        float s = 0;
        foreach (var h in f) if (w.TryGetValue(h, out var v)) s += v[head];
        return Sigmoid(s);
    }

    /// <summary>Two logistic heads by SGD in a seeded order (deterministic); L2 on the features of each example.</summary>
    private static Dictionary<ulong, float[]> Fit(List<Example> examples, float lambda)
    {
        var w = new Dictionary<ulong, float[]>();
        foreach (var e in examples)
        {
            foreach (var h in e.Features) if (!w.ContainsKey(h)) w[h] = new float[2];
            foreach (var o in e.Options) foreach (var h in o.Features) if (!w.ContainsKey(h)) w[h] = new float[2];
        }
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var rng = new Random(HeldOutSeed);
        var scores = new float[8];
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            rng.Shuffle(order);
            float lr = LearningRate / (1 + 0.2f * epoch);
            foreach (var i in order)
            {
                var e = examples[i];
                float s = 0;
                foreach (var h in e.Features) s += w[h][0];
                float g = Sigmoid(s) - (e.Keep ? 1 : 0);
                foreach (var h in e.Features) { var v = w[h]; v[0] -= lr * (g + lambda * v[0]); }
                if (!e.Choice) continue;
                // softmax over the options: gradient p(option) − [option is the one to learn]
                int n = Math.Min(e.Options.Count, scores.Length);
                float max = float.NegativeInfinity;
                for (int o = 0; o < n; o++)
                {
                    float t = 0;
                    foreach (var h in e.Options[o].Features) t += w[h][1];
                    scores[o] = t; max = Math.Max(max, t);
                }
                float z = 0;
                for (int o = 0; o < n; o++) { scores[o] = MathF.Exp(scores[o] - max); z += scores[o]; }
                for (int o = 0; o < n; o++)
                {
                    float go = scores[o] / z - (o == e.Gold ? 1 : 0);
                    foreach (var h in e.Options[o].Features) { var v = w[h]; v[1] -= lr * (go + lambda * v[1]); }
                }
            }
        }
        return w;
    }

    private sealed record Scores(double Source, double Cue, double Content, double ContentOverlap, double SourceP, double SourceR)
    {
        public double Objective => Source + Cue + ContentOverlap;
    }

    private static string Describe(Scores s) =>
        $"source F1 {s.Source:0.0000} (P {s.SourceP:0.000} R {s.SourceR:0.000}), cue F1 {s.Cue:0.0000}, content F1 {s.Content:0.0000}, content overlap F1 {s.ContentOverlap:0.0000}";

    /// <summary>The whole stage's scores on the held-out articles with the decisions of the given probabilities and thresholds.</summary>
    private static Scores Evaluate(List<Doc> docs, List<Example> examples, float[,] p, float t1, float t2, int[] pick)
    {
        var chosen = new Dictionary<(int, int), TextSpan?>();
        for (int i = 0; i < examples.Count; i++)
            if (pick[i] >= 0 && examples[i].Options.Count > 0) chosen[(examples[i].Doc, examples[i].Quote)] = examples[i].Options[pick[i]].Source;
        var drop = new HashSet<(int, int)>();
        var noSource = new HashSet<(int, int)>();
        for (int i = 0; i < examples.Count; i++)
        {
            var e = examples[i];
            if (t1 > 0 && p[i, 0] < t1) drop.Add((e.Doc, e.Quote));
            else if (t2 > 0 && e.HasSource && p[i, 1] < t2) noSource.Add((e.Doc, e.Quote));
        }
        var scorer = new AttributionScorer();
        for (int di = 0; di < docs.Count; di++)
        {
            var d = docs[di];
            var kept = new List<Quote>();
            for (int qi = 0; qi < d.Quotes.Count; qi++)
            {
                if (drop.Contains((di, qi))) continue;
                var q = d.Quotes[qi];
                var ns = noSource.Contains((di, qi)) ? null : chosen.TryGetValue((di, qi), out var cs) ? cs : q.Source;
                kept.Add(ns == q.Source ? q : new Quote { Id = q.Id, Kind = q.Kind, Source = ns, Cue = q.Cue, CueLemma = q.CueLemma, Content = q.Content });
            }
            scorer.Add(d.Tokens, d.Gold, AttributionScorer.FromQuotes(kept));
        }
        var src = scorer.Exact("source");
        return new Scores(src.F1, scorer.Exact("cue").F1, scorer.Exact("content").F1, scorer.Overlap("content").F1, src.Precision, src.Recall);
    }
}
