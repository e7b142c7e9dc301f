namespace Wirecheck.Store.Sqlite;

using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Wirecheck.Store.Db;
using Wirecheck.Store.Search;

/// <summary>SQLite: one file, WAL journal, FTS5 full-text index with Porter stemming.</summary>
public sealed class SqliteDialect : ISqlDialect
{
    public SqliteDialect(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString();
    }

    public string Path { get; }
    public string ConnectionString { get; }
    public string Name => "sqlite";

    public DbConnection CreateConnection() => new SqliteConnection(ConnectionString);

    public void Configure(DbConnection connection)
    {
        // WAL: readers never block the writer; synchronous=NORMAL is safe against process crashes
        // (kill -9): a committed transaction is in the WAL, an uncommitted one is rolled back on open.
        connection.Exec("PRAGMA journal_mode=WAL");
        connection.Exec("PRAGMA synchronous=NORMAL");
        connection.Exec("PRAGMA foreign_keys=ON");
        connection.Exec("PRAGMA busy_timeout=60000");
        connection.Exec("PRAGMA temp_store=MEMORY");
        connection.Exec("PRAGMA cache_size=-32000");
    }

    public string Ddl(string portable) => portable
        .Replace("{id}", "INTEGER PRIMARY KEY")
        .Replace("{int}", "INTEGER")
        .Replace("{real}", "REAL")
        .Replace("{blob}", "BLOB");

    public IReadOnlyList<string> CreateFullText() => new[]
    {
        "CREATE VIRTUAL TABLE article_fts USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2')",
    };

    public string InsertFullText => "INSERT INTO article_fts(rowid, title, body) VALUES (@id, @title, @body)";
    public string DeleteFullText => "DELETE FROM article_fts WHERE rowid = @id";

    // Ranking reads bm25 for at most RankWindow matches: the newest ones (rowid order is ingest order). FTS5 walks
    // a doclist backwards and stops, so a term in 90% of the store costs as much as a rarer one; snippets are made
    // only for the rows returned (an auxiliary function in the outer select would run on every match before the sort).
    public string SearchSql => """
        WITH top AS (
          SELECT rowid AS id, bm25(article_fts, 4.0, 1.0) AS rank
          FROM article_fts
          WHERE article_fts MATCH @q
            AND rowid >= COALESCE((SELECT rowid FROM article_fts WHERE article_fts MATCH @q ORDER BY rowid DESC LIMIT 1 OFFSET @window - 1), 0)
          ORDER BY rank
          LIMIT @limit)
        SELECT a.id, a.title, a.site, a.url, a.published,
               (SELECT snippet(article_fts, 1, '[', ']', ' … ', 16) FROM article_fts WHERE article_fts MATCH @q AND rowid = top.id) AS snippet,
               top.rank
        FROM top JOIN articles a ON a.id = top.id
        ORDER BY top.rank
        """;

    /// <summary>
    /// Words become quoted FTS5 terms (so user punctuation cannot break the syntax); "quoted phrases" stay
    /// phrases; OR between words is kept; a trailing * makes a prefix query.
    /// </summary>
    public string? ToFullTextQuery(string userQuery)
    {
        var parts = new List<string>();
        foreach (var term in QueryTerms.Parse(userQuery))
        {
            if (term.IsOr) { if (parts.Count > 0 && parts[^1] != "OR") parts.Add("OR"); continue; }
            var sb = new StringBuilder("\"");
            sb.Append(string.Join(' ', term.Words).Replace("\"", "\"\""));
            sb.Append('"');
            if (term.Prefix) sb.Append('*');
            parts.Add(sb.ToString());
        }
        while (parts.Count > 0 && parts[^1] == "OR") parts.RemoveAt(parts.Count - 1);
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    public void LockForMigration(DbConnection connection, DbTransaction tx)
    {
        // BeginTransaction() in Microsoft.Data.Sqlite is BEGIN IMMEDIATE: the write lock is already held.
    }

    public string IntegrityCheck(DbConnection connection)
    {
        using var cmd = connection.Command("PRAGMA integrity_check");
        using var r = cmd.ExecuteReader();
        var lines = new List<string>();
        while (r.Read()) lines.Add(r.GetString(0));
        return string.Join("; ", lines);
    }

    public string Describe() => $"sqlite:{Path}";

    public long SizeBytes(DbConnection connection)
    {
        long size = 0;
        foreach (var f in new[] { Path, Path + "-wal" })
            if (File.Exists(f)) size += new FileInfo(f).Length;
        return size;
    }
}
