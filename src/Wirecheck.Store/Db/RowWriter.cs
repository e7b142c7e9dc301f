namespace Wirecheck.Store.Db;

using System.Data.Common;
using Wirecheck.Store.Rows;

/// <summary>
/// Inserts articles' derived rows inside the caller's transaction. One command per table is built (and prepared)
/// once per writer and re-bound for every row, so a batch of articles parses each INSERT once.
/// </summary>
internal sealed class RowWriter(DbConnection c, DbTransaction tx) : IDisposable
{
    private DbCommand? _entity, _quote, _claim, _event;

    public void Insert(long articleId, ArticleRows rows)
    {
        if (rows.Entities.Count > 0)
        {
            var cmd = _entity ??= Make("""
                INSERT INTO entities (article_id, local_id, type, name, aliases, titles, country, geonameid, lat, lon, mention_count, first_start, first_end)
                VALUES (@a, @l, @t, @n, @al, @ti, @c, @g, @lat, @lon, @m, @fs, @fe)
                """, "@a", "@l", "@t", "@n", "@al", "@ti", "@c", "@g", "@lat", "@lon", "@m", "@fs", "@fe");
            foreach (var e in rows.Entities)
                Run(cmd, articleId, e.LocalId, e.Type, e.Name, Join(e.Aliases), Join(e.Titles), e.Country, e.GeonameId, e.Lat, e.Lon, e.MentionCount, e.FirstStart, e.FirstEnd);
        }
        if (rows.Quotes.Count > 0)
        {
            var cmd = _quote ??= Make("""
                INSERT INTO quotes (article_id, local_id, kind, speaker_local, speaker_name, source_text, cue, cue_lemma, content, content_start, content_end, confidence)
                VALUES (@a, @l, @k, @sl, @sn, @st, @cu, @cl, @co, @cs, @ce, @cf)
                """, "@a", "@l", "@k", "@sl", "@sn", "@st", "@cu", "@cl", "@co", "@cs", "@ce", "@cf");
            foreach (var q in rows.Quotes)
                Run(cmd, articleId, q.LocalId, q.Kind, q.SpeakerLocal, q.SpeakerName, q.SourceText, q.Cue, q.CueLemma, q.Content, q.ContentStart, q.ContentEnd, q.Confidence);
        }
        if (rows.Claims.Count > 0)
        {
            var cmd = _claim ??= Make("""
                INSERT INTO claims (article_id, local_id, text, span_start, span_end, quantity_text, value, qmin, qmax, min_inclusive, max_inclusive,
                                    hedge, approximate, unit, object, predicate, time_from, time_to, place_name, attributed_quote, speaker_name)
                VALUES (@a, @l, @tx, @ss, @se, @qt, @v, @mn, @mx, @mi, @ma, @h, @ap, @u, @o, @p, @tf, @tt, @pl, @aq, @sp)
                """, "@a", "@l", "@tx", "@ss", "@se", "@qt", "@v", "@mn", "@mx", "@mi", "@ma", "@h", "@ap", "@u", "@o", "@p", "@tf", "@tt", "@pl", "@aq", "@sp");
            foreach (var k in rows.Claims)
                Run(cmd, articleId, k.LocalId, k.Text, k.SpanStart, k.SpanEnd, k.QuantityText, k.Value, k.Min, k.Max, k.MinInclusive ? 1 : 0, k.MaxInclusive ? 1 : 0,
                    k.Hedge, k.Approximate ? 1 : 0, k.Unit, k.Object, k.Predicate, k.TimeFrom, k.TimeTo, k.PlaceName, k.AttributedQuote, k.SpeakerName);
        }
        if (rows.Events.Count > 0)
        {
            var cmd = _event ??= Make("""
                INSERT INTO events (article_id, local_id, type, mode, trigger_text, trigger_start, trigger_end, actors, recipients, location_name, date,
                                    negated, hypothetical, future, attributed_quote)
                VALUES (@a, @l, @t, @m, @tt, @ts, @te, @ac, @re, @lo, @d, @n, @h, @f, @aq)
                """, "@a", "@l", "@t", "@m", "@tt", "@ts", "@te", "@ac", "@re", "@lo", "@d", "@n", "@h", "@f", "@aq");
            foreach (var v in rows.Events)
                Run(cmd, articleId, v.LocalId, v.Type, v.Mode, v.TriggerText, v.TriggerStart, v.TriggerEnd, Join(v.Actors), Join(v.Recipients), v.LocationName, v.Date,
                    v.Negated ? 1 : 0, v.Hypothetical ? 1 : 0, v.Future ? 1 : 0, v.AttributedQuote);
        }
    }

    private DbCommand Make(string sql, params string[] names)
    {
        var cmd = c.Command(sql, tx);
        foreach (var n in names) cmd.Bind(n, null);
        return cmd;
    }

    private static void Run(DbCommand cmd, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _entity?.Dispose(); _quote?.Dispose(); _claim?.Dispose(); _event?.Dispose();
    }

    /// <summary>Lists are stored joined by U+001F (unit separator), which never occurs in article text.</summary>
    public const char Separator = '\u001f';

    public static string? Join(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(Separator, items);

    public static IReadOnlyList<string> Split(string? s) => string.IsNullOrEmpty(s) ? Array.Empty<string>() : s.Split(Separator);
}
