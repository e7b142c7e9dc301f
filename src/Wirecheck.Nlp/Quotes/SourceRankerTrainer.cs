namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Nlp.Entities;

/// <summary>
/// Trains <see cref="SourceRanker"/>: an averaged perceptron over the candidates of each gold cue (the gold source
/// span, or "no source" when the attribution has none; a cue whose source is not among the candidates is skipped),
/// deterministic for a given seed and document order.
/// </summary>
public sealed class SourceRankerTrainer
{
    private readonly Dictionary<ulong, int> _rows = new();
    private float[] _w = new float[1 << 16];
    private float[] _total = new float[1 << 16];
    private int[] _stamp = new int[1 << 16];
    private int _clock;

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
                _clock++;
                int k = SourceRanker.NullFeatures(cx, l.CueFirst, l.CueLast, f);
                float best = Score(f[..k]);
                var pick = new TokenRange(-1, -1);
                foreach (var c in SourceRanker.Candidates(cx, l.CueFirst, l.CueLast))
                {
                    k = SourceRanker.Features(cx, l.CueFirst, l.CueLast, c.First, c.Last, f);
                    float s = Score(f[..k]);
                    if (s > best) { best = s; pick = c; }
                }
                var gold = new TokenRange(l.SourceFirst, l.SourceLast);
                if (pick == gold) continue;
                errors++;
                int kg = gold.First < 0 ? SourceRanker.NullFeatures(cx, l.CueFirst, l.CueLast, gf) : SourceRanker.Features(cx, l.CueFirst, l.CueLast, gold.First, gold.Last, gf);
                for (int j = 0; j < kg; j++) Update(Row(gf[j]), 1f);
                int kp = pick.First < 0 ? SourceRanker.NullFeatures(cx, l.CueFirst, l.CueLast, f) : SourceRanker.Features(cx, l.CueFirst, l.CueLast, pick.First, pick.Last, f);
                for (int j = 0; j < kp; j++) Update(Row(f[j]), -1f);
            }
            log?.WriteLine($"source ranker epoch {epoch + 1}/{epochs}: accuracy {1 - (double)errors / Math.Max(1, examples.Count):0.0000}, features {_rows.Count}");
        }
        var rows = new Dictionary<ulong, int>();
        var kept = new List<float>();
        foreach (var (h, row) in _rows.OrderBy(x => x.Key))
        {
            float avg = (_total[row] + (_clock - _stamp[row]) * _w[row]) / _clock;
            if (avg == 0) continue;
            rows[h] = rows.Count;
            kept.Add(avg);
        }
        return new PerceptronModel(rows, kept.ToArray(), 1, $"source ranker, averaged perceptron, {epochs} epochs, seed {seed}, {rows.Count} hashed features");
    }

    private float Score(ReadOnlySpan<ulong> features)
    {
        float s = 0;
        foreach (var h in features) if (_rows.TryGetValue(h, out var r)) s += _w[r];
        return s;
    }

    private int Row(ulong h)
    {
        if (_rows.TryGetValue(h, out var row)) return row;
        row = _rows.Count;
        _rows[h] = row;
        if (row >= _w.Length)
        {
            int size = _w.Length * 2;
            Array.Resize(ref _w, size); Array.Resize(ref _total, size); Array.Resize(ref _stamp, size);
        }
        return row;
    }

    private void Update(int index, float delta)
    {
        _total[index] += (_clock - _stamp[index]) * _w[index];
        _stamp[index] = _clock;
        _w[index] += delta;
    }
}
