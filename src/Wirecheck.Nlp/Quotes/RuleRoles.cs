namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>
/// The rules' role of each token (a <see cref="RoleTags"/> B/I tag of content, source or cue, 0 outside), an input of
/// both learned taggers (<see cref="AttributionFeatures"/>, <see cref="NeuralInput"/>): content first, then source and
/// cue over it. Partial quotes and attributions with neither cue nor source are left out.
/// </summary>
internal static class RuleRoles
{
    /// <summary>Writes each token's role to <c>into[token * stride + offset]</c> (the caller has cleared those cells).</summary>
    public static void Mark(List<Token> toks, IEnumerable<Quote> ruleQuotes, Span<int> into, int stride, int offset)
    {
        foreach (var q in ruleQuotes)
        {
            if (q.Kind == QuoteKind.Partial || (q.Cue is null && q.Source is null)) continue;
            Mark(toks, q.Content, RoleTags.BContent, into, stride, offset);
            if (q.Source is { } s) Mark(toks, s, RoleTags.BSource, into, stride, offset);
            if (q.Cue is { } c) Mark(toks, c, RoleTags.BCue, into, stride, offset);
        }
    }

    private static void Mark(List<Token> toks, TextSpan span, int begin, Span<int> into, int stride, int offset)
    {
        int lo = 0, hi = toks.Count;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (toks[mid].Start < span.Start) lo = mid + 1; else hi = mid; }
        bool first = true;
        for (int i = lo; i < toks.Count && toks[i].Start < span.End; i++)
        {
            if (toks[i].End > span.End) break;
            into[i * stride + offset] = first ? begin : begin + 1;
            first = false;
        }
    }
}
