namespace Wirecheck.Store.Corpus;

using Wirecheck.Store.Db;
using Wirecheck.Store.Rows;

/// <summary>The read side of the corpus commands: every answer is one or more <see cref="ResultTable"/>s.</summary>
public sealed class CorpusQueries(ArticleStore store)
{
    private readonly ArticleStore _store = store;

    public ResultTable Entities(string? type, int limit)
    {
        var rows = new List<object?[]>();
        using var cmd = _store.Connection.Command($"""
            SELECT id, type, name, article_count, mention_count FROM corpus_entities
            {(type is null ? "" : "WHERE type = @t")}
            ORDER BY article_count DESC, mention_count DESC, name LIMIT @l
            """, null, type is null ? new (string, object?)[] { ("@l", limit) } : new (string, object?)[] { ("@t", type.ToUpperInvariant()), ("@l", limit) });
        using (var r = cmd.ExecuteReader())
            while (r.Read()) rows.Add(new object?[] { r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4), null });
        foreach (var row in rows) row[5] = string.Join("; ", Aliases((long)row[0]!).Take(8));
        return new ResultTable("entities", new[] { "id", "type", "name", "articles", "mentions", "aliases" }, rows);
    }

    public IReadOnlyList<string> Aliases(long id)
    {
        var list = new List<string>();
        using var cmd = _store.Connection.Command("SELECT alias FROM corpus_aliases WHERE corpus_entity_id = @i ORDER BY count DESC, alias", null, ("@i", id));
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    /// <summary>Corpus entities a name refers to: an exact alias (any case), else the same folded key.</summary>
    public IReadOnlyList<long> FindEntity(string name)
    {
        var ids = new List<long>();
        using (var cmd = _store.Connection.Command("""
            SELECT a.corpus_entity_id FROM corpus_aliases a JOIN corpus_entities e ON e.id = a.corpus_entity_id
            WHERE lower(a.alias) = lower(@n) GROUP BY a.corpus_entity_id ORDER BY max(e.article_count) DESC
            """, null, ("@n", name)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) ids.Add(r.GetInt64(0));
        if (ids.Count > 0) return ids;
        var key = NameKey.Phrase(name);
        var person = NameKey.PersonWords(name);
        var surname = person.Count > 0 ? NameKey.FoldWord(person[^1]) : null;
        using (var cmd = _store.Connection.Command("SELECT a.corpus_entity_id, a.alias, e.type FROM corpus_aliases a JOIN corpus_entities e ON e.id = a.corpus_entity_id ORDER BY e.article_count DESC"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var alias = r.GetString(1);
                bool match = NameKey.Phrase(alias) == key
                    || (r.GetString(2) == "PERSON" && surname is not null && NameKey.PersonWords(alias) is { Count: > 0 } w && NameKey.FoldWord(w[^1]) == surname
                        && (person.Count == 1 || w.Count == 1 || NameKey.FoldWord(w[0]) == NameKey.FoldWord(person[0])));
                if (match && !ids.Contains(r.GetInt64(0))) ids.Add(r.GetInt64(0));
            }
        return ids;
    }

    public IReadOnlyList<ResultTable> Entity(string name, int limit)
    {
        var ids = FindEntity(name);
        if (ids.Count == 0) return Array.Empty<ResultTable>();
        long id = ids[0];
        var info = new List<object?[]>();
        using (var cmd = _store.Connection.Command("SELECT id, type, name, article_count, mention_count FROM corpus_entities WHERE id = @i", null, ("@i", id)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) info.Add(new object?[] { r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4), null });
        foreach (var row in info) row[5] = string.Join("; ", Aliases(id));
        var mentions = Table("mentions", new[] { "article", "published", "site", "title", "name", "mentions" }, """
            SELECT a.id, a.published, a.site, a.title, e.name, e.mention_count FROM entities e JOIN articles a ON a.id = e.article_id
            WHERE e.corpus_entity_id = @i ORDER BY a.published, a.id LIMIT @l
            """, ("@i", id), ("@l", limit));
        var quotes = QuotesOf(id, limit);
        var aliases = Aliases(id);
        var claims = Table("claims", new[] { "claim", "cluster", "published", "site", "quantity", "speaker", "text" }, """
            SELECT c.id, c.cluster_id, a.published, a.site, c.quantity_text, c.speaker_name, c.text FROM claims c JOIN articles a ON a.id = c.article_id
            WHERE c.article_id IN (SELECT article_id FROM entities WHERE corpus_entity_id = @i)
            ORDER BY a.published, c.id
            """, ("@i", id));
        // keep the claims the entity makes (speaker) or that name it (any alias in the claim's words)
        var keys = aliases.Where(a => a.Length > 2).ToList();
        var about = claims.Rows.Where(r =>
            (r[5] is string sp && keys.Any(k => string.Equals(k, sp, StringComparison.OrdinalIgnoreCase)))
            || keys.Any(k => ((string)r[6]!).Contains(k, StringComparison.OrdinalIgnoreCase))).Take(limit).ToList();
        return new[]
        {
            new ResultTable("entity", new[] { "id", "type", "name", "articles", "mentions", "aliases" }, info),
            mentions, quotes, claims with { Rows = about },
        };
    }

    public ResultTable Quotes(string speaker, int limit)
    {
        var ids = FindEntity(speaker);
        if (ids.Count > 0) return QuotesOf(ids[0], limit);
        return Table("quotes", QuoteColumns, """
            SELECT q.id, a.published, a.site, q.speaker_name, q.kind, q.cue, q.content FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE lower(q.speaker_name) LIKE @s ORDER BY a.published, q.id LIMIT @l
            """, ("@s", "%" + speaker.ToLowerInvariant() + "%"), ("@l", limit));
    }

    private static readonly string[] QuoteColumns = { "quote", "published", "site", "speaker", "kind", "cue", "content" };

    private ResultTable QuotesOf(long corpusEntity, int limit) => Table("quotes", QuoteColumns, """
        SELECT q.id, a.published, a.site, q.speaker_name, q.kind, q.cue, q.content
        FROM quotes q JOIN articles a ON a.id = q.article_id
        JOIN entities e ON e.article_id = q.article_id AND e.local_id = q.speaker_local
        WHERE e.corpus_entity_id = @i ORDER BY a.published, q.id LIMIT @l
        """, ("@i", corpusEntity), ("@l", limit));

    public ResultTable Claims(string? about, int limit, double minSimilarity = 0.3)
    {
        var all = Table("claims", new[] { "claim", "cluster", "published", "site", "quantity", "speaker", "text", "object", "predicate" }, """
            SELECT c.id, c.cluster_id, a.published, a.site, c.quantity_text, c.speaker_name, c.text, c.object, c.predicate
            FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.cluster_id, a.published, c.id
            """);
        if (string.IsNullOrWhiteSpace(about)) return all with { Rows = all.Rows.Take(limit).ToList() };
        var emb = new LexicalEmbedder();
        var q = emb.Embed(about);
        var scored = new List<(double Score, object?[] Row)>();
        foreach (var r in all.Rows)
        {
            var text = (string)r[6]!;
            var subject = $"{r[7]} {r[8]} {text}";
            double s = text.Contains(about, StringComparison.OrdinalIgnoreCase) ? 1 : LexicalEmbedder.Cosine(q, emb.Embed(subject));
            if (s >= minSimilarity) scored.Add((s, r));
        }
        return all with { Rows = scored.OrderByDescending(x => x.Score).Take(limit).Select(x => x.Row).ToList() };
    }

    public ResultTable Conflicts(int limit) => Table("conflicts", new[] { "id", "kind", "cluster", "article_a", "site_a", "article_b", "site_b", "description" }, """
        SELECT f.id, f.kind, f.cluster_id, f.article_a, a.site, f.article_b, b.site, f.description
        FROM conflicts f LEFT JOIN articles a ON a.id = f.article_a LEFT JOIN articles b ON b.id = f.article_b
        ORDER BY f.id LIMIT @l
        """, ("@l", limit));

    public ResultTable Stories(int limit) => Table("stories", new[] { "id", "articles", "first", "last", "label" }, """
        SELECT id, article_count, first_published, last_published, label FROM stories ORDER BY article_count DESC, id LIMIT @l
        """, ("@l", limit));

    public ResultTable Clusters(int limit) => Table("claim clusters", new[] { "id", "claims", "outlets", "story", "label" }, """
        SELECT id, claim_count, outlet_count, story_id, label FROM claim_clusters ORDER BY outlet_count DESC, claim_count DESC, id LIMIT @l
        """, ("@l", limit));

    /// <summary>Each claim cluster's readings in time order, marking where the figure changed.</summary>
    public ResultTable Timeline(long? cluster, int limit)
    {
        var t = Table("timeline", new[] { "cluster", "label", "when", "site", "quantity", "change", "speaker", "text" }, $"""
            SELECT k.id, k.label, COALESCE(c.time_from, a.published), a.site, c.quantity_text, c.value, c.qmin, c.qmax, c.min_inclusive, c.max_inclusive,
                   c.hedge, c.approximate, c.speaker_name, c.text
            FROM claims c JOIN claim_clusters k ON k.id = c.cluster_id JOIN articles a ON a.id = c.article_id
            {(cluster is null ? "" : "WHERE k.id = @k")}
            ORDER BY k.outlet_count DESC, k.id, COALESCE(a.published, c.time_from), a.id, c.span_start
            """, cluster is null ? Array.Empty<(string, object?)>() : new (string, object?)[] { ("@k", cluster) });
        var rows = new List<object?[]>();
        long prevCluster = -1;
        QuantityInterval? prev = null;
        foreach (var r in t.Rows)
        {
            var claim = new ClaimRow("", "", 0, 0, null, D(r[5]), D(r[6]), D(r[7]), L(r[8]) != 0, L(r[9]) != 0, r[10] as string, L(r[11]) != 0, null,
                null, null, null, null, null, null, null);
            var iv = QuantityInterval.Of(claim);
            long k = L(r[0]);
            string change = k != prevCluster || prev is null || iv is null ? "" :
                iv == prev ? "=" : QuantityInterval.Disjoint(prev.Value, iv.Value) ? (iv.Value.Lo > prev.Value.Hi ? "up" : "down") : "~";
            if (k != prevCluster) prev = null;
            prevCluster = k;
            prev = iv ?? prev;
            rows.Add(new object?[] { r[0], r[1], r[2], r[3], r[4], change, r[12], r[13] });
            if (rows.Count >= limit) break;
        }
        return t with { Rows = rows };
    }

    public ResultTable Stats()
    {
        var c = _store.Connection;
        long articles = c.Long("SELECT count(*) FROM articles");
        long size = _store.Dialect.SizeBytes(c);
        var rows = new List<object?[]>
        {
            new object?[] { "store", _store.Dialect.Describe() },
            new object?[] { "schema version", Migrator.CurrentVersion(c, null) },
            new object?[] { "articles", articles },
            new object?[] { "near-duplicates", c.Long("SELECT count(*) FROM articles WHERE near_dup_of IS NOT NULL") },
            new object?[] { "original bytes (uncompressed)", c.Long("SELECT COALESCE(sum(raw_size), 0) FROM articles") },
            new object?[] { "stored bytes (original + analysis, compressed)", c.Long("SELECT COALESCE(sum(length(raw) + length(analysis)), 0) FROM articles") },
            new object?[] { "database bytes", size },
            new object?[] { "database bytes per article", articles == 0 ? 0 : size / articles },
            new object?[] { "entities (document / corpus)", $"{c.Long("SELECT count(*) FROM entities")} / {c.Long("SELECT count(*) FROM corpus_entities")}" },
            new object?[] { "quotes", c.Long("SELECT count(*) FROM quotes") },
            new object?[] { "claims (clustered)", $"{c.Long("SELECT count(*) FROM claims")} ({c.Long("SELECT count(*) FROM claims WHERE cluster_id IS NOT NULL")})" },
            new object?[] { "events", c.Long("SELECT count(*) FROM events") },
            new object?[] { "stories", c.Long("SELECT count(*) FROM stories") },
            new object?[] { "claim clusters", c.Long("SELECT count(*) FROM claim_clusters") },
            new object?[] { "conflicts", c.Long("SELECT count(*) FROM conflicts") },
            new object?[] { "cross-article pass", (c.Scalar("SELECT value FROM corpus_state WHERE key = 'built_at'") as string) ?? "never" },
        };
        using (var cmd = c.Command("SELECT pipeline_version, count(*) FROM articles GROUP BY pipeline_version ORDER BY count(*) DESC"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) rows.Add(new object?[] { "pipeline " + r.GetString(0), r.GetInt64(1) });
        return new ResultTable("stats", new[] { "what", "value" }, rows);
    }

    private ResultTable Table(string title, string[] columns, string sql, params (string, object?)[] args)
    {
        var rows = new List<object?[]>();
        using var cmd = _store.Connection.Command(sql, null, args);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var row = new object?[r.FieldCount];
            for (int i = 0; i < r.FieldCount; i++) row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            rows.Add(row);
        }
        if (rows.Count > 0 && rows[0].Length != columns.Length && columns.Length < rows[0].Length)
        {
            // internal queries may read more columns than they show; callers trim
        }
        return new ResultTable(title, columns, rows);
    }

    private static double? D(object? o) => o is null ? null : Convert.ToDouble(o, System.Globalization.CultureInfo.InvariantCulture);
    private static long L(object? o) => o is null ? 0 : Convert.ToInt64(o, System.Globalization.CultureInfo.InvariantCulture);
}
