namespace Wirecheck.Store.Db;

using System.Data.Common;

/// <summary>What differs between SQLite and PostgreSQL: connections, a few column types, full-text search.</summary>
public interface ISqlDialect
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Name { get; }

    DbConnection CreateConnection();

    /// <summary>Runs once on every new connection (pragmas, settings).</summary>
    void Configure(DbConnection connection);

    /// <summary>Replaces <c>{id}</c>, <c>{int}</c>, <c>{real}</c>, <c>{blob}</c> in portable DDL.</summary>
    string Ddl(string portable);

    /// <summary>DDL that creates the full-text index over <c>article_fts(article_id, title, body)</c>.</summary>
    IReadOnlyList<string> CreateFullText();

    /// <summary>Inserts one row into the full-text index (parameters @id, @title, @body).</summary>
    string InsertFullText { get; }

    /// <summary>Deletes one article's row from the full-text index (parameter @id).</summary>
    string DeleteFullText { get; }

    /// <summary>
    /// Ranked search (parameters @q, @limit, @window): columns id, title, site, url, published, snippet, rank. Relevance
    /// is computed for at most @window matches, the newest, so a very common term costs no more than a rare one.
    /// </summary>
    string SearchSql { get; }

    /// <summary>Turns a user query into the dialect's query syntax (or null when nothing is searchable).</summary>
    string? ToFullTextQuery(string userQuery);

    /// <summary>Takes the lock that serialises schema migrations between processes (inside the transaction).</summary>
    void LockForMigration(DbConnection connection, DbTransaction tx);

    /// <summary>A consistency check of the database file or server: "ok" or the problems found.</summary>
    string IntegrityCheck(DbConnection connection);

    /// <summary>A human-readable description of where the data is.</summary>
    string Describe();

    /// <summary>Bytes used by the database (file plus WAL for SQLite, the database for PostgreSQL).</summary>
    long SizeBytes(DbConnection connection);
}
