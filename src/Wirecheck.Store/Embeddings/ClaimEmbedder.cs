namespace Wirecheck.Store.Embeddings;

using System.Diagnostics;
using Wirecheck.Store.Db;

/// <summary>
/// Gives every stored claim its sentence vector (of the clause holding its quantity, <see cref="ClaimClause"/>), once: claims whose <c>embedding</c> is NULL (new, or re-analysed)
/// are read in chunks, encoded in batches, and written back one transaction per chunk. A crash loses at most the
/// chunk in flight, which the next run redoes; a claim already embedded is never encoded again.
/// </summary>
public static class ClaimEmbedder
{
    public const int ChunkSize = 256;
    public const int MaxKnownClauses = 200_000;

    public static ClaimEmbeddingStats EmbedPending(ArticleStore store, ISentenceEncoder encoder, CancellationToken ct = default)
    {
        var sw = Stopwatch.StartNew();
        int done = 0, encoded = 0, chunks = 0;
        // syndicated copies and restatements repeat clauses word for word: each distinct clause is encoded once per pass
        var known = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        long lastId = 0;
        var c = store.Connection;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var ids = new List<long>(ChunkSize);
            var texts = new List<string>(ChunkSize);
            using (var cmd = c.Command("SELECT id, text, quantity_text FROM claims WHERE embedding IS NULL AND id > @last ORDER BY id LIMIT @n", null, ("@last", lastId), ("@n", ChunkSize)))
            using (var r = cmd.ExecuteReader())
                while (r.Read()) { ids.Add(r.GetInt64(0)); texts.Add(ClaimClause.Of(r.Str(1) ?? "", r.Str(2))); }
            if (ids.Count == 0) break;
            lastId = ids[^1];
            var todo = texts.Where(t => !known.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
            if (todo.Count > 0)
            {
                var vectors = encoder.Encode(todo, ct);
                if (known.Count + todo.Count > MaxKnownClauses) known.Clear();
                for (int i = 0; i < todo.Count; i++) known[todo[i]] = VectorPacking.Pack(vectors[i]);
                encoded += todo.Count;
            }
            using (var tx = c.BeginTransaction())
            using (var up = c.Command("UPDATE claims SET embedding = @e WHERE id = @id", tx, ("@e", Array.Empty<byte>()), ("@id", 0L)))
            {
                for (int i = 0; i < ids.Count; i++)
                {
                    up.Set("@e", known[texts[i]]);
                    up.Set("@id", ids[i]);
                    up.ExecuteNonQuery();
                }
                tx.Commit();
            }
            done += ids.Count;
            chunks++;
        }
        return new ClaimEmbeddingStats(done, encoded, chunks, sw.Elapsed);
    }
}
