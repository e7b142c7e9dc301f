namespace Wirecheck.Store.Corpus;

/// <summary>
/// Groups articles about the same event: TF-IDF vectors of the title (counted twice) and lead plus the
/// corpus entities the article names; articles join when their cosine reaches <see cref="Threshold"/> and
/// they were published within <see cref="Window"/> of each other (near-duplicates always join).
/// </summary>
public sealed class StoryClusterer
{
    public double Threshold { get; init; } = 0.28;
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(4);
    public int TermsPerArticle { get; init; } = 40;
    /// <summary>An article left alone joins a story of at least two articles whose centroid is this close.</summary>
    public double CentroidThreshold { get; init; } = 0.15;
    private const double NeighbourFloor = 0.08;

    public IReadOnlyList<Story> Cluster(IReadOnlyList<CorpusArticle> articles, IReadOnlyList<CorpusEntity> entities)
    {
        int n = articles.Count;
        var vectors = Vectors(articles, entities);
        var uf = new UnionFind(n);
        var neighbours = new List<int>[n];
        for (int i = 0; i < n; i++) neighbours[i] = new List<int>();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var idIndex = new Dictionary<long, int>();
        for (int i = 0; i < n; i++) idIndex[articles[i].Id] = i;
        for (int i = 0; i < n; i++)
        {
            var candidates = new HashSet<int>();
            foreach (var k in vectors[i].Keys)
            {
                if (!index.TryGetValue(k, out var list)) index[k] = list = new();
                // very common terms do not identify a story; cap the posting lists for speed
                if (list.Count < 2000) foreach (var j in list) candidates.Add(j);
                list.Add(i);
            }
            foreach (var j in candidates)
            {
                if (!CloseInTime(articles[i].Published, articles[j].Published)) continue;
                double cos = Cosine(vectors[i], vectors[j]);
                if (cos >= NeighbourFloor) { neighbours[i].Add(j); neighbours[j].Add(i); }
                if (cos >= Threshold) uf.Union(i, j);
            }
            if (articles[i].NearDuplicateOf is { } d && idIndex.TryGetValue(d, out var di)) uf.Union(i, di);
        }

        AttachToCentroids(articles, vectors, uf, neighbours);

        var stories = new List<Story>();
        foreach (var g in uf.Groups().OrderByDescending(g => g.Count).ThenBy(g => g[0]))
        {
            var members = g.Select(i => articles[i]).OrderBy(a => a.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id).ToList();
            var label = members.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a.Title))?.Title
                ?? (members[0].Lead.Length > 80 ? members[0].Lead[..80] + "…" : members[0].Lead);
            var dates = members.Where(a => a.Published is not null).Select(a => a.Published!.Value).ToList();
            stories.Add(new Story(stories.Count + 1, label, members.Select(a => a.Id).ToList(),
                dates.Count > 0 ? dates.Min() : null, dates.Count > 0 ? dates.Max() : null));
        }
        return stories;
    }


    internal List<Dictionary<string, double>> Vectors(IReadOnlyList<CorpusArticle> articles, IReadOnlyList<CorpusEntity> entities)
    {
        int n = articles.Count;
        var entityOf = new Dictionary<(long, string), int>();
        foreach (var e in entities)
            foreach (var m in e.Members) entityOf[(m.ArticleId, m.LocalId)] = e.Id;

        var tfs = new List<Dictionary<string, double>>(n);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            var tf = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var w in LightStemmer.ContentWords(a.Title)) tf[w] = tf.GetValueOrDefault(w) + 2;
            foreach (var w in LightStemmer.ContentWords(a.Lead)) tf[w] = tf.GetValueOrDefault(w) + 1;
            foreach (var e in a.Rows.Entities)
                if (entityOf.TryGetValue((a.Id, e.LocalId), out var id)) tf["@" + id] = tf.GetValueOrDefault("@" + id) + 1 + Math.Min(e.MentionCount, 2);
            foreach (var k in tf.Keys) df[k] = df.GetValueOrDefault(k) + 1;
            tfs.Add(tf);
        }
        var vectors = new List<Dictionary<string, double>>(n);
        foreach (var tf in tfs)
        {
            var v = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (k, c) in tf)
            {
                // smoothed: in a small corpus the story's own words are in most documents and must still count
                double idf = Math.Log(1 + (double)n / df[k]);
                v[k] = (1 + Math.Log(c)) * idf;
            }
            var top = v.OrderByDescending(kv => kv.Value).Take(TermsPerArticle).ToList();
            double norm = Math.Sqrt(top.Sum(kv => kv.Value * kv.Value));
            vectors.Add(top.ToDictionary(kv => kv.Key, kv => norm > 0 ? kv.Value / norm : 0, StringComparer.Ordinal));
        }

        return vectors;
    }

    /// <summary>
    /// Articles that the pairwise pass left on their own (different wording: a tabloid's version, a denial) are
    /// compared with the centroid of each neighbouring story, which pools all its members' vocabulary.
    /// </summary>
    private void AttachToCentroids(IReadOnlyList<CorpusArticle> articles, List<Dictionary<string, double>> vectors, UnionFind uf, List<int>[] neighbours)
    {
        var groups = uf.Groups();
        var centroids = new Dictionary<int, Dictionary<string, double>>();
        foreach (var g in groups.Where(g => g.Count >= 2))
        {
            var c = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var i in g) foreach (var (k, v) in vectors[i]) c[k] = c.GetValueOrDefault(k) + v;
            double norm = Math.Sqrt(c.Values.Sum(v => v * v));
            foreach (var k in c.Keys.ToList()) c[k] /= norm;
            centroids[uf.Find(g[0])] = c;
        }
        var sizes = groups.ToDictionary(g => uf.Find(g[0]), g => g.Count);
        // singletons and pairs (a wire copy and its syndicated twin) join a larger neighbouring story
        foreach (var g in groups.Where(g => g.Count <= 2))
        {
            int self = uf.Find(g[0]);
            var v = g.Count == 1 ? vectors[g[0]] : centroids[self];
            int best = -1;
            double bestCos = CentroidThreshold;
            foreach (var root in g.SelectMany(i => neighbours[i]).Select(uf.Find).Distinct())
            {
                if (root == self || sizes.GetValueOrDefault(root) <= g.Count || !centroids.TryGetValue(root, out var c)) continue;
                double cos = Cosine(v, c);
                if (cos >= bestCos) { bestCos = cos; best = root; }
            }
            if (best >= 0) uf.Union(best, g[0]);
        }
    }

    internal static double CosineOf(Dictionary<string, double> a, Dictionary<string, double> b) => Cosine(a, b);

    private bool CloseInTime(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null || b is null || (a.Value - b.Value).Duration() <= Window;

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        double s = 0;
        foreach (var (k, v) in a) if (b.TryGetValue(k, out var w)) s += v * w;
        return s;
    }
}
