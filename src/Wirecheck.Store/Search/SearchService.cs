namespace Wirecheck.Store.Search;

using Wirecheck.Store.Db;

/// <summary>
/// Full-text search over title and body: SQLite FTS5 (bm25) or PostgreSQL tsvector (ts_rank_cd), ranked within the
/// newest <see cref="RankWindow"/> matches, with snippets for the returned rows.
/// </summary>
public static class SearchService
{
    public const int MaxLimit = 1000;

    /// <summary>Relevance ranking looks at the newest this-many matches (all of them when there are fewer).</summary>
    public const int RankWindow = 1000;

    public static IReadOnlyList<SearchHit> Search(ArticleStore store, string query, int limit = 20, int window = RankWindow)
    {
        var q = store.Dialect.ToFullTextQuery(query);
        if (q is null) return Array.Empty<SearchHit>();
        limit = Math.Clamp(limit, 1, MaxLimit);
        using var cmd = store.Connection.Command(store.Dialect.SearchSql, null, ("@q", q), ("@limit", limit), ("@window", Math.Max(window, limit)));
        using var r = cmd.ExecuteReader();
        var hits = new List<SearchHit>();
        while (r.Read())
            hits.Add(new SearchHit(r.GetInt64(0), r.Str(1), r.Str(2), r.Str(3), r.Str(4), (r.Str(5) ?? "").Replace('\n', ' '), r.DoubleOrNull(6) ?? 0));
        return hits;
    }
}
