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
/// CURRENT tagger model, cue and source rankers retrained on the other 90% (the committed ones saw every train
/// article) and no filter, and each attribution is recorded with its features, its source options and
/// three labels (its cue or source is a gold span: keep it; its cue is a gold cue: keep the cue; which option is a
/// gold source, else none). Two logistic heads and a softmax over the options, deterministic SGD; the L2 weight and
/// the three decision thresholds are chosen by 5-fold cross-validation over the held-out articles (folds by article),
/// maximising source F1 + cue F1 + content overlap F1 of the whole stage. Dev is never read.
/// </summary>
public static class MergeTraining
{
    public const int HeldOutSeed = 20261129;
    public const int Folds = 5;
    public const int Epochs = 20;
    public const float LearningRate = 0.05f;
    public static readonly float[] Lambdas = [1e-4f, 1e-3f, 1e-2f];
    /// <summary>Thresholds tried per decision (0: never drop).</summary>
    public static readonly float[] Thresholds = [0f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f];

    /// <summary>The held-out train articles of the neural tagger's trainer: a <see cref="Random"/>(<see cref="HeldOutSeed"/>) shuffle of the article indices, its first tenth.</summary>
    public static List<PolnearDocument> HeldOut(string trainFile)
    {
        var docs = PolnearReader.Read(trainFile).ToList();
        return HeldOutOrder(docs.Count).Select(i => docs[i]).ToList();
    }

    /// <summary>The held-out article indices in the trainer's order.</summary>
    private static int[] HeldOutOrder(int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(HeldOutSeed).Shuffle(order);
        return order.Take(Math.Max(1, count / 10)).ToArray();
    }

    private static HashSet<int> HeldOutIndices(int count) => HeldOutOrder(count).ToHashSet();

    private sealed record Doc(IReadOnlyList<Token> Tokens, IReadOnlyList<GoldAttribution> Gold, IReadOnlyList<Quote> Quotes, IReadOnlyList<MergeItem?> Items);

    /// <summary>An attribution: its features and labels, its source options and the option to learn (a gold source, else none; −1 when none is offered).</summary>
    private sealed record Example(int Doc, int Quote, ulong[] Features, bool Keep, bool CueOk, IReadOnlyList<MergeOption> Options, int Gold, bool ByRules)
    {
        public bool Choice => Options.Count > 1 && Gold >= 0;
    }

    /// <summary>The decisions for each attribution (by example index): drop it, drop its cue, the source option taken (−1: unchanged).</summary>
    private sealed record Decisions(bool[] Drop, bool[] DropCue, int[] Source);

    public static PerceptronModel Train(string trainFile, AttributionTagger tagger, TextWriter log, CancellationToken ct)
    {
        if (!tagger.IsNeural) throw new InvalidOperationException("the merge filter is trained on the neural tagger's outputs; no neural model (data/models/attribution-neural.bin) was found");
        var held = HeldOut(trainFile);
        // the cue and source rankers retrained without the held-out articles (as AttributionTraining trains the committed
        // ones, on the other 90%), so that on the held-out articles they are as good as on unseen text
        var all = AttributionTraining.Load(trainFile, ct);
        var heldIndex = HeldOutIndices(all.Count);
        var rest = Enumerable.Range(0, all.Count).Where(i => !heldIndex.Contains(i)).Select(i => all[i]).ToList();
        log.WriteLine($"merge filter: retraining the cue and source rankers on the other {rest.Count} train articles");
        var rankers = new MergeRankers(new CueRanker(AttributionTraining.TrainCueRanker(rest)), new SourceRanker(AttributionTraining.TrainSourceRanker(rest)));
        var recorder = new MergeRecorder();
        var pipeline = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(new AttributionStage(tagger, filter: null, recorder, rankers: rankers)).Build();
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
                bool cueOk = q.Cue is { } c && cues.Contains(c);
                bool keep = cueOk || (q.Source is { } s && sources.Contains(s));
                int gold = -1;
                for (int o = 0; o < item.Options.Count && gold < 0; o++) if (item.Options[o].Source is { } os && sources.Contains(os)) gold = o;
                for (int o = 0; o < item.Options.Count && gold < 0; o++) if (item.Options[o].Source is null) gold = o;
                examples.Add(new Example(di, qi, item.Features, keep, cueOk, item.Options, gold, item.ByRules));
            }
        }
        int n = examples.Count;
        log.WriteLine($"merge filter: {docs.Count} held-out train articles, {n} attributions judged ({examples.Count(e => e.Keep)} with a gold cue or source, {examples.Count(e => e.CueOk)} with a gold cue, {examples.Count(e => e.Choice)} with a choice of source)");
        var unchanged = new Decisions(new bool[n], new bool[n], Enumerable.Repeat(-1, n).ToArray());
        log.WriteLine($"merge filter: held-out stage without the filter: {Describe(Evaluate(docs, examples, unchanged))}");
        log.WriteLine($"merge filter: with the best source option of each attribution (an upper bound): {Describe(Evaluate(docs, examples, unchanged with { Source = examples.Select(e => e.Gold).ToArray() }))}");
        var none = examples.Select(e => e.Options.Select((o, i) => (o, i)).FirstOrDefault(x => x.o.Source is null, (null!, -1)).Item2).ToArray();
        float bestLambda = Lambdas[0], bestKeep = 0, bestSource = 0, bestCue = 0;
        Scores? best = null;
        foreach (var lambda in Lambdas)
        {
            var pKeep = new float[n]; var pCue = new float[n]; var pick = new int[n]; var pickP = new float[n];
            for (int fold = 0; fold < Folds; fold++)
            {
                var w = Fit(examples.Where(e => e.Doc % Folds != fold).ToList(), lambda);
                for (int i = 0; i < n; i++)
                {
                    if (examples[i].Doc % Folds != fold) continue;
                    pKeep[i] = Prob(w, examples[i].Features, MergeFilter.KeepHead);
                    pCue[i] = Prob(w, examples[i].Features, MergeFilter.CueHead);
                    (pick[i], pickP[i]) = Best(w, examples[i].Options);
                }
            }
            Scores? lbest = null; float lk = 0, ls = 0, lc = 0;
            foreach (var tk in Thresholds)
                foreach (var ts in Thresholds)
                    foreach (var tc in Thresholds)
                    {
                        var dec = Decide(examples, none, pKeep, pCue, pick, pickP, tk, ts, tc);
                        var s = Evaluate(docs, examples, dec);
                        if (lbest is null || s.Objective > lbest.Objective + 1e-9) { lbest = s; lk = tk; ls = ts; lc = tc; }
                    }
            log.WriteLine($"merge filter: L2 {lambda:0.#####}: cross-validated AUC keep {Auc(examples, pKeep, e => e.Keep):0.000}, cue {Auc(examples, pCue, e => e.CueOk):0.000}; best thresholds keep {lk:0.0}, source {ls:0.0}, cue {lc:0.0}: {Describe(lbest!)}");
            if (best is null || lbest!.Objective > best.Objective + 1e-9) { best = lbest; bestLambda = lambda; bestKeep = lk; bestSource = ls; bestCue = lc; }
        }
        log.WriteLine($"merge filter: chosen L2 {bestLambda:0.#####}, thresholds keep {bestKeep:0.0}, source {bestSource:0.0}, cue {bestCue:0.0}; cross-validated held-out stage: {Describe(best!)}");
        var final = Fit(examples, bestLambda);
        var rows = new Dictionary<ulong, int>();
        var weights = new List<float>();
        foreach (var (h, v) in final.OrderBy(x => x.Key))
        {
            if (v.All(x => x == 0)) continue;
            rows[h] = rows.Count;
            weights.AddRange(v);
        }
        rows[MergeFilter.ThresholdFeature] = rows.Count;
        var th = new float[MergeFilter.Heads];
        th[MergeFilter.KeepHead] = -Logit(bestKeep);
        th[MergeFilter.SourceHead] = bestSource;
        th[MergeFilter.CueHead] = -Logit(bestCue);
        weights.AddRange(th);
        return new PerceptronModel(rows, weights.ToArray(), MergeFilter.Heads,
            $"merge filter, logistic and softmax, {Epochs} epochs, L2 {bestLambda}, thresholds keep {bestKeep} source {bestSource} cue {bestCue}, {n} examples");
    }

    private static Decisions Decide(List<Example> examples, int[] none, float[] pKeep, float[] pCue, int[] pick, float[] pickP, float tk, float ts, float tc)
    {
        int n = examples.Count;
        var d = new Decisions(new bool[n], new bool[n], new int[n]);
        for (int i = 0; i < n; i++)
        {
            d.Drop[i] = tk > 0 && !examples[i].ByRules && pKeep[i] < tk; // as at run time: only the tagger's additions are judged whole
            d.DropCue[i] = tc > 0 && !examples[i].ByRules && pCue[i] < tc;
            // as MergeFilter at run time: the best option with a source when its probability reaches the threshold, else none (when offered)
            d.Source[i] = examples[i].Options.Count < 2 ? -1 : pick[i] >= 0 && (pickP[i] >= ts || none[i] < 0) ? pick[i] : none[i];
        }
        return d;
    }

    /// <summary>−logit of a threshold is added to a score; threshold 0 (never drop) is a large positive constant.</summary>
    private static float Logit(float t) => t <= 0 ? -100f : MathF.Log(t / (1 - t));

    private static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));

    /// <summary>The area under the ROC curve of out-of-fold probabilities (ties counted half).</summary>
    private static double Auc(List<Example> examples, float[] p, Func<Example, bool> label)
    {
        var pos = new List<float>(); var neg = new List<float>();
        for (int i = 0; i < examples.Count; i++) (label(examples[i]) ? pos : neg).Add(p[i]);
        pos.Sort(); neg.Sort();
        double s = 0;
        int lo = 0, hi = 0;
        foreach (var a in pos)
        {
            while (lo < neg.Count && neg[lo] < a) lo++;
            hi = Math.Max(hi, lo);
            while (hi < neg.Count && neg[hi] <= a) hi++;
            s += lo + (hi - lo) * 0.5;
        }
        return pos.Count * neg.Count == 0 ? 0.5 : s / (pos.Count * (double)neg.Count);
    }

    /// <summary>The best option with a source and its softmax probability (−1, 0 when no option has a source).</summary>
    private static (int, float) Best(Dictionary<ulong, float[]> w, IReadOnlyList<MergeOption> options)
    {
        var scores = new float[options.Count];
        for (int i = 0; i < options.Count; i++)
            foreach (var h in options[i].Features) if (w.TryGetValue(h, out var v)) scores[i] += v[MergeFilter.SourceHead];
        int best = MergeFilter.BestSource(options.Select(o => o.Source).ToList(), scores, out float p);
        return (best, p);
    }

    private static float Prob(Dictionary<ulong, float[]> w, ulong[] f, int head)
    {
        float s = 0;
        foreach (var h in f) if (w.TryGetValue(h, out var v)) s += v[head];
        return Sigmoid(s);
    }

    /// <summary>The keep and cue heads (logistic) and the option scores (softmax), by SGD in a seeded order (deterministic); L2 on the features of each example.</summary>
    private static Dictionary<ulong, float[]> Fit(List<Example> examples, float lambda)
    {
        var w = new Dictionary<ulong, float[]>();
        foreach (var e in examples)
        {
            foreach (var h in e.Features) if (!w.ContainsKey(h)) w[h] = new float[MergeFilter.Heads];
            foreach (var o in e.Options) foreach (var h in o.Features) if (!w.ContainsKey(h)) w[h] = new float[MergeFilter.Heads];
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
                foreach (var head in new[] { MergeFilter.KeepHead, MergeFilter.CueHead })
                {
                    float s = 0;
                    foreach (var h in e.Features) s += w[h][head];
                    float g = Sigmoid(s) - ((head == MergeFilter.KeepHead ? e.Keep : e.CueOk) ? 1 : 0);
                    foreach (var h in e.Features) { var v = w[h]; v[head] -= lr * (g + lambda * v[head]); }
                }
                if (!e.Choice) continue;
                // softmax over the options: gradient p(option) − [option is the one to learn]
                int n = Math.Min(e.Options.Count, scores.Length);
                float max = float.NegativeInfinity;
                for (int o = 0; o < n; o++)
                {
                    float t = 0;
                    foreach (var h in e.Options[o].Features) t += w[h][MergeFilter.SourceHead];
                    scores[o] = t; max = Math.Max(max, t);
                }
                float z = 0;
                for (int o = 0; o < n; o++) { scores[o] = MathF.Exp(scores[o] - max); z += scores[o]; }
                for (int o = 0; o < n; o++)
                {
                    float go = scores[o] / z - (o == e.Gold ? 1 : 0);
                    foreach (var h in e.Options[o].Features) { var v = w[h]; v[MergeFilter.SourceHead] -= lr * (go + lambda * v[MergeFilter.SourceHead]); }
                }
            }
        }
        return w;
    }

    private sealed record Scores(double Source, double Cue, double Content, double ContentOverlap, double SourceP, double SourceR, double CueP, double CueR)
    {
        public double Objective => Source + Cue + ContentOverlap;
    }

    private static string Describe(Scores s) =>
        $"source F1 {s.Source:0.0000} (P {s.SourceP:0.000} R {s.SourceR:0.000}), cue F1 {s.Cue:0.0000} (P {s.CueP:0.000} R {s.CueR:0.000}), content F1 {s.Content:0.0000}, content overlap F1 {s.ContentOverlap:0.0000}";

    /// <summary>The whole stage's scores on the held-out articles with the given decisions.</summary>
    private static Scores Evaluate(List<Doc> docs, List<Example> examples, Decisions dec)
    {
        var byQuote = new Dictionary<(int, int), int>();
        for (int i = 0; i < examples.Count; i++) byQuote[(examples[i].Doc, examples[i].Quote)] = i;
        var scorer = new AttributionScorer();
        for (int di = 0; di < docs.Count; di++)
        {
            var d = docs[di];
            var kept = new List<Quote>();
            for (int qi = 0; qi < d.Quotes.Count; qi++)
            {
                var q = d.Quotes[qi];
                if (!byQuote.TryGetValue((di, qi), out var i)) { kept.Add(q); continue; }
                if (dec.Drop[i]) continue;
                var src = dec.Source[i] >= 0 ? examples[i].Options[dec.Source[i]].Source : q.Source;
                var cue = dec.DropCue[i] ? null : q.Cue;
                kept.Add(src == q.Source && cue == q.Cue ? q : new Quote { Id = q.Id, Kind = q.Kind, Source = src, Cue = cue, CueLemma = cue is null ? null : q.CueLemma, Content = q.Content });
            }
            scorer.Add(d.Tokens, d.Gold, AttributionScorer.FromQuotes(kept));
        }
        var sc = scorer.Exact("source"); var cc = scorer.Exact("cue");
        return new Scores(sc.F1, cc.F1, scorer.Exact("content").F1, scorer.Overlap("content").F1, sc.Precision, sc.Recall, cc.Precision, cc.Recall);
    }
}
