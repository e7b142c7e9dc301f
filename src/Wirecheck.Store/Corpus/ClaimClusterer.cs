namespace Wirecheck.Store.Corpus;

using Wirecheck.Store.Rows;

/// <summary>
/// Groups claims about the same quantity: similar object and predicate (embedding cosine), the same unit,
/// and numbers of a compatible order of magnitude. Claims from articles of the same story need less
/// textual similarity. Only groups of two or more claims become clusters.
/// </summary>
public sealed class ClaimClusterer(ITextEmbedder embedder)
{
    public double Threshold { get; init; } = 0.55;
    public double SameStoryBonus { get; init; } = 0.12;
    public double MaxMagnitudeRatio { get; init; } = 1000;

    /// <summary>With object and predicate on both sides, predicates this dissimilar mean different claims.</summary>
    public double MinPredicateSimilarity { get; init; } = 0.3;

    private sealed record Item(ClaimRef Ref, float[]? Object, float[]? Predicate, float[] Whole, QuantityInterval? Interval, List<string> Words, int? Story);

    public IReadOnlyList<ClaimCluster> Cluster(IReadOnlyList<CorpusArticle> articles, IReadOnlyList<Story> stories)
    {
        var storyOf = new Dictionary<long, int>();
        foreach (var s in stories) foreach (var id in s.ArticleIds) storyOf[id] = s.Id;
        var items = new List<Item>();
        foreach (var a in articles)
            foreach (var c in a.Rows.Claims)
            {
                var subject = SubjectText(c);
                bool structured = !string.IsNullOrWhiteSpace(c.Object) && !string.IsNullOrWhiteSpace(c.Predicate);
                items.Add(new Item(new ClaimRef(a.Id, c, a.Site, a.Published),
                    structured ? embedder.Embed(c.Object!) : null, structured ? embedder.Embed(c.Predicate!) : null, embedder.Embed(c.Text),
                    QuantityInterval.Of(c), LightStemmer.ContentWords(subject).Distinct().ToList(), storyOf.TryGetValue(a.Id, out var st) ? st : null));
            }

        var uf = new UnionFind(items.Count);
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            var candidates = new HashSet<int>();
            foreach (var w in items[i].Words)
            {
                if (!index.TryGetValue(w, out var list)) index[w] = list = new();
                if (list.Count < 5000) foreach (var j in list) candidates.Add(j);
                list.Add(i);
            }
            foreach (var j in candidates)
                if (uf.Find(i) != uf.Find(j) && Similar(items[i], items[j])) uf.Union(i, j);
        }

        var clusters = new List<ClaimCluster>();
        foreach (var g in uf.Groups().Where(g => g.Count >= 2))
        {
            var members = g.Select(i => items[i]).OrderBy(x => x.Ref.Published ?? DateTimeOffset.MaxValue).ThenBy(x => x.Ref.ArticleId).ThenBy(x => x.Ref.Claim.SpanStart).ToList();
            var withObject = members.Where(m => !string.IsNullOrWhiteSpace(m.Ref.Claim.Object)).ToList();
            string? obj = withObject.GroupBy(m => m.Ref.Claim.Object!.Trim(), StringComparer.OrdinalIgnoreCase).OrderByDescending(x => x.Count()).FirstOrDefault()?.Key;
            string? pred = members.Where(m => !string.IsNullOrWhiteSpace(m.Ref.Claim.Predicate))
                .GroupBy(m => m.Ref.Claim.Predicate!.Trim(), StringComparer.OrdinalIgnoreCase).OrderByDescending(x => x.Count()).FirstOrDefault()?.Key;
            var label = obj is not null ? (pred is not null ? $"{obj} {pred}" : obj) : members.Select(m => m.Ref.Claim.Text).OrderBy(t => t.Length).First();
            int? story = members.Where(m => m.Story is not null).GroupBy(m => m.Story).OrderByDescending(x => x.Count()).FirstOrDefault()?.Key;
            clusters.Add(new ClaimCluster(clusters.Count + 1, label, obj, pred, members.Select(m => m.Ref).ToList(), story));
        }
        return clusters;
    }

    /// <summary>The words that say what is counted: object and predicate when the claims stage gave them, else the claim text.</summary>
    public static string SubjectText(ClaimRow c) =>
        !string.IsNullOrWhiteSpace(c.Object) ? $"{c.Object} {c.Predicate}".Trim() : c.Text;

    private bool Similar(Item a, Item b)
    {
        var ca = a.Ref.Claim; var cb = b.Ref.Claim;
        if (ca.Unit is not null && cb.Unit is not null && !string.Equals(ca.Unit, cb.Unit, StringComparison.OrdinalIgnoreCase)) return false;
        if (a.Interval?.Magnitude is { } ma && b.Interval?.Magnitude is { } mb && ma > 0 && mb > 0 && Math.Max(ma, mb) / Math.Min(ma, mb) > MaxMagnitudeRatio)
            return false;
        if (!TimesCompatible(ca, cb)) return false;
        double sim;
        if (a.Object is not null && b.Object is not null && a.Predicate is not null && b.Predicate is not null)
        {
            double pp = LexicalEmbedder.Cosine(a.Predicate, b.Predicate);
            if (pp < MinPredicateSimilarity) return false;
            sim = 0.4 * LexicalEmbedder.Cosine(a.Object, b.Object) + 0.4 * pp + 0.2 * LexicalEmbedder.Cosine(a.Whole, b.Whole);
        }
        else sim = LexicalEmbedder.Cosine(a.Whole, b.Whole);
        double threshold = Threshold - (a.Story is not null && a.Story == b.Story ? SameStoryBonus : 0);
        return sim >= threshold;
    }

    /// <summary>Claims about explicitly different periods ("in 2023" vs "in 2024") are different claims.</summary>
    public static bool TimesCompatible(ClaimRow a, ClaimRow b)
    {
        if (a.TimeFrom is null || b.TimeFrom is null) return true;
        var aTo = a.TimeTo ?? a.TimeFrom;
        var bTo = b.TimeTo ?? b.TimeFrom;
        return string.CompareOrdinal(a.TimeFrom, Pad(bTo)) <= 0 && string.CompareOrdinal(b.TimeFrom, Pad(aTo)) <= 0;
    }

    // "2024" as an end bound covers "2024-12-31"
    private static string Pad(string end) => end.Length switch { 4 => end + "-12-31", 7 => end + "-31", _ => end };
}
