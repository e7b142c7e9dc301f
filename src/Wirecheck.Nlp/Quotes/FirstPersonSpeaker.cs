namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>
/// "I" or "we" as the source of an attribution inside someone's direct quotation ("“We ask all parties to …,” Lin
/// said") is that quotation's speaker. <see cref="SpeakerResolver"/> leaves first-person words unresolved, since
/// outside a quotation they are the writer's; this runs after it, once the quotations' speakers are known.
/// </summary>
internal static class FirstPersonSpeaker
{
    public static void Fill(string text, List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Speaker is not null || c.Source is not { } src) continue;
            var words = text.AsSpan(src.Start, src.End - src.Start).Trim();
            if (!(words.Equals("I", StringComparison.Ordinal) || words.Equals("we", StringComparison.OrdinalIgnoreCase))) continue;
            Candidate? owner = null;
            foreach (var q in candidates)
            {
                if (ReferenceEquals(q, c) || q.Speaker is null || q.Kind != QuoteKind.Direct) continue;
                if (q.Content.Start > src.Start || q.Content.End < src.End) continue;
                // the innermost enclosing quotation
                if (owner is null || q.Content.End - q.Content.Start < owner.Content.End - owner.Content.Start) owner = q;
            }
            if (owner is null) continue;
            c.Speaker = owner.Speaker;
            c.Confidence = Math.Min(c.Confidence, Math.Max(0.1, owner.Confidence - 0.1));
        }
    }
}
