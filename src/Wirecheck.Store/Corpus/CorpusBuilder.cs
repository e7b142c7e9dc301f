namespace Wirecheck.Store.Corpus;

using System.Globalization;
using Wirecheck.Store.Db;
using Wirecheck.Store.Embeddings;
using Wirecheck.Store.Ingest;
using Wirecheck.Store.Rows;

/// <summary>Loads the stored layers, runs the <see cref="CorpusAnalyzer"/>, and replaces the cross-article tables in one transaction.</summary>
public static class CorpusBuilder
{
    public const int LeadChars = 2000;

    /// <summary>
    /// Recomputes the cross-article tables. With a sentence <paramref name="encoder"/>, claims not yet embedded are
    /// embedded first (each claim once; the vectors are stored) and claim clusters use them.
    /// </summary>
    public static CorpusResult Rebuild(ArticleStore store, ITextEmbedder? embedder = null, ISentenceEncoder? encoder = null)
    {
        if (encoder is not null) ClaimEmbedder.EmbedPending(store, encoder);
        var articles = Load(store);
        var result = new CorpusAnalyzer(embedder, encoder).Analyze(articles);
        Save(store, result, articles.Count, (embedder?.Name ?? "lexical") + (encoder is null ? "" : "+" + encoder.Name));
        return result;
    }

    /// <summary>
    /// The cross-article pass that ends an ingest: entities, stories, claim clusters and conflicts are recomputed.
    /// With an encoder, a claim gets its sentence vector when a comparison first reads it (<see cref="ClaimSentenceVectors"/>:
    /// a candidate of another article for the clusterer, or a claim a denial is matched against); the vectors
    /// computed are stored with the corpus tables, so later passes reuse them. <paramref name="eagerVectors"/>
    /// embeds every claim first, as before (the results are the same). With <paramref name="cpu"/>, the process CPU
    /// time of the encoder and of the rest is added to it (<see cref="IngestPart.Embed"/>, <see cref="IngestPart.Link"/>;
    /// the encoder runs on threads of its own, so the process clock is the one that sees all of it).
    /// </summary>
    public static CorpusLinkResult Link(ArticleStore store, Func<ISentenceEncoder>? encoder, IngestCpu? cpu = null, CancellationToken ct = default, bool eagerVectors = false)
    {
        var cpu0 = Environment.CpuUsage.TotalTime;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        ISentenceEncoder? enc = null;
        ClaimEmbeddingStats? stats = null;
        var load = TimeSpan.Zero;
        double loadCpu = 0;
        if (encoder is not null)
        {
            enc = new CpuTimedEncoder(encoder());
            load = sw.Elapsed;
            loadCpu = (Environment.CpuUsage.TotalTime - cpu0).TotalMilliseconds; // the model load is the encoder's
            if (eagerVectors) stats = ClaimEmbedder.EmbedPending(store, enc, ct);
        }
        sw.Restart();
        ct.ThrowIfCancellationRequested();
        var articles = Load(store);
        var analyzer = new CorpusAnalyzer(null, enc);
        var result = analyzer.Analyze(articles);
        Save(store, result, articles.Count, "lexical" + (enc is null ? "" : "+" + enc.Name), analyzer.Vectors);
        if (analyzer.Vectors is { } v && !eagerVectors)
            stats = new ClaimEmbeddingStats(v.ComputedCount, v.Encoded, 1, v.EncodeTime);
        if (cpu is not null)
        {
            double total = (Environment.CpuUsage.TotalTime - cpu0).TotalMilliseconds;
            double embed = loadCpu + (enc is CpuTimedEncoder t ? t.CpuMilliseconds : 0);
            cpu.AddMilliseconds(IngestPart.Embed, embed);
            cpu.AddMilliseconds(IngestPart.Link, total - embed);
        }
        return new CorpusLinkResult(stats, load, result, sw.Elapsed);
    }

    /// <summary>An encoder whose calls add up the process CPU time they take (the encoder's own threads included).</summary>
    private sealed class CpuTimedEncoder(ISentenceEncoder inner) : ISentenceEncoder
    {
        public double CpuMilliseconds { get; private set; }
        public string Name => inner.Name;
        public int Dimensions => inner.Dimensions;

        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct)
        {
            var c0 = Environment.CpuUsage.TotalTime;
            try { return inner.Encode(texts, ct); }
            finally { CpuMilliseconds += (Environment.CpuUsage.TotalTime - c0).TotalMilliseconds; }
        }
    }

    public static List<CorpusArticle> Load(ArticleStore store)
    {
        var c = store.Connection;
        var entities = new Dictionary<long, List<EntityRow>>();
        using (var cmd = c.Command("SELECT id, article_id, local_id, type, name, aliases, titles, country, geonameid, lat, lon, mention_count, first_start, first_end FROM entities ORDER BY id"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                Add(entities, r.GetInt64(1), new EntityRow(r.GetString(2), r.GetString(3), r.GetString(4), RowWriter.Split(r.Str(5)), RowWriter.Split(r.Str(6)),
                    r.Str(7), r.LongOrNull(8), r.DoubleOrNull(9), r.DoubleOrNull(10), (int)r.GetInt64(11), (int?)r.LongOrNull(12), (int?)r.LongOrNull(13))
                { Id = r.GetInt64(0), ArticleId = r.GetInt64(1) });
        var quotes = new Dictionary<long, List<QuoteRow>>();
        using (var cmd = c.Command("SELECT id, article_id, local_id, kind, speaker_local, speaker_name, source_text, cue, cue_lemma, content, content_start, content_end, confidence FROM quotes ORDER BY id"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                Add(quotes, r.GetInt64(1), new QuoteRow(r.GetString(2), r.GetString(3), r.Str(4), r.Str(5), r.Str(6), r.Str(7), r.Str(8), r.GetString(9),
                    (int)r.GetInt64(10), (int)r.GetInt64(11), r.DoubleOrNull(12) ?? 0) { Id = r.GetInt64(0), ArticleId = r.GetInt64(1) });
        var claims = new Dictionary<long, List<ClaimRow>>();
        foreach (var row in ClaimRows(store, null)) Add(claims, row.ArticleId, row);
        var events = new Dictionary<long, List<EventRow>>();
        using (var cmd = c.Command("SELECT id, article_id, local_id, type, mode, trigger_text, trigger_start, trigger_end, actors, recipients, location_name, date, negated, hypothetical, future, attributed_quote FROM events ORDER BY id"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                Add(events, r.GetInt64(1), new EventRow(r.GetString(2), r.GetString(3), r.Str(4), r.GetString(5), (int)r.GetInt64(6), (int)r.GetInt64(7),
                    RowWriter.Split(r.Str(8)), RowWriter.Split(r.Str(9)), r.Str(10), r.Str(11), r.Bool(12), r.Bool(13), r.Bool(14), r.Str(15))
                { Id = r.GetInt64(0), ArticleId = r.GetInt64(1) });

        var leads = new Dictionary<long, string>();
        var ftsId = store.Dialect.Name == "sqlite" ? "rowid" : "article_id";
        using (var cmd = c.Command($"SELECT {ftsId}, substr(body, 1, {LeadChars}) FROM article_fts"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) leads[r.GetInt64(0)] = r.Str(1) ?? "";

        var list = new List<CorpusArticle>();
        using (var cmd = c.Command("SELECT id, site, published, title, near_dup_of, text_hash, pipeline_version FROM articles ORDER BY id"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                long id = r.GetInt64(0);
                var rows = new ArticleRows(Get(entities, id), Get(quotes, id), Get(claims, id), Get(events, id));
                list.Add(new CorpusArticle(id, r.Str(1), ParseDate(r.Str(2)), r.Str(3), leads.GetValueOrDefault(id, ""), rows) { NearDuplicateOf = r.LongOrNull(4), CopyKey = r.Str(5) + "|" + r.Str(6) });
            }
        return list;
    }

    /// <summary>Claim rows, all or those of one cluster.</summary>
    public static List<ClaimRow> ClaimRows(ArticleStore store, long? clusterId)
    {
        var list = new List<ClaimRow>();
        using var cmd = store.Connection.Command($"""
            SELECT id, article_id, local_id, text, span_start, span_end, quantity_text, value, qmin, qmax, min_inclusive, max_inclusive, hedge, approximate, unit,
                   object, predicate, time_from, time_to, place_name, attributed_quote, speaker_name, embedding
            FROM claims {(clusterId is null ? "" : "WHERE cluster_id = @c")} ORDER BY id
            """, null, clusterId is null ? Array.Empty<(string, object?)>() : new (string, object?)[] { ("@c", clusterId) });
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new ClaimRow(r.GetString(2), r.GetString(3), (int)r.GetInt64(4), (int)r.GetInt64(5), r.Str(6), r.DoubleOrNull(7), r.DoubleOrNull(8), r.DoubleOrNull(9),
                r.Bool(10), r.Bool(11), r.Str(12), r.Bool(13), r.Str(14), r.Str(15), r.Str(16), r.Str(17), r.Str(18), r.Str(19), r.Str(20), r.Str(21))
            { Id = r.GetInt64(0), ArticleId = r.GetInt64(1), Vector = r.IsDBNull(22) ? null : VectorPacking.Unpack(r.Bytes(22)) });
        return list;
    }

    /// <summary>
    /// Replaces the cross-article tables in one transaction; with <paramref name="vectors"/>, the claim vectors
    /// computed in the pass are stored in the same transaction (a crash loses them with the rest, and the next
    /// pass computes them again).
    /// </summary>
    public static void Save(ArticleStore store, CorpusResult result, int articleCount, string embedderName, ClaimSentenceVectors? vectors = null)
    {
        var c = store.Connection;
        using var tx = c.BeginTransaction();
        if (vectors is not null)
            using (var up = c.Command("UPDATE claims SET embedding = @e WHERE id = @id AND embedding IS NULL", tx, ("@e", Array.Empty<byte>()), ("@id", 0L)))
                foreach (var (claim, packed) in vectors.Computed)
                {
                    if (claim.Id == 0) continue;
                    up.Set("@e", packed);
                    up.Set("@id", claim.Id);
                    up.ExecuteNonQuery();
                }
        foreach (var t in new[] { "corpus_entities", "corpus_aliases", "stories", "story_members", "claim_clusters", "conflicts", "corpus_state" })
            c.Exec($"DELETE FROM {t}", tx);
        c.Exec("UPDATE entities SET corpus_entity_id = NULL WHERE corpus_entity_id IS NOT NULL", tx);
        c.Exec("UPDATE claims SET cluster_id = NULL WHERE cluster_id IS NOT NULL", tx);

        using (var ins = c.Command("INSERT INTO corpus_entities (id, type, name, mention_count, article_count) VALUES (@i, @t, @n, @m, @a)", tx, ("@i", 0), ("@t", ""), ("@n", ""), ("@m", 0), ("@a", 0)))
        using (var al = c.Command("INSERT INTO corpus_aliases (corpus_entity_id, alias, count) VALUES (@i, @a, @c)", tx, ("@i", 0), ("@a", ""), ("@c", 0)))
        using (var up = c.Command("UPDATE entities SET corpus_entity_id = @i WHERE id = @e", tx, ("@i", 0), ("@e", 0L)))
            foreach (var e in result.Entities)
            {
                ins.Set("@i", e.Id); ins.Set("@t", e.Type); ins.Set("@n", e.Name); ins.Set("@m", e.MentionCount); ins.Set("@a", e.ArticleCount);
                ins.ExecuteNonQuery();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var a in e.Aliases.Prepend(new AliasCount(e.Name, e.Members.Count)))
                {
                    if (!seen.Add(a.Alias)) continue;
                    al.Set("@i", e.Id); al.Set("@a", a.Alias); al.Set("@c", a.Count);
                    al.ExecuteNonQuery();
                }
                foreach (var m in e.Members.Where(m => m.EntityRowId != 0))
                {
                    up.Set("@i", e.Id); up.Set("@e", m.EntityRowId);
                    up.ExecuteNonQuery();
                }
            }
        // one command per statement, re-bound per row
        using (var member = c.Command("INSERT INTO story_members (story_id, article_id) VALUES (@s, @a)", tx, ("@s", 0), ("@a", 0L)))
            foreach (var s in result.Stories)
            {
                c.Exec("INSERT INTO stories (id, label, first_published, last_published, article_count) VALUES (@i, @l, @f, @t, @n)", tx,
                    ("@i", s.Id), ("@l", s.Label), ("@f", Ingest.ArticlePreparer.FormatDate(s.First)), ("@t", Ingest.ArticlePreparer.FormatDate(s.Last)), ("@n", s.ArticleIds.Count));
                foreach (var a in s.ArticleIds)
                {
                    member.Set("@s", s.Id); member.Set("@a", a);
                    member.ExecuteNonQuery();
                }
            }
        using (var inCluster = c.Command("UPDATE claims SET cluster_id = @k WHERE id = @id", tx, ("@k", 0), ("@id", 0L)))
            foreach (var k in result.ClaimClusters)
            {
                c.Exec("INSERT INTO claim_clusters (id, label, object, predicate, claim_count, outlet_count, story_id) VALUES (@i, @l, @o, @p, @c, @n, @s)", tx,
                    ("@i", k.Id), ("@l", k.Label), ("@o", k.Object), ("@p", k.Predicate), ("@c", k.Claims.Count), ("@n", k.OutletCount), ("@s", k.StoryId));
                foreach (var r in k.Claims.Where(r => r.Claim.Id != 0))
                {
                    inCluster.Set("@k", k.Id); inCluster.Set("@id", r.Claim.Id);
                    inCluster.ExecuteNonQuery();
                }
            }
        int n = 0;
        foreach (var f in result.Conflicts)
            c.Exec("INSERT INTO conflicts (id, kind, cluster_id, claim_a, claim_b, article_a, article_b, description) VALUES (@i, @k, @c, @a, @b, @aa, @ab, @d)", tx,
                ("@i", ++n), ("@k", f.Kind), ("@c", f.ClusterId), ("@a", f.ClaimA), ("@b", f.ClaimB), ("@aa", f.ArticleA), ("@ab", f.ArticleB), ("@d", f.Description));
        c.Exec("INSERT INTO corpus_state (key, value) VALUES ('built_at', @v)", tx, ("@v", DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture)));
        c.Exec("INSERT INTO corpus_state (key, value) VALUES ('articles', @v)", tx, ("@v", articleCount.ToString(CultureInfo.InvariantCulture)));
        c.Exec("INSERT INTO corpus_state (key, value) VALUES ('embedder', @v)", tx, ("@v", embedderName));
        tx.Commit();
    }

    public static DateTimeOffset? ParseDate(string? s) =>
        s is not null && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    private static void Add<T>(Dictionary<long, List<T>> map, long key, T item)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<T>();
        list.Add(item);
    }

    private static IReadOnlyList<T> Get<T>(Dictionary<long, List<T>> map, long key) => map.TryGetValue(key, out var l) ? l : Array.Empty<T>();
}
