namespace Wirecheck.Eval.Extraction;

using System.Globalization;
using System.Text;

/// <summary>
/// The article-extraction benchmark's metric (Zyte/Scrapinghub), re-implemented as its README describes:
/// Python-<c>\w+</c> tokens (letters, Nd/Nl/No numbers, underscore; iterated by <see cref="Rune"/>), bags of
/// 4-token shingles (one shingle for 1–3 tokens), per-page precision/recall (1 when the bags are equal),
/// corpus P and R as means over the pages where they are defined, F1 of the means, and exact-token accuracy.
/// </summary>
public static class ShingleScorer
{
    public sealed record PageScore(string Id, double? Precision, double? Recall, bool Exact, int Tp, int Fp, int Fn);

    public sealed record CorpusScore(double Precision, double Recall, double F1, double Accuracy, int Pages);

    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var sb = new StringBuilder();
        foreach (var r in text.EnumerateRunes())
        {
            if (IsWord(r)) { sb.Append(r.ToString()); continue; }
            if (sb.Length > 0) { tokens.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) tokens.Add(sb.ToString());
        return tokens;
    }

    /// <summary>Python's <c>str.isalnum() or '_'</c>: letters (L*), numbers Nd, Nl, No, underscore.</summary>
    public static bool IsWord(Rune r)
    {
        if (r.Value == '_') return true;
        var cat = Rune.GetUnicodeCategory(r);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    public static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = tokens.Count;
        if (n == 0) return bag;
        if (n <= 3) { bag[string.Join('\u0001', tokens)] = 1; return bag; }
        for (int i = 0; i + 4 <= n; i++)
        {
            var key = string.Concat(tokens[i], "\u0001", tokens[i + 1], "\u0001", tokens[i + 2], "\u0001" + tokens[i + 3]);
            bag[key] = bag.GetValueOrDefault(key) + 1;
        }
        return bag;
    }

    public static PageScore ScorePage(string id, string truth, string prediction)
    {
        var tt = Tokenize(truth);
        var pt = Tokenize(prediction);
        var T = Shingles(tt);
        var P = Shingles(pt);
        int tp = 0, fp = 0, fn = 0;
        foreach (var (s, t) in T)
        {
            int p = P.GetValueOrDefault(s);
            tp += Math.Min(t, p);
            fn += Math.Max(0, t - p);
        }
        foreach (var (s, p) in P) fp += Math.Max(0, p - T.GetValueOrDefault(s));
        double? precision = tp + fp > 0 ? (fp == 0 && fn == 0 ? 1 : (double)tp / (tp + fp)) : null;
        double? recall = tp + fn > 0 ? (fp == 0 && fn == 0 ? 1 : (double)tp / (tp + fn)) : null;
        return new PageScore(id, precision, recall, tt.SequenceEqual(pt, StringComparer.Ordinal), tp, fp, fn);
    }

    public static CorpusScore Aggregate(IReadOnlyList<PageScore> pages)
    {
        var ps = pages.Where(p => p.Precision is not null).Select(p => p.Precision!.Value).ToList();
        var rs = pages.Where(p => p.Recall is not null).Select(p => p.Recall!.Value).ToList();
        double P = ps.Count == 0 ? 0 : ps.Average();
        double R = rs.Count == 0 ? 0 : rs.Average();
        double f1 = P + R == 0 ? 0 : 2 * P * R / (P + R);
        double acc = pages.Count == 0 ? 0 : (double)pages.Count(p => p.Exact) / pages.Count;
        return new CorpusScore(P, R, f1, acc, pages.Count);
    }

    /// <summary>Bootstrap standard deviation of F1 (pages resampled with replacement, fixed seed).</summary>
    public static double BootstrapF1Sd(IReadOnlyList<PageScore> pages, int rounds = 1000, int seed = 0)
    {
        if (pages.Count == 0) return 0;
        var rng = new Random(seed);
        var values = new double[rounds];
        var sample = new PageScore[pages.Count];
        for (int r = 0; r < rounds; r++)
        {
            for (int i = 0; i < sample.Length; i++) sample[i] = pages[rng.Next(pages.Count)];
            values[r] = Aggregate(sample).F1;
        }
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (rounds - 1));
    }
}
