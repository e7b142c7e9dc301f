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

    public static Option<bool> NoEmbed() => new("--no-embed")
    {
        Description = "Cluster claims without computing MiniLM sentence vectors for new claims (stored vectors are still used; a later run embeds the rest)",
    };

    /// <summary>
    /// The cross-article pass: new claims get their MiniLM vectors (each claim once, stored), then entities, stories,
    /// claim clusters and conflicts are recomputed. Prints what it did.
    /// </summary>
    public static void Link(ArticleStore store, bool embed, TextWriter w)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        Wirecheck.Store.Embeddings.ISentenceEncoder? encoder = null;
        if (embed)
        {
            encoder = Wirecheck.Store.Embeddings.MiniLmEncoder.Shared;
            var load = sw.Elapsed;
            var e = Wirecheck.Store.Embeddings.ClaimEmbedder.EmbedPending(store, encoder);
            w.WriteLine($"claim vectors ({encoder.Name}): {e.Claims} new claims embedded in {e.Elapsed.TotalSeconds:0.0} s ({e.MillisecondsPerClaim:0.0} ms per claim; model load {load.TotalSeconds:0.0} s)");
            sw.Restart();
        }
        var r = Wirecheck.Store.Corpus.CorpusBuilder.Rebuild(store, null, encoder);
        w.WriteLine($"cross-article: {r.Entities.Count} entities, {r.Stories.Count} stories, {r.ClaimClusters.Count} claim clusters, {r.Conflicts.Count} conflicts ({sw.Elapsed.TotalSeconds:0.0} s)");
    }

    public static ArticleStore Open(string? db) =>
        ArticleStore.Open(string.IsNullOrWhiteSpace(db) ? Environment.GetEnvironmentVariable("WIRECHECK_DB") : db);
}
