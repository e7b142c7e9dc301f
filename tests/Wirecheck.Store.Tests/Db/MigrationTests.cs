namespace Wirecheck.Store.Tests.Db;

using Wirecheck.Store.Db;
using Wirecheck.Store.Tests.Support;

public class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_new_store_records_every_migration_in_order_and_reopening_applies_none(string backend)
    {
        var location = TestStores.Location(backend);
        using (var store = ArticleStore.Open(location))
        {
            var versions = new List<long>();
            using var cmd = store.Connection.Command("SELECT version FROM schema_migrations ORDER BY applied_at, version");
            using var r = cmd.ExecuteReader();
            while (r.Read()) versions.Add(Convert.ToInt64(r.GetValue(0)));
            Assert.Equal(Schema.Migrations.Select(m => (long)m.Version), versions);
        }
        using (var again = ArticleStore.Open(location))
        {
            Assert.Empty(Migrator.Migrate(again.Connection, again.Dialect));
            Assert.Equal(Schema.LatestVersion, Migrator.CurrentVersion(again.Connection, null));
        }
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_later_migration_is_applied_once_on_top_of_the_existing_schema(string backend)
    {
        var location = TestStores.Location(backend);
        using var store = ArticleStore.Open(location);
        var next = Schema.Migrations.Append(new Migration(Schema.LatestVersion + 1, "test column", d => new[] { "ALTER TABLE articles ADD COLUMN test_note TEXT" })).ToList();
        Assert.Equal(new[] { Schema.LatestVersion + 1 }, Migrator.Migrate(store.Connection, store.Dialect, next));
        Assert.Empty(Migrator.Migrate(store.Connection, store.Dialect, next));
        Assert.Equal(0, store.Connection.Long("SELECT count(test_note) FROM articles"));
    }

    [Fact]
    public void Migrations_out_of_order_are_refused()
    {
        using var store = TestStores.Open("sqlite");
        var bad = new[] { new Migration(2, "b", _ => Array.Empty<string>()), new Migration(1, "a", _ => Array.Empty<string>()) };
        Assert.Throws<InvalidOperationException>(() => Migrator.Migrate(store.Connection, store.Dialect, bad));
    }

    [Fact]
    public void Sqlite_store_uses_wal()
    {
        using var store = TestStores.Open("sqlite");
        Assert.Equal("wal", store.Connection.Scalar("PRAGMA journal_mode") as string);
        Assert.Equal("ok", store.IntegrityCheck());
    }

    [Fact]
    public void Default_location_is_the_user_data_folder()
    {
        var expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "wirecheck", "wirecheck.db");
        Assert.Equal(expected, ArticleStore.DefaultPath);
        Assert.Equal("postgres", ArticleStore.DialectFor("postgres://u:p@127.0.0.1:5433/db").Name);
        Assert.Equal("sqlite", ArticleStore.DialectFor(Path.Combine(Path.GetTempPath(), "x", "y.db")).Name);
    }

    [Fact]
    public void Postgres_urls_become_connection_strings()
    {
        var cs = Postgres.PostgresDialect.ToConnectionString("postgres://wc:s%40cret@127.0.0.1:5433/wirecheck?sslmode=disable");
        Assert.Contains("Host=127.0.0.1", cs);
        Assert.Contains("Port=5433", cs);
        Assert.Contains("Database=wirecheck", cs);
        Assert.Contains("Password=s@cret", cs);
    }
}
