namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>
/// Gives a sourceless attribution the source of the attribution it is coordinated with: in "China continues to
/// describe the war as a “crisis,” and maintains what it calls a “neutral” stance" the second cue follows the first
/// attribution's content after only "and" (or "but", with at most one adverb such as "also"), so both verbs share
/// the subject "China". Only the words between the first content's end and the second cue's start are read, and they
/// must be that short conjunction, so no sentence boundary or other clause can sit between them.
/// </summary>
internal static class CoordinatedSource
{
    private const int MaxGap = 24;

    public static void Fill(string text, List<Candidate> candidates)
    {
        // the possible first attributions, by the end of their content: each sourceless cue looks only at those ending
        // at most MaxGap characters before it (a binary search, so a hostile article with many attributions stays n log n)
        var firsts = new List<Candidate>();
        foreach (var p in candidates)
            if (p.Source is { } ps && p.Cue is { } pc && p.Kind != QuoteKind.Partial && ps.End <= pc.Start && pc.End <= p.Content.Start)
                firsts.Add(p);
        if (firsts.Count == 0) return;
        firsts.Sort((x, y) => x.Content.End.CompareTo(y.Content.End));
        foreach (var c in candidates)
        {
            if (c.Source is not null || c.Cue is not { } cue || c.Kind == QuoteKind.Partial) continue;
            // the last first attribution whose content ends at or before the cue: the nearest one wins
            int lo = 0, hi = firsts.Count;
            while (lo < hi) { int mid = (lo + hi) >> 1; if (firsts[mid].Content.End <= cue.Start) lo = mid + 1; else hi = mid; }
            Candidate? owner = null;
            for (int i = lo - 1; i >= 0 && cue.Start - firsts[i].Content.End <= MaxGap; i--)
            {
                var p = firsts[i];
                if (ReferenceEquals(p, c) || !IsConjunctionGap(text.AsSpan(p.Content.End, cue.Start - p.Content.End))) continue;
                owner = p;
                break;
            }
            if (owner is null) continue;
            c.Source = owner.Source;
            c.SharesSourceWith = owner;
        }
    }

    /// <summary>True for gaps such as " and ", ", and ", " but also ", "; and then ".</summary>
    internal static bool IsConjunctionGap(ReadOnlySpan<char> gap)
    {
        if (gap.Length > MaxGap) return false;
        gap = gap.Trim();
        // a closing quotation mark or comma may end the first content's words
        while (gap.Length > 0 && gap[0] is ',' or ';' or '”' or '"' or '’' or '\'') gap = gap[1..].TrimStart();
        ReadOnlySpan<char> rest;
        if (gap.StartsWith("and", StringComparison.Ordinal)) rest = gap[3..];
        else if (gap.StartsWith("but", StringComparison.Ordinal)) rest = gap[3..];
        else return false;
        if (rest.Length > 0 && !char.IsWhiteSpace(rest[0])) return false;
        rest = rest.Trim();
        if (rest.Length == 0) return true;
        // at most one adverb between the conjunction and the cue
        foreach (var ch in rest) if (!char.IsLetter(ch)) return false;
        return rest.EndsWith("ly", StringComparison.Ordinal) || rest is "also" or "then" or "later" or "still" or "now";
    }
}
