namespace Wirecheck.Store.Rows;

using Wirecheck.Core.Model;

/// <summary>Derives the indexed rows from whatever layers of an <see cref="Article"/> are filled.</summary>
public static class RowBuilder
{
    public static ArticleRows Build(Article a)
    {
        var entities = new List<EntityRow>(a.Entities.Count);
        foreach (var e in a.Entities)
        {
            var first = e.Mentions.Count > 0 ? e.Mentions.MinBy(m => m.Start) : null;
            var aliases = new List<string>();
            foreach (var alias in e.Aliases) AddDistinct(aliases, alias, e.Name);
            foreach (var m in e.Mentions)
                if (m.End > m.Start && m.End <= a.Text.Length && LooksLikeName(a.Text.AsSpan(m.Start, m.End - m.Start)))
                    AddDistinct(aliases, a.Covered(m.Start, m.End), e.Name);
            entities.Add(new EntityRow(e.Id, e.Type.ToString(), e.Name, aliases, e.Titles.ToList(), e.Country,
                e.Geo?.GeonameId, e.Geo?.Lat, e.Geo?.Lon, e.Mentions.Count, first?.Start, first?.End));
        }

        var quotes = new List<QuoteRow>(a.Quotes.Count);
        foreach (var q in a.Quotes)
        {
            string? sourceText = q.Source is { } s ? Safe(a, s) : null;
            string? speaker = a.FindEntity(q.Speaker)?.Name ?? sourceText;
            quotes.Add(new QuoteRow(q.Id, Quote.KindName(q.Kind), q.Speaker, speaker, sourceText,
                q.Cue is { } c ? Safe(a, c) : null, q.CueLemma, Safe(a, q.Content), q.Content.Start, q.Content.End, q.Confidence));
        }

        var claims = new List<ClaimRow>(a.Claims.Count);
        foreach (var c in a.Claims)
        {
            var q = c.Quantity;
            var quote = a.FindQuote(c.AttributedTo);
            string? speaker = quote is null ? null : a.FindEntity(quote.Speaker)?.Name ?? (quote.Source is { } src ? Safe(a, src) : null);
            string? place = a.FindEntity(c.Place)?.Name ?? c.Place;
            claims.Add(new ClaimRow(c.Id, Safe(a, c.Span), c.Span.Start, c.Span.End,
                c.QuantitySpan is { } qs ? Safe(a, qs) : null,
                Finite(q.Value), Finite(q.Min), Finite(q.Max), q.MinInclusive, q.MaxInclusive, q.Hedge, q.Approximate, q.Unit,
                c.Object, c.Predicate, c.Time?.From, c.Time?.To, place, c.AttributedTo, speaker));
        }

        var events = new List<EventRow>(a.Events.Count);
        foreach (var v in a.Events)
        {
            events.Add(new EventRow(v.Id, v.Type, v.Mode, Safe(a, v.Trigger), v.Trigger.Start, v.Trigger.End,
                v.Actors.Select(x => a.FindEntity(x)?.Name ?? x).ToList(),
                v.Recipients.Select(x => a.FindEntity(x)?.Name ?? x).ToList(),
                a.FindEntity(v.Location)?.Name ?? v.Location, v.Date, v.Negated, v.Hypothetical, v.Future, v.AttributedTo));
        }
        return new ArticleRows(entities, quotes, claims, events);
    }

    private static double? Finite(double? d) => d is { } x && double.IsFinite(x) ? x : null;

    private static string Safe(Article a, TextSpan s)
    {
        int start = Math.Clamp(s.Start, 0, a.Text.Length), end = Math.Clamp(s.End, start, a.Text.Length);
        return a.Text.Substring(start, end - start);
    }

    /// <summary>A mention that starts with a capital letter and is not a pronoun is a name variant worth keeping.</summary>
    private static bool LooksLikeName(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || s.Length > 80 || !char.IsUpper(s[0])) return false;
        foreach (var p in Pronouns) if (s.Equals(p, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    private static readonly string[] Pronouns = { "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "us", "our", "i", "you" };

    private static void AddDistinct(List<string> list, string alias, string name)
    {
        alias = alias.Trim();
        if (alias.Length == 0 || alias.Equals(name, StringComparison.Ordinal)) return;
        foreach (var x in list) if (x.Equals(alias, StringComparison.Ordinal)) return;
        list.Add(alias);
    }
}
