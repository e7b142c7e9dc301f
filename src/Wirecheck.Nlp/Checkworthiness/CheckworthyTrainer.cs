namespace Wirecheck.Nlp.Checkworthiness;

/// <summary>Settings of one training run; the defaults are the committed model's.</summary>
public sealed record CheckworthyTrainingOptions
{
    public int Seed { get; init; } = 13;
    public int Epochs { get; init; } = 1;
    public double LearningRate { get; init; } = 0.2;
    public double L2 { get; init; } = 1e-6;
    /// <summary>Features seen fewer times than this in the training data are dropped.</summary>
    public int MinCount { get; init; } = 2;
    /// <summary>Weights kept in the file: the largest in magnitude.</summary>
    public int MaxFeatures { get; init; } = 12000;
    /// <summary>Share of the training data held out to choose the decision threshold.</summary>
    public double HoldOut { get; init; } = 0.1;
}

/// <summary>
/// Trains <see cref="CheckworthyModel"/>: logistic regression by AdaGrad over shuffled epochs (fixed seed),
/// threshold chosen for positive-class F1 on a held-out tenth of the training data, then retrained on all
/// of it. Deterministic for a given seed and data.
/// </summary>
public static class CheckworthyTrainer
{
    public static CheckworthyModel Train(IReadOnlyList<CheckworthyExample> data, CheckworthyTrainingOptions o, TextWriter? log = null)
    {
        var rng = new Random(o.Seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        rng.Shuffle(order);
        int hold = (int)(data.Count * o.HoldOut);
        var heldOut = order.Take(hold).Select(i => data[i]).ToList();
        var fit = order.Skip(hold).Select(i => data[i]).ToList();

        var first = Fit(fit, o, new Random(o.Seed + 1));
        var scores = heldOut.Select(e => (Score: first.Score(e.Text), e.Label)).ToList();
        double bestT = 0.5, bestF = -1;
        for (double t = 0.05; t <= 0.95; t += 0.01)
        {
            double tp = scores.Count(s => s.Score >= t && s.Label), fp = scores.Count(s => s.Score >= t && !s.Label), fn = scores.Count(s => s.Score < t && s.Label);
            double f = tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
            if (f > bestF) { bestF = f; bestT = t; }
        }
        log?.WriteLine($"held-out ({heldOut.Count} sentences): best positive F1 {bestF:0.0000} at threshold {bestT:0.00}");

        var model = Fit(data, o, new Random(o.Seed + 2));
        model.Threshold = Math.Round(bestT, 2);
        return model;
    }

    private static CheckworthyModel Fit(IReadOnlyList<CheckworthyExample> data, CheckworthyTrainingOptions o, Random rng)
    {
        var buffer = new List<string>(64);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<string[]>(data.Count);
        foreach (var e in data)
        {
            CheckworthyFeatures.Extract(e.Text, buffer);
            var distinct = buffer.Distinct().ToArray();
            rows.Add(distinct);
            foreach (var f in distinct) counts[f] = counts.GetValueOrDefault(f) + 1;
        }
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (f, c) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)) if (c >= o.MinCount) index[f] = index.Count;
        var x = rows.Select(r => r.Where(index.ContainsKey).Select(f => index[f]).ToArray()).ToArray();
        var w = new double[index.Count];
        var g2 = new double[index.Count];
        double bias = 0, gb = 0;
        var order = Enumerable.Range(0, data.Count).ToArray();
        for (int epoch = 0; epoch < o.Epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var i in order)
            {
                double z = bias;
                foreach (var f in x[i]) z += w[f];
                double p = 1.0 / (1.0 + Math.Exp(-z));
                double g = p - (data[i].Label ? 1 : 0);
                gb += g * g;
                bias -= o.LearningRate * g / (Math.Sqrt(gb) + 1e-8);
                foreach (var f in x[i])
                {
                    double gf = g + o.L2 * w[f];
                    g2[f] += gf * gf;
                    w[f] -= o.LearningRate * gf / (Math.Sqrt(g2[f]) + 1e-8);
                }
            }
        }
        var model = new CheckworthyModel { Bias = bias };
        var names = new string[index.Count];
        foreach (var (f, k) in index) names[k] = f;
        foreach (var k in Enumerable.Range(0, w.Length).Where(k => Math.Abs(w[k]) >= 1e-3).OrderByDescending(k => Math.Abs(w[k])).ThenBy(k => names[k], StringComparer.Ordinal).Take(o.MaxFeatures))
            model.Weights[names[k]] = Math.Round(w[k], 4);
        return model;
    }
}
