namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>
/// "I" or "we" as the source of an attribution inside someone's direct quotation ("“We ask all parties to …,” Lin
/// said") is that quotation's speaker. <see cref="SpeakerResolver"/> leaves first-person words unresolved, since
/// outside a quotation they are the writer's; this runs after it, once the quotations' speakers are known.
/// </summary>
internal static class FirstPersonSpeaker
{
    /// <summary>How many direct quotations starting before a first-person source are looked at (bounds the work on hostile input).</summary>
    private const int Reach = 64;

    public static void Fill(string text, List<Candidate> candidates)
    {
        var quotes = new List<Candidate>();
        foreach (var q in candidates) if (q.Kind == QuoteKind.Direct && q.Speaker is not null) quotes.Add(q);
        if (quotes.Count == 0) return;
        quotes.Sort((x, y) => x.Content.Start.CompareTo(y.Content.Start));
        foreach (var c in candidates)
        {
            if (c.Speaker is not null || c.Source is not { } src) continue;
            var words = text.AsSpan(src.Start, src.End - src.Start).Trim();
            if (!(words.Equals("I", StringComparison.Ordinal) || words.Equals("we", StringComparison.OrdinalIgnoreCase))) continue;
            // the direct quotations starting at or before the source, nearest first
            int lo = 0, hi = quotes.Count;
            while (lo < hi) { int mid = (lo + hi) >> 1; if (quotes[mid].Content.Start <= src.Start) lo = mid + 1; else hi = mid; }
            Candidate? owner = null;
            for (int i = lo - 1; i >= 0 && i >= lo - Reach; i--)
            {
                var q = quotes[i];
                if (ReferenceEquals(q, c) || q.Content.End < src.End) continue;
                // the innermost enclosing quotation
                if (owner is null || q.Content.End - q.Content.Start < owner.Content.End - owner.Content.Start) owner = q;
            }
            if (owner is null) continue;
            c.Speaker = owner.Speaker;
            c.Confidence = Math.Min(c.Confidence, Math.Max(0.1, owner.Confidence - 0.1));
        }
    }
}
