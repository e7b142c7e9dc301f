namespace Wirecheck.Store.Tests.Support;

using Npgsql;
using Wirecheck.Store.Db;

/// <summary>
/// The backends every store test runs on: a fresh SQLite file always, and PostgreSQL when WIRECHECK_TEST_PG holds a
/// connection string (each store then gets its own schema, so tests stay independent). Without it the PostgreSQL
/// rows are not generated, i.e. skipped.
/// </summary>
public static class TestStores
{
    public static string? PostgresConnection => Environment.GetEnvironmentVariable("WIRECHECK_TEST_PG") is { Length: > 0 } s ? s : null;

    public static IEnumerable<object[]> Backends()
    {
        yield return new object[] { "sqlite" };
        if (PostgresConnection is not null) yield return new object[] { "postgres" };
    }

    public static ArticleStore Open(string backend) => ArticleStore.Open(Location(backend));

    /// <summary>A new, empty location for the backend: a temp file, or a fresh PostgreSQL schema.</summary>
    public static string Location(string backend)
    {
        if (backend == "sqlite")
        {
            var dir = Path.Combine(Path.GetTempPath(), "wirecheck-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return Path.Combine(dir, "store.db");
        }
        var baseCs = Postgres.PostgresDialect.ToConnectionString(PostgresConnection ?? throw new InvalidOperationException("WIRECHECK_TEST_PG is not set"));
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        using (var c = new NpgsqlConnection(baseCs))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", c);
            cmd.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(baseCs) { SearchPath = schema }.ToString();
    }
}
