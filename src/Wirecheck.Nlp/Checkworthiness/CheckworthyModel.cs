namespace Wirecheck.Nlp.Checkworthiness;

using System.Globalization;
using Wirecheck.Core.Text;

/// <summary>
/// Logistic regression over <see cref="CheckworthyFeatures"/>: P(check-worthy) = σ(bias + Σ weights).
/// <see cref="Threshold"/> is the decision threshold chosen on held-out training data. Weights live in
/// <c>data/checkworthy/weights.tsv</c> (written by <c>wirecheck train checkworthy</c>).
/// </summary>
public sealed class CheckworthyModel
{
    public const string DefaultPath = "checkworthy/weights.tsv";
    private static readonly Lazy<CheckworthyModel?> Shared = new(() => File.Exists(DataFiles.PathOf(DefaultPath)) ? Load(DataFiles.PathOf(DefaultPath)) : null);

    /// <summary>The committed model, or null when the weights file is missing.</summary>
    public static CheckworthyModel? Default => Shared.Value;

    public Dictionary<string, double> Weights { get; } = new(StringComparer.Ordinal);
    public double Bias { get; set; }
    public double Threshold { get; set; } = 0.5;

    /// <summary>
    /// P(check-worthy) of a sentence: the same sum as <see cref="ScoreFeatures"/> over <see cref="CheckworthyFeatures.Extract"/>
    /// (same features, same order), with each feature looked up as characters instead of a new string.
    /// <paramref name="buffer"/> is no longer used (kept for callers).
    /// </summary>
    public double Score(ReadOnlySpan<char> sentence, List<string>? buffer = null)
    {
        var sink = new WeightSum(Weights.GetAlternateLookup<ReadOnlySpan<char>>(), Bias);
        CheckworthyFeatures.Generate(sentence, ref sink);
        return 1.0 / (1.0 + Math.Exp(-sink.Z));
    }

    private struct WeightSum(Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> weights, double bias) : CheckworthyFeatures.ISink
    {
        public double Z = bias;

        public void Add(ReadOnlySpan<char> feature)
        {
            if (weights.TryGetValue(feature, out var w)) Z += w;
        }
    }

    public double ScoreFeatures(List<string> features)
    {
        double z = Bias;
        foreach (var f in features) if (Weights.TryGetValue(f, out var w)) z += w;
        return 1.0 / (1.0 + Math.Exp(-z));
    }

    public static CheckworthyModel Load(string path)
    {
        var m = new CheckworthyModel();
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw[0] == '#') continue;
            int tab = raw.LastIndexOf('\t');
            if (tab <= 0) continue;
            var key = raw[..tab];
            var v = double.Parse(raw.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
            if (key == "@bias") m.Bias = v;
            else if (key == "@threshold") m.Threshold = v;
            else m.Weights[key] = v;
        }
        return m;
    }

    public void Save(string path, IEnumerable<string> header)
    {
        using var w = new StreamWriter(path);
        foreach (var h in header) w.WriteLine("# " + h);
        w.WriteLine("# feature\tweight (u: unigram, b: bigram, f: shape flag; @bias and @threshold are parameters)");
        w.WriteLine($"@bias\t{Bias.ToString("R", CultureInfo.InvariantCulture)}");
        w.WriteLine($"@threshold\t{Threshold.ToString("0.###", CultureInfo.InvariantCulture)}");
        foreach (var (k, v) in Weights.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            w.WriteLine($"{k}\t{v.ToString("0.####", CultureInfo.InvariantCulture)}");
    }
}
