namespace Wirecheck.Eval.Attribution;

using Wirecheck.Core.Model;
using Wirecheck.Eval.Framework;

/// <summary>
/// Scores predicted attributions against gold per role (source, cue, content): exact-span P/R/F1 over the
/// distinct spans of each document, and token-overlap P/R/F1 over the tokens each role covers.
/// </summary>
public sealed class AttributionScorer
{
    public static readonly string[] Roles = ["source", "cue", "content"];
    private readonly Dictionary<string, PrfCounts> _exact = Roles.ToDictionary(r => r, _ => new PrfCounts());
    private readonly Dictionary<string, PrfCounts> _overlap = Roles.ToDictionary(r => r, _ => new PrfCounts());

    private readonly Dictionary<string, ErrorCounts> _errors = Roles.ToDictionary(r => r, _ => new ErrorCounts());

    public PrfCounts Exact(string role) => _exact[role];

    /// <summary>Exact-match errors of a role split into missed, spurious and boundary (overlapping but not equal) spans.</summary>
    public ErrorCounts Errors(string role) => _errors[role];
    public PrfCounts Overlap(string role) => _overlap[role];

    /// <summary>Direct quotations whose cue matches a gold cue, and how many of them name the gold source words.</summary>
    public int DirectMatched { get; private set; }
    public int DirectSourceCorrect { get; private set; }

    public void Add(IReadOnlyList<Token> tokens, IReadOnlyList<GoldAttribution> gold, IReadOnlyList<GoldAttribution> predicted)
    {
        foreach (var p in predicted)
        {
            if (!p.Direct || p.Cue is null) continue;
            var g = gold.FirstOrDefault(x => x.Cue == p.Cue);
            if (g is null || g.Source is null) continue;
            DirectMatched++;
            if (g.Source == p.Source) DirectSourceCorrect++;
        }
        foreach (var role in Roles)
        {
            var g = Spans(gold, role);
            var p = Spans(predicted, role);
            int tp = g.Count(p.Contains);
            var err = _errors[role];
            foreach (var s in g) if (!p.Contains(s)) { if (p.Any(x => x.Start < s.End && s.Start < x.End)) err.BoundaryGold++; else err.Missed++; }
            foreach (var s in p) if (!g.Contains(s)) { if (g.Any(x => x.Start < s.End && s.Start < x.End)) err.BoundaryPredicted++; else err.Spurious++; }
            _exact[role].Tp += tp; _exact[role].Fp += p.Count - tp; _exact[role].Fn += g.Count - tp;
            var gt = Covered(tokens, g);
            var pt = Covered(tokens, p);
            int otp = gt.Count(pt.Contains);
            _overlap[role].Tp += otp; _overlap[role].Fp += pt.Count - otp; _overlap[role].Fn += gt.Count - otp;
        }
    }

    private static HashSet<TextSpan> Spans(IReadOnlyList<GoldAttribution> list, string role)
    {
        var set = new HashSet<TextSpan>();
        foreach (var a in list)
        {
            var s = role switch { "source" => a.Source, "cue" => a.Cue, _ => a.Content };
            if (s is { } span) set.Add(span);
        }
        return set;
    }

    /// <summary>Indices of tokens that lie inside any of the spans.</summary>
    private static HashSet<int> Covered(IReadOnlyList<Token> tokens, HashSet<TextSpan> spans)
    {
        var set = new HashSet<int>();
        foreach (var s in spans)
        {
            int lo = 0, hi = tokens.Count;
            while (lo < hi) { int mid = (lo + hi) >> 1; if (tokens[mid].Start < s.Start) lo = mid + 1; else hi = mid; }
            for (int i = lo; i < tokens.Count && tokens[i].Start < s.End; i++)
                if (tokens[i].End <= s.End) set.Add(i);
        }
        return set;
    }

    /// <summary>Predicted attributions from quotes: partial quotes left out, pieces that share a cue merged to one extent.</summary>
    public static List<GoldAttribution> FromQuotes(IEnumerable<Quote> quotes)
    {
        var result = new List<GoldAttribution>();
        var byCue = new Dictionary<TextSpan, int>();
        foreach (var q in quotes)
        {
            if (q.Kind == QuoteKind.Partial || (q.Cue is null && q.Source is null)) continue;
            if (q.Cue is { } cue && byCue.TryGetValue(cue, out int i))
            {
                var a = result[i];
                var c = new TextSpan(Math.Min(a.Content!.Value.Start, q.Content.Start), Math.Max(a.Content.Value.End, q.Content.End));
                result[i] = a with { Content = c, Source = a.Source ?? q.Source };
                continue;
            }
            if (q.Cue is { } c2) byCue[c2] = result.Count;
            result.Add(new GoldAttribution(q.Source, q.Cue, q.Content) { Direct = q.Kind == QuoteKind.Direct });
        }
        return result;
    }
}
