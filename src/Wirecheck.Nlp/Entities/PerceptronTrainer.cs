namespace Wirecheck.Nlp.Entities;

/// <summary>Options of <see cref="PerceptronTrainer"/>.</summary>
public sealed record PerceptronTrainingOptions
{
    public int Epochs { get; init; } = 12;
    public int Seed { get; init; } = 20250410;
    /// <summary>Averaged weights with a smaller magnitude than this are dropped from the saved model.</summary>
    public float PruneBelow { get; init; } = 0.01f;
    public TextWriter? Log { get; init; }
}

/// <summary>
/// Trains the greedy left-to-right averaged perceptron (Collins 2002) with lazy averaging; deterministic
/// for a given seed and corpus order.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly NerFeatures _features;
    private readonly int _tags = NerTagSet.Count;
    private readonly Dictionary<ulong, int> _rows = new();
    private float[] _w = new float[1 << 16];
    private float[] _total = new float[1 << 16];
    private int[] _stamp = new int[1 << 16];
    private int _clock;

    public PerceptronTrainer(NerFeatures features) => _features = features;

    public PerceptronModel Train(IReadOnlyList<BioSentence> corpus, PerceptronTrainingOptions options)
    {
        var order = Enumerable.Range(0, corpus.Count).ToArray();
        var docs = BuildDocuments(corpus);
        var rng = new Random(options.Seed);
        var cache = new NerFeatures.SentenceCache();
        Span<ulong> feats = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[_tags];
        var gold = new int[256];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0, total = 0;
            foreach (var si in order)
            {
                var s = corpus[si];
                int n = s.Tokens.Length;
                if (gold.Length < n) gold = new int[n * 2];
                for (int i = 0; i < n; i++) gold[i] = NerTagSet.Parse(s.Tags[i]);
                _features.Prepare(s.Tokens, cache, docs[si]);
                int p1 = -1, p2 = -2;
                for (int i = 0; i < n; i++)
                {
                    _clock++;
                    int k = _features.Extract(cache, i, p1 < 0 ? 20 : p1, p2 < 0 ? 21 : p2, feats);
                    var f = feats[..k];
                    ScoreCurrent(f, scores);
                    int guess = NerDecoder.Best(scores, p1);
                    int truth = gold[i];
                    if (guess != truth)
                    {
                        errors++;
                        foreach (var h in f)
                        {
                            int row = Row(h);
                            Update(row * _tags + truth, 1f);
                            Update(row * _tags + guess, -1f);
                        }
                    }
                    total++;
                    p2 = p1;
                    p1 = truth; // teacher forcing: condition on the gold history
                }
            }
            options.Log?.WriteLine($"epoch {epoch + 1}/{options.Epochs}: token accuracy {1 - (double)errors / Math.Max(1, total):0.0000}, features {_rows.Count}");
        }
        return Finish(options);
    }

    /// <summary>One <see cref="DocumentContext"/> per document id, shared by its sentences.</summary>
    public static DocumentContext[] BuildDocuments(IReadOnlyList<BioSentence> corpus)
    {
        var result = new DocumentContext[corpus.Count];
        int i = 0;
        while (i < corpus.Count)
        {
            int j = i;
            while (j < corpus.Count && corpus[j].DocId == corpus[i].DocId) j++;
            var ctx = DocumentContext.Build(corpus.Skip(i).Take(j - i).Select(s => (IReadOnlyList<string>)s.Tokens));
            for (int k = i; k < j; k++) result[k] = ctx;
            i = j;
        }
        return result;
    }

    private void ScoreCurrent(ReadOnlySpan<ulong> f, Span<float> scores)
    {
        scores.Clear();
        foreach (var h in f)
        {
            if (!_rows.TryGetValue(h, out var row)) continue;
            for (int k = 0; k < _tags; k++) scores[k] += _w[row * _tags + k];
        }
    }

    private int Row(ulong h)
    {
        if (_rows.TryGetValue(h, out var row)) return row;
        row = _rows.Count;
        _rows[h] = row;
        int need = (row + 1) * _tags;
        if (need > _w.Length)
        {
            int size = Math.Max(need, _w.Length * 2);
            Array.Resize(ref _w, size);
            Array.Resize(ref _total, size);
            Array.Resize(ref _stamp, size);
        }
        return row;
    }

    private void Update(int index, float delta)
    {
        _total[index] += (_clock - _stamp[index]) * _w[index];
        _stamp[index] = _clock;
        _w[index] += delta;
    }

    private PerceptronModel Finish(PerceptronTrainingOptions options)
    {
        var rows = new Dictionary<ulong, int>();
        var kept = new List<float>();
        var avg = new float[_tags];
        foreach (var (h, row) in _rows)
        {
            bool any = false;
            for (int k = 0; k < _tags; k++)
            {
                int i = row * _tags + k;
                float total = _total[i] + (_clock - _stamp[i]) * _w[i];
                avg[k] = total / _clock;
                if (Math.Abs(avg[k]) >= options.PruneBelow) any = true; else avg[k] = 0;
            }
            if (!any) continue;
            rows[h] = rows.Count;
            kept.AddRange(avg);
        }
        options.Log?.WriteLine($"kept {rows.Count} of {_rows.Count} features after pruning |w| < {options.PruneBelow}");
        return new PerceptronModel(rows, kept.ToArray(), _tags,
            $"averaged perceptron, {options.Epochs} epochs, seed {options.Seed}, {rows.Count} features");
    }
}
