namespace Wirecheck.Store.Db;

using System.Data.Common;
using Wirecheck.Store.Rows;

/// <summary>Inserts an article's derived rows inside the caller's transaction.</summary>
internal sealed class RowWriter(DbConnection c, DbTransaction tx)
{
    public void Insert(long articleId, ArticleRows rows)
    {
        foreach (var e in rows.Entities)
            c.Exec("""
                INSERT INTO entities (article_id, local_id, type, name, aliases, titles, country, geonameid, lat, lon, mention_count, first_start, first_end)
                VALUES (@a, @l, @t, @n, @al, @ti, @c, @g, @lat, @lon, @m, @fs, @fe)
                """, tx, ("@a", articleId), ("@l", e.LocalId), ("@t", e.Type), ("@n", e.Name), ("@al", Join(e.Aliases)), ("@ti", Join(e.Titles)),
                ("@c", e.Country), ("@g", e.GeonameId), ("@lat", e.Lat), ("@lon", e.Lon), ("@m", e.MentionCount), ("@fs", e.FirstStart), ("@fe", e.FirstEnd));
        foreach (var q in rows.Quotes)
            c.Exec("""
                INSERT INTO quotes (article_id, local_id, kind, speaker_local, speaker_name, source_text, cue, cue_lemma, content, content_start, content_end, confidence)
                VALUES (@a, @l, @k, @sl, @sn, @st, @cu, @cl, @co, @cs, @ce, @cf)
                """, tx, ("@a", articleId), ("@l", q.LocalId), ("@k", q.Kind), ("@sl", q.SpeakerLocal), ("@sn", q.SpeakerName), ("@st", q.SourceText),
                ("@cu", q.Cue), ("@cl", q.CueLemma), ("@co", q.Content), ("@cs", q.ContentStart), ("@ce", q.ContentEnd), ("@cf", q.Confidence));
        foreach (var k in rows.Claims)
            c.Exec("""
                INSERT INTO claims (article_id, local_id, text, span_start, span_end, quantity_text, value, qmin, qmax, min_inclusive, max_inclusive,
                                    hedge, approximate, unit, object, predicate, time_from, time_to, place_name, attributed_quote, speaker_name)
                VALUES (@a, @l, @tx, @ss, @se, @qt, @v, @mn, @mx, @mi, @ma, @h, @ap, @u, @o, @p, @tf, @tt, @pl, @aq, @sp)
                """, tx, ("@a", articleId), ("@l", k.LocalId), ("@tx", k.Text), ("@ss", k.SpanStart), ("@se", k.SpanEnd), ("@qt", k.QuantityText),
                ("@v", k.Value), ("@mn", k.Min), ("@mx", k.Max), ("@mi", k.MinInclusive ? 1 : 0), ("@ma", k.MaxInclusive ? 1 : 0), ("@h", k.Hedge),
                ("@ap", k.Approximate ? 1 : 0), ("@u", k.Unit), ("@o", k.Object), ("@p", k.Predicate), ("@tf", k.TimeFrom), ("@tt", k.TimeTo),
                ("@pl", k.PlaceName), ("@aq", k.AttributedQuote), ("@sp", k.SpeakerName));
        foreach (var v in rows.Events)
            c.Exec("""
                INSERT INTO events (article_id, local_id, type, mode, trigger_text, trigger_start, trigger_end, actors, recipients, location_name, date,
                                    negated, hypothetical, future, attributed_quote)
                VALUES (@a, @l, @t, @m, @tt, @ts, @te, @ac, @re, @lo, @d, @n, @h, @f, @aq)
                """, tx, ("@a", articleId), ("@l", v.LocalId), ("@t", v.Type), ("@m", v.Mode), ("@tt", v.TriggerText), ("@ts", v.TriggerStart),
                ("@te", v.TriggerEnd), ("@ac", Join(v.Actors)), ("@re", Join(v.Recipients)), ("@lo", v.LocationName), ("@d", v.Date),
                ("@n", v.Negated ? 1 : 0), ("@h", v.Hypothetical ? 1 : 0), ("@f", v.Future ? 1 : 0), ("@aq", v.AttributedQuote));
    }

    /// <summary>Lists are stored joined by U+001F (unit separator), which never occurs in article text.</summary>
    public const char Separator = '\u001f';

    public static string? Join(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(Separator, items);

    public static IReadOnlyList<string> Split(string? s) => string.IsNullOrEmpty(s) ? Array.Empty<string>() : s.Split(Separator);
}
