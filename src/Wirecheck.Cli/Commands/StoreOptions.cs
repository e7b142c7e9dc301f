namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Store.Db;

/// <summary>Options of the store commands (ingest, reanalyze, search, corpus, export).</summary>
public static class StoreOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = "The store: a SQLite file, or postgres://user:pass@host:port/db (default: $WIRECHECK_DB, else the user data folder's wirecheck/wirecheck.db)",
    };

    public static Option<int> Limit(int defaultValue = 50) => new("--limit", "-n")
    {
        Description = "At most this many rows",
        DefaultValueFactory = _ => defaultValue,
    };

    public static ArticleStore Open(string? db) =>
        ArticleStore.Open(string.IsNullOrWhiteSpace(db) ? Environment.GetEnvironmentVariable("WIRECHECK_DB") : db);
}
