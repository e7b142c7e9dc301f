namespace Wirecheck.Nlp.Entities;

/// <summary>Options of <see cref="PerceptronTrainer"/>.</summary>
public sealed record PerceptronTrainingOptions
{
    public int Epochs { get; init; } = 12;
    public int Seed { get; init; } = 20250410;
    /// <summary>Averaged weights with a smaller magnitude than this are dropped from the saved model.</summary>
    public float PruneBelow { get; init; } = 0.01f;
    public TextWriter? Log { get; init; }
    /// <summary>Scale of the updates a sentence makes (source weighting); null = 1 for all.</summary>
    public Func<BioSentence, float>? Weight { get; init; }
    /// <summary>
    /// True when the sentence's source does not mark the type (index into <see cref="NerTagSet.Types"/>): predicting
    /// that type where the sentence says <c>O</c> is then not counted as an error (no update).
    /// </summary>
    public Func<BioSentence, int, bool>? Unmarked { get; init; }
    /// <summary>Condition on the tagger's own previous tags while training (as at run time) instead of the gold ones.</summary>
    public bool PredictedHistory { get; init; }
    /// <summary>
    /// Sentences held out of training: when given, each epoch's averaged model is scored on them (exact-span F1)
    /// and the best epoch's model is returned (<see cref="PerceptronTrainer.BestEpoch"/>).
    /// </summary>
    public IReadOnlyList<BioSentence>? HeldOut { get; init; }
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
        PerceptronModel? best = null;
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0, total = 0;
            foreach (var si in order)
            {
                var s = corpus[si];
                int n = s.Tokens.Length;
                float weight = options.Weight?.Invoke(s) ?? 1f;
                if (weight <= 0) continue;
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
                    bool masked = truth == NerTagSet.Outside && guess != truth && options.Unmarked is { } um && um(s, NerTagSet.TypeOf(guess));
                    if (guess != truth && !masked)
                    {
                        errors++;
                        foreach (var h in f)
                        {
                            int row = Row(h);
                            Update(row * _tags + truth, weight);
                            Update(row * _tags + guess, -weight);
                        }
                    }
                    total++;
                    p2 = p1;
                    p1 = options.PredictedHistory ? (masked ? truth : guess) : truth; // else teacher forcing: the gold history
                }
            }
            options.Log?.WriteLine($"epoch {epoch + 1}/{options.Epochs}: token accuracy {1 - (double)errors / Math.Max(1, total):0.0000}, features {_rows.Count}");
            if (options.HeldOut is { Count: > 0 } held)
            {
                var candidate = Finish(options with { Epochs = epoch + 1 });
                double f1 = SpanF1(new NerTagger(candidate, _features), held);
                options.Log?.WriteLine($"  held-out F1 {f1:0.0000}");
                if (f1 > BestF1) { BestF1 = f1; BestEpoch = epoch + 1; best = candidate; }
            }
        }
        return best ?? Finish(options);
    }

    /// <summary>With <see cref="PerceptronTrainingOptions.HeldOut"/>: the epoch whose model scored best, and its F1.</summary>
    public int BestEpoch { get; private set; }
    public double BestF1 { get; private set; } = -1;

    /// <summary>Micro-averaged exact-span F1 of a tagger on BIO sentences.</summary>
    public static double SpanF1(NerTagger tagger, IReadOnlyList<BioSentence> sentences)
    {
        var docs = BuildDocuments(sentences);
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var gold = NerTagger.ToSpans(s.Tags.Select(NerTagSet.Parse).ToArray(), s.Tokens.Length).ToHashSet();
            var pred = tagger.Spans(s.Tokens, docs[i]);
            foreach (var p in pred) if (gold.Contains(p)) tp++; else fp++;
            fn += gold.Count - pred.Count(gold.Contains);
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
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
