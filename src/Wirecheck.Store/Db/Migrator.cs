namespace Wirecheck.Store.Db;

using System.Data.Common;
using System.Globalization;

/// <summary>Applies pending migrations in version order, each in its own transaction, recording each one.</summary>
public static class Migrator
{
    public static IReadOnlyList<int> Migrate(DbConnection c, ISqlDialect dialect, IReadOnlyList<Migration>? migrations = null)
    {
        migrations ??= Schema.Migrations;
        for (int i = 1; i < migrations.Count; i++)
            if (migrations[i].Version <= migrations[i - 1].Version)
                throw new InvalidOperationException("migrations must have increasing versions");
        c.Exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = new List<int>();
        foreach (var m in migrations)
        {
            if (CurrentVersion(c, null) >= m.Version) continue;
            using var tx = c.BeginTransaction();
            dialect.LockForMigration(c, tx);
            // another process may have applied it while we waited for the lock
            if (CurrentVersion(c, tx) >= m.Version) { tx.Commit(); continue; }
            foreach (var sql in m.Statements(dialect)) c.Exec(sql, tx);
            c.Exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @t)", tx,
                ("@v", m.Version), ("@n", m.Name), ("@t", DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture)));
            tx.Commit();
            applied.Add(m.Version);
        }
        return applied;
    }

    public static int CurrentVersion(DbConnection c, DbTransaction? tx) =>
        (int)c.Long("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", tx);
}
