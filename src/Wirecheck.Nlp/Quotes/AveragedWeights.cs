namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Nlp.Entities;

/// <summary>
/// The weights of a one-score averaged perceptron over hashed features while it trains (averaging by time stamps:
/// a weight's running total is brought up to date only when it changes). Shared by <see cref="CueRankerTrainer"/> and
/// <see cref="SourceRankerTrainer"/>; rows are numbered in first-use order, so training is deterministic.
/// </summary>
internal sealed class AveragedWeights
{
    private readonly Dictionary<ulong, int> _rows = new();
    private float[] _w = new float[1 << 16];
    private float[] _total = new float[1 << 16];
    private int[] _stamp = new int[1 << 16];
    private int _clock;

    /// <summary>Features seen so far.</summary>
    public int Count => _rows.Count;

    /// <summary>One example has been seen (the averaging clock).</summary>
    public void Tick() => _clock++;

    /// <summary>The current (not averaged) score of a feature set.</summary>
    public float Score(ReadOnlySpan<ulong> features)
    {
        float s = 0;
        foreach (var h in features) if (_rows.TryGetValue(h, out var r)) s += _w[r];
        return s;
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of every feature, in order.</summary>
    public void Add(ReadOnlySpan<ulong> features, float delta)
    {
        foreach (var h in features) Update(Row(h), delta);
    }

    /// <summary>The averaged weights as a one-tag <see cref="PerceptronModel"/> (features whose average is 0 are left out).</summary>
    public PerceptronModel ToModel(string description)
    {
        var rows = new Dictionary<ulong, int>();
        var kept = new List<float>();
        foreach (var (h, row) in _rows.OrderBy(x => x.Key))
        {
            float avg = (_total[row] + (_clock - _stamp[row]) * _w[row]) / _clock;
            if (avg == 0) continue;
            rows[h] = rows.Count;
            kept.Add(avg);
        }
        return new PerceptronModel(rows, kept.ToArray(), 1, description + $", {rows.Count} hashed features");
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
