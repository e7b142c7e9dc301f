namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Entities;

/// <summary>One training document for the attribution tagger: the article (tokens, sentences), its quotation marks, the rules' attributions and the gold tag of each token.</summary>
public sealed record AttributionTrainingDocument(Article Article, IReadOnlyList<QuotedSpan> Marks, IReadOnlyList<Quote> Rules, int[] Tags)
{
    /// <summary>The gold cues and their sources as token ranges (for <see cref="SourceRankerTrainer"/>).</summary>
    public IReadOnlyList<SourceLink> Links { get; init; } = [];
}

/// <summary>
/// Trains the attribution tagger: a structured averaged perceptron (Collins 2002), Viterbi-decoded sentence by
/// sentence (each sentence starts after the gold tag before it), lazy averaging; deterministic for a given seed and document order.
/// </summary>
public sealed class AttributionTrainer
{
    private readonly Dictionary<ulong, int> _rows = new();
    private float[] _w = new float[1 << 16];
    private float[] _total = new float[1 << 16];
    private int[] _stamp = new int[1 << 16];
    private int _clock;
    private readonly AttributionFeatures _fx;

    public AttributionTrainer(CueLexicon lexicon) => _fx = new AttributionFeatures(lexicon);

    public PerceptronModel Train(IReadOnlyList<AttributionTrainingDocument> docs, int epochs, int seed, float pruneBelow = 0.02f, TextWriter? log = null)
    {
        var order = Enumerable.Range(0, docs.Count).ToArray();
        var rng = new Random(seed);
        var pred = Array.Empty<int>();
        var back = new int[256 * RoleTags.Count];
        RoleScorer score = Score;
        var sf = new ulong[AttributionFeatures.MaxFeatures];
        var tf = new ulong[AttributionFeatures.MaxFeatures];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0, total = 0;
            foreach (var di in order)
            {
                var doc = docs[di];
                var fx = _fx;
                fx.Prepare(doc.Article, doc.Marks, doc.Rules);
                if (pred.Length < fx.Count) pred = new int[fx.Count];
                var gold = doc.Tags;
                int done = 0;
                foreach (var s in doc.Article.Sentences)
                {
                    int from = Math.Max(done, s.FirstToken), to = Math.Min(fx.Count, s.FirstToken + s.TokenCount);
                    if (to <= from) continue;
                    done = to;
                    int prev = from == 0 ? -1 : gold[from - 1];
                    RoleDecoder.Decode(fx, from, to, prev, score, pred, ref back);
                    _clock++;
                    for (int i = from; i < to; i++)
                    {
                        total++;
                        int g = gold[i], y = pred[i];
                        int gp = i == from ? prev : gold[i - 1], yp = i == from ? prev : pred[i - 1];
                        if (g != y) errors++;
                        if (g == y && gp == yp) continue;
                        if (g != y)
                        {
                            int k = fx.Static(i, sf);
                            for (int j = 0; j < k; j++)
                            {
                                int row = Row(sf[j]);
                                Update(row * RoleTags.Count + g, 1f);
                                Update(row * RoleTags.Count + y, -1f);
                            }
                        }
                        int kg = fx.Transition(i, gp, tf);
                        for (int j = 0; j < kg; j++) Update(Row(tf[j]) * RoleTags.Count + g, 1f);
                        int ky = fx.Transition(i, yp, tf);
                        for (int j = 0; j < ky; j++) Update(Row(tf[j]) * RoleTags.Count + y, -1f);
                    }
                }
            }
            log?.WriteLine($"epoch {epoch + 1}/{epochs}: token accuracy {1 - (double)errors / Math.Max(1, total):0.0000}, features {_rows.Count}");
        }
        var rows = new Dictionary<ulong, int>();
        var kept = new List<float>();
        var avg = new float[RoleTags.Count];
        foreach (var (h, row) in _rows.OrderBy(x => x.Key))
        {
            bool any = false;
            for (int t = 0; t < RoleTags.Count; t++)
            {
                int i = row * RoleTags.Count + t;
                avg[t] = (_total[i] + (_clock - _stamp[i]) * _w[i]) / _clock;
                if (Math.Abs(avg[t]) >= pruneBelow) any = true; else avg[t] = 0;
            }
            if (!any) continue;
            rows[h] = rows.Count;
            kept.AddRange(avg);
        }
        return new PerceptronModel(rows, kept.ToArray(), RoleTags.Count, $"averaged perceptron, {epochs} epochs, seed {seed}, {rows.Count} hashed features");
    }

    private void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..RoleTags.Count].Clear();
        foreach (var h in features)
            if (_rows.TryGetValue(h, out var r)) for (int t = 0; t < RoleTags.Count; t++) scores[t] += _w[r * RoleTags.Count + t];
    }

    private int Row(ulong h)
    {
        if (_rows.TryGetValue(h, out var row)) return row;
        row = _rows.Count;
        _rows[h] = row;
        int need = (row + 1) * RoleTags.Count;
        if (need > _w.Length)
        {
            int size = Math.Max(need, _w.Length * 2);
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
