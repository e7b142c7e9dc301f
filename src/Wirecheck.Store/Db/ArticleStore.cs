namespace Wirecheck.Store.Db;

using System.Data.Common;
using System.Globalization;
using Wirecheck.Store.Ingest;
using Wirecheck.Store.Postgres;
using Wirecheck.Store.Rows;
using Wirecheck.Store.Sqlite;

/// <summary>
/// The article store: one connection, migrations on open, batched atomic writes. Each batch is one
/// transaction, so a crash leaves every article either fully stored (row, search index, layers) or absent.
/// </summary>
public sealed class ArticleStore : IDisposable
{
    private ArticleStore(ISqlDialect dialect)
    {
        Dialect = dialect;
        Connection = dialect.CreateConnection();
        Connection.Open();
        dialect.Configure(Connection);
        Migrator.Migrate(Connection, dialect);
    }

    public ISqlDialect Dialect { get; }
    public DbConnection Connection { get; }

    /// <summary>The platform's per-user data folder: ~/.local/share/wirecheck/wirecheck.db on Linux.</summary>
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "wirecheck", "wirecheck.db");

    /// <summary>Opens (creating and migrating) a store: a file path, <c>postgres://…</c>, or null for the default file.</summary>
    public static ArticleStore Open(string? db) => new(DialectFor(db));

    public static ISqlDialect DialectFor(string? db)
    {
        if (string.IsNullOrWhiteSpace(db)) return new SqliteDialect(DefaultPath);
        if (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || db.Contains("Host=", StringComparison.OrdinalIgnoreCase))
            return new PostgresDialect(db);
        if (db.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase)) db = db[7..];
        return new SqliteDialect(db);
    }

    public void Dispose() => Connection.Dispose();

    public long Count() => Connection.Long("SELECT count(*) FROM articles");

    public string IntegrityCheck() => Dialect.IntegrityCheck(Connection);

    /// <summary>Every stored (canonical URL, content hash) key, for the cheap "already stored?" test before analysis.</summary>
    public HashSet<string> LoadKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Connection.Command("SELECT url_key, content_hash FROM articles");
        using var r = cmd.ExecuteReader();
        while (r.Read()) keys.Add(IngestKey.Of(r.GetString(0), r.GetString(1)));
        return keys;
    }

    /// <summary>Writes a batch in one transaction. An article whose key is already stored is a duplicate (no change).</summary>
    public IReadOnlyList<WriteResult> Write(IReadOnlyList<PreparedArticle> batch)
    {
        var results = new List<WriteResult>(batch.Count);
        using var tx = Connection.BeginTransaction();
        using var insert = Connection.Command("""
            INSERT INTO articles (url_key, content_hash, text_hash, url, path, title, site, published, ingested_at, raw_kind, raw, raw_size,
                                  analysis, pipeline_version, text_length, simhash, sh0, sh1, sh2, sh3)
            VALUES (@uk, @ch, @th, @url, @path, @title, @site, @pub, @at, @rk, @raw, @rs, @an, @pv, @tl, @sh, @b0, @b1, @b2, @b3)
            ON CONFLICT (url_key, content_hash) DO NOTHING
            RETURNING id
            """, tx);
        foreach (var n in new[] { "@uk", "@ch", "@th", "@url", "@path", "@title", "@site", "@pub", "@at", "@rk", "@raw", "@rs", "@an", "@pv", "@tl", "@sh", "@b0", "@b1", "@b2", "@b3" })
            insert.Bind(n, null);
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        // every statement of the batch is built once and re-bound per article
        using var rows = new RowWriter(Connection, tx);
        using var exact = Connection.Command("SELECT MIN(id) FROM articles WHERE text_hash = @th AND id <> @id", tx, ("@th", ""), ("@id", 0L));
        using var bands = Connection.Command(BandSql, tx, ("@b0", 0L), ("@b1", 0L), ("@b2", 0L), ("@b3", 0L), ("@id", 0L));
        using var link = Connection.Command("UPDATE articles SET near_dup_of = @d, near_dup_distance = @n WHERE id = @id", tx, ("@d", 0L), ("@n", 0), ("@id", 0L));
        using var fts = Connection.Command(Dialect.InsertFullText, tx, ("@id", 0L), ("@title", ""), ("@body", ""));
        foreach (var p in batch)
        {
            insert.Set("@uk", p.UrlKey); insert.Set("@ch", p.ContentHash); insert.Set("@th", p.TextHash);
            insert.Set("@url", p.Url); insert.Set("@path", p.Path); insert.Set("@title", p.Title); insert.Set("@site", p.Site);
            insert.Set("@pub", p.Published); insert.Set("@at", now); insert.Set("@rk", p.RawKind); insert.Set("@raw", p.RawPacked);
            insert.Set("@rs", p.RawSize); insert.Set("@an", p.AnalysisPacked); insert.Set("@pv", p.PipelineVersion);
            insert.Set("@tl", p.Text.Length); insert.Set("@sh", unchecked((long)p.SimHash));
            for (int b = 0; b < 4; b++) insert.Set("@b" + b, SimHash.Band(p.SimHash, b));
            var idObj = insert.ExecuteScalar();
            if (idObj is null or DBNull) { results.Add(new WriteResult(false, null, null, null)); continue; }
            long id = Convert.ToInt64(idObj);
            var (dupOf, dist) = FindNearDuplicate(exact, bands, id, p);
            if (dupOf is not null)
            {
                link.Set("@d", dupOf); link.Set("@n", dist); link.Set("@id", id);
                link.ExecuteNonQuery();
            }
            fts.Set("@id", id); fts.Set("@title", p.Title ?? ""); fts.Set("@body", p.Text);
            fts.ExecuteNonQuery();
            rows.Insert(id, p.Rows);
            results.Add(new WriteResult(true, id, dupOf, dist));
        }
        tx.Commit();
        return results;
    }

    /// <summary>Replaces the analysis and derived rows of a stored article (used by reanalyze), atomically.</summary>
    public void ReplaceAnalysis(long id, PreparedArticle p)
    {
        using var tx = Connection.BeginTransaction();
        Connection.Exec("""
            UPDATE articles SET analysis = @an, pipeline_version = @pv, title = @title, site = @site, published = @pub,
                                text_hash = @th, text_length = @tl, simhash = @sh, sh0 = @b0, sh1 = @b1, sh2 = @b2, sh3 = @b3
            WHERE id = @id
            """, tx, ("@an", p.AnalysisPacked), ("@pv", p.PipelineVersion), ("@title", p.Title), ("@site", p.Site), ("@pub", p.Published),
            ("@th", p.TextHash), ("@tl", p.Text.Length), ("@sh", unchecked((long)p.SimHash)),
            ("@b0", SimHash.Band(p.SimHash, 0)), ("@b1", SimHash.Band(p.SimHash, 1)), ("@b2", SimHash.Band(p.SimHash, 2)), ("@b3", SimHash.Band(p.SimHash, 3)),
            ("@id", id));
        foreach (var t in new[] { "entities", "quotes", "claims", "events" })
            Connection.Exec($"DELETE FROM {t} WHERE article_id = @id", tx, ("@id", id));
        Connection.Exec(Dialect.DeleteFullText, tx, ("@id", id));
        Connection.Exec(Dialect.InsertFullText, tx, ("@id", id), ("@title", p.Title ?? ""), ("@body", p.Text));
        using (var rw = new RowWriter(Connection, tx)) rw.Insert(id, p.Rows);
        tx.Commit();
    }

    /// <summary>Ids of articles analysed by a different pipeline version (all of them with <paramref name="all"/>).</summary>
    public IReadOnlyList<long> IdsToReanalyze(string currentVersion, bool all)
    {
        var ids = new List<long>();
        using var cmd = all
            ? Connection.Command("SELECT id FROM articles ORDER BY id")
            : Connection.Command("SELECT id FROM articles WHERE pipeline_version <> @v ORDER BY id", null, ("@v", currentVersion));
        using var r = cmd.ExecuteReader();
        while (r.Read()) ids.Add(r.GetInt64(0));
        return ids;
    }

    public StoredArticle? Get(long id)
    {
        using var cmd = Connection.Command("""
            SELECT id, url_key, content_hash, url, path, title, site, published, raw_kind, raw, analysis, pipeline_version, near_dup_of
            FROM articles WHERE id = @id
            """, null, ("@id", id));
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return new StoredArticle(r.GetInt64(0), r.GetString(1), r.GetString(2), r.Str(3), r.Str(4), r.Str(5), r.Str(6), r.Str(7),
            r.GetString(8), r.Bytes(9), r.Bytes(10), r.GetString(11), r.LongOrNull(12));
    }

    // one indexed lookup per band (an OR with ORDER BY would let the planner scan the whole table)
    private const string BandSql = """
        SELECT id, simhash FROM (
          SELECT id, simhash FROM articles WHERE sh0 = @b0 AND id <> @id
          UNION SELECT id, simhash FROM articles WHERE sh1 = @b1 AND id <> @id
          UNION SELECT id, simhash FROM articles WHERE sh2 = @b2 AND id <> @id
          UNION SELECT id, simhash FROM articles WHERE sh3 = @b3 AND id <> @id) AS candidates
        LIMIT 400
        """;

    private static (long? Id, int? Distance) FindNearDuplicate(DbCommand exact, DbCommand bands, long id, PreparedArticle p)
    {
        exact.Set("@th", p.TextHash); exact.Set("@id", id);
        var e = exact.ExecuteScalar();
        if (e is not null and not DBNull) return (Convert.ToInt64(e), 0);
        for (int b = 0; b < 4; b++) bands.Set("@b" + b, SimHash.Band(p.SimHash, b));
        bands.Set("@id", id);
        using var r = bands.ExecuteReader();
        long? best = null;
        int bestDist = int.MaxValue;
        while (r.Read())
        {
            int d = SimHash.Distance(unchecked((ulong)r.GetInt64(1)), p.SimHash);
            long cid = r.GetInt64(0);
            if (d <= SimHash.NearDuplicateDistance && (d < bestDist || (d == bestDist && cid < best))) { best = cid; bestDist = d; }
        }
        return best is null ? (null, null) : (best, bestDist);
    }
}
