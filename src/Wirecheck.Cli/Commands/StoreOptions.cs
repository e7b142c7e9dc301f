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
    /// The cross-article pass: entities, stories, claim clusters and conflicts are recomputed; a claim gets its MiniLM
    /// vector (stored, so once) when a comparison first reads it. Prints what it did.
    /// </summary>
    public static void Link(ArticleStore store, bool embed, TextWriter w, Wirecheck.Store.Ingest.IngestCpu? cpu = null)
    {
        var r = Wirecheck.Store.Corpus.CorpusBuilder.Link(store, embed ? () => Wirecheck.Store.Embeddings.MiniLmEncoder.Shared : null, cpu);
        if (r.Embedding is { } e)
            w.WriteLine($"claim vectors ({Wirecheck.Store.Embeddings.MiniLmEncoder.ModelName}, computed where a comparison reads them): {e.Claims} claims ({e.Encoded} distinct clauses encoded) in {e.Elapsed.TotalSeconds:0.0} s (model load {r.ModelLoad.TotalSeconds:0.0} s)");
        var c = r.Corpus;
        w.WriteLine($"cross-article: {c.Entities.Count} entities, {c.Stories.Count} stories, {c.ClaimClusters.Count} claim clusters, {c.Conflicts.Count} conflicts ({r.LinkElapsed.TotalSeconds:0.0} s)");
    }

    public static ArticleStore Open(string? db) =>
        ArticleStore.Open(string.IsNullOrWhiteSpace(db) ? Environment.GetEnvironmentVariable("WIRECHECK_DB") : db);
}
