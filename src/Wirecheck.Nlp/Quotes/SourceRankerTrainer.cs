namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Nlp.Entities;

/// <summary>
/// Trains <see cref="SourceRanker"/>: an averaged perceptron over the candidates of each gold cue (the gold source
/// span, or "no source" when the attribution has none; a cue whose source is not among the candidates is skipped),
/// deterministic for a given seed and document order.
/// </summary>
public sealed class SourceRankerTrainer
{
    private readonly AveragedWeights _weights = new();

    /// <param name="tags">Per document, the tag sequence of a tagger that did not see it (cross-fitted), so the ranker learns how far to trust a tagger on unseen text; null for none.</param>
    public PerceptronModel Train(IReadOnlyList<AttributionTrainingDocument> docs, CueLexicon lexicon, int epochs, int seed, IReadOnlyList<int[]>? tags = null, TextWriter? log = null)
    {
        var contexts = docs.Select((d, i) => new SourceContext(d.Article, lexicon, d.Rules, tags?[i])).ToArray();
        var examples = new List<(int Doc, SourceLink Link)>();
        int skipped = 0;
        for (int d = 0; d < docs.Count; d++)
            foreach (var l in docs[d].Links)
            {
                if (l.SourceFirst < 0 || SourceRanker.Candidates(contexts[d], l.CueFirst, l.CueLast).Contains(new TokenRange(l.SourceFirst, l.SourceLast))) examples.Add((d, l));
                else skipped++;
            }
        log?.WriteLine($"source ranker: {examples.Count} cues ({examples.Count(e => e.Link.SourceFirst < 0)} without a source), {skipped} skipped (source not a candidate)");
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var rng = new Random(seed);
        Span<ulong> f = stackalloc ulong[SourceRanker.MaxFeatures];
        Span<ulong> gf = stackalloc ulong[SourceRanker.MaxFeatures];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0;
            foreach (var ei in order)
            {
                var (d, l) = examples[ei];
                var cx = contexts[d];
                _weights.Tick();
                int k = SourceRanker.NullFeatures(cx, l.CueFirst, l.CueLast, f);
                float best = _weights.Score(f[..k]);
                var pick = new TokenRange(-1, -1);
                foreach (var c in SourceRanker.Candidates(cx, l.CueFirst, l.CueLast))
                {
                    k = SourceRanker.Features(cx, l.CueFirst, l.CueLast, c.First, c.Last, f);
                    float s = _weights.Score(f[..k]);
                    if (s > best) { best = s; pick = c; }
                }
                var gold = new TokenRange(l.SourceFirst, l.SourceLast);
                if (pick == gold) continue;
                errors++;
                int kg = gold.First < 0 ? SourceRanker.NullFeatures(cx, l.CueFirst, l.CueLast, gf) : SourceRanker.Features(cx, l.CueFirst, l.CueLast, gold.First, gold.Last, gf);
                _weights.Add(gf[..kg], 1f);
                int kp = pick.First < 0 ? SourceRanker.NullFeatures(cx, l.CueFirst, l.CueLast, f) : SourceRanker.Features(cx, l.CueFirst, l.CueLast, pick.First, pick.Last, f);
                _weights.Add(f[..kp], -1f);
            }
            log?.WriteLine($"source ranker epoch {epoch + 1}/{epochs}: accuracy {1 - (double)errors / Math.Max(1, examples.Count):0.0000}, features {_weights.Count}");
        }
        return _weights.ToModel($"source ranker, averaged perceptron, {epochs} epochs, seed {seed}");
    }
}
