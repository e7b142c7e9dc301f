namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Nlp.Entities;

/// <summary>
/// Trains <see cref="CueRanker"/>: every cue the rules or the (cross-fitted) tagger found that overlaps a gold cue is an
/// example whose answer is the gold extent (skipped when the gold extent is not a candidate); averaged perceptron,
/// deterministic for a given seed and document order.
/// </summary>
public sealed class CueRankerTrainer
{
    private readonly AveragedWeights _weights = new();

    public PerceptronModel Train(IReadOnlyList<AttributionTrainingDocument> docs, IReadOnlyList<SourceContext> contexts, int epochs, int seed, TextWriter? log = null)
    {
        var examples = new List<(int Doc, TokenRange Anchor, TokenRange Gold)>();
        int skipped = 0;
        for (int d = 0; d < docs.Count; d++)
        {
            var cx = contexts[d];
            var anchors = cx.RuleCueSpans.Union(cx.TagCueSpans).Order().Select(x => new TokenRange((int)(x >> 32), (int)(x & 0xffffffff))).ToList();
            foreach (var a in anchors)
            {
                var gold = docs[d].Links.Select(l => new TokenRange(l.CueFirst, l.CueLast)).FirstOrDefault(g => g.First <= a.Last && a.First <= g.Last, new TokenRange(-1, -1));
                if (gold.First < 0) continue;
                if (CueRanker.Candidates(cx, a.First, a.Last).Contains(gold)) examples.Add((d, a, gold));
                else skipped++;
            }
        }
        log?.WriteLine($"cue ranker: {examples.Count} found cues over a gold cue ({examples.Count(e => e.Anchor == e.Gold)} already exact), {skipped} skipped (gold extent not a candidate)");
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var rng = new Random(seed);
        Span<ulong> f = stackalloc ulong[CueRanker.MaxFeatures];
        Span<ulong> gf = stackalloc ulong[CueRanker.MaxFeatures];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0;
            foreach (var ei in order)
            {
                var (d, a, gold) = examples[ei];
                var cx = contexts[d];
                _weights.Tick();
                float best = float.NegativeInfinity;
                var pick = a;
                foreach (var c in CueRanker.Candidates(cx, a.First, a.Last))
                {
                    int k = CueRanker.Features(cx, a.First, a.Last, c.First, c.Last, f);
                    float s = _weights.Score(f[..k]);
                    if (s > best) { best = s; pick = c; }
                }
                if (pick == gold) continue;
                errors++;
                int kg = CueRanker.Features(cx, a.First, a.Last, gold.First, gold.Last, gf);
                _weights.Add(gf[..kg], 1f);
                int kp = CueRanker.Features(cx, a.First, a.Last, pick.First, pick.Last, f);
                _weights.Add(f[..kp], -1f);
            }
            log?.WriteLine($"cue ranker epoch {epoch + 1}/{epochs}: accuracy {1 - (double)errors / Math.Max(1, examples.Count):0.0000}, features {_weights.Count}");
        }
        return _weights.ToModel($"cue ranker, averaged perceptron, {epochs} epochs, seed {seed}");
    }
}
