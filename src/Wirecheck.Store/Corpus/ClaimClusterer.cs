namespace Wirecheck.Store.Corpus;

using Wirecheck.Store.Rows;

/// <summary>
/// Groups claims about the same quantity: similar object and predicate, the same unit, and numbers of a
/// compatible order of magnitude. When both claims have a sentence vector (MiniLM), their cosine carries most of
/// the decision, so paraphrases with no word in common ("captured" / "took prisoner") meet; the lexical
/// object/predicate similarity still has to agree, or the sentences have to be near-paraphrases. Claims from
/// articles of the same story need less similarity. Only groups of two or more claims become clusters.
/// </summary>
public sealed class ClaimClusterer(ITextEmbedder embedder, ClaimSentenceVectors? sentenceVectors = null)
{
    public double Threshold { get; init; } = 0.55;
    public double SameStoryBonus { get; init; } = 0.12;
    public double MaxMagnitudeRatio { get; init; } = 1000;

    /// <summary>With object and predicate on both sides, predicates this dissimilar mean different claims.</summary>
    public double MinPredicateSimilarity { get; init; } = 0.3;

    /// <summary>Sentence-vector threshold (MiniLM cosine blended with object/predicate similarity).</summary>
    public double SentenceThreshold { get; init; } = 0.6;

    /// <summary>With sentence vectors: how much more similar claims must be per factor of ten between their figures.</summary>
    public double MagnitudePenalty { get; init; } = 0.15;

    /// <summary>With sentence vectors: how much less similar claims of one story may be.</summary>
    public double SentenceSameStoryBonus { get; init; } = 0.1;

    /// <summary>With sentence vectors: how much more similar claims of different (or no) stories must be.</summary>
    public double CrossStoryPenalty { get; init; } = 0.0;

    /// <summary>With sentence vectors: claims of different (or no) stories join only when published this close together.</summary>
    public TimeSpan CrossStoryWindow { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Sentences this close are the same claim even when the predicates share no word ("captured" / "detained").</summary>
    public double ParaphraseSimilarity { get; init; } = 0.65;

    /// <summary>Claims of one story are compared pairwise (sentence vectors find paraphrases the word index misses) up to this many.</summary>
    public int MaxStoryClaimsPairwise { get; init; } = 400;

    /// <summary>Called for each pair that joins two groups (for tests and diagnostics).</summary>
    internal Action<ClaimRef, ClaimRef>? OnJoin { get; init; }

    /// <summary>
    /// A claim being clustered. <c>HasSentence</c>: it takes the sentence-vector rules (a stored vector, or an encoder
    /// to compute one); the vector itself is read only when a comparison gets that far (<see cref="ClaimSentenceVectors"/>).
    /// </summary>
    private sealed record Item(ClaimRef Ref, float[]? Object, float[]? Predicate, float[] Whole, bool HasSentence, int SentenceLength, QuantityInterval? Interval, List<string> Words, int? Story)
    {
        /// <summary>The clause the sentence vector is made of (<see cref="Embeddings.ClaimClause"/>); null without sentence rules.</summary>
        public string? Clause { get; init; }

        /// <summary>The article's <see cref="CorpusArticle.CopyKey"/>.</summary>
        public string? CopyKey { get; init; }

        public bool CountsTime { get; } = ClaimClusterer.CountsTime(Ref.Claim);
    }

    /// <summary>A candidate pair (indexes into the items), in the order the candidates were found.</summary>
    private readonly record struct Pair(int I, int J);

    public IReadOnlyList<ClaimCluster> Cluster(IReadOnlyList<CorpusArticle> articles, IReadOnlyList<Story> stories)
    {
        var storyOf = new Dictionary<long, int>();
        foreach (var s in stories) foreach (var id in s.ArticleIds) storyOf[id] = s.Id;
        var items = new List<Item>();
        // syndicated copies and restatements repeat objects, predicates and sentences: each text is embedded once
        var memo = new Dictionary<string, float[]>(StringComparer.Ordinal);
        float[] Embed(string text)
        {
            if (!memo.TryGetValue(text, out var v)) memo[text] = v = embedder.Embed(text);
            return v;
        }
        foreach (var a in articles)
            foreach (var c in a.Rows.Claims)
            {
                var subject = SubjectText(c);
                bool structured = !string.IsNullOrWhiteSpace(c.Object) && !string.IsNullOrWhiteSpace(c.Predicate);
                items.Add(new Item(new ClaimRef(a.Id, c, a.Site, a.Published),
                    structured ? Embed(c.Object!) : null, structured ? Embed(c.Predicate!) : null, Embed(c.Text),
                    c.Vector is not null || sentenceVectors is not null && sentenceVectors.HasForClustering(c),
                    c.Vector?.Length ?? sentenceVectors?.ClusteringLength(c) ?? 0,
                    QuantityInterval.Of(c), LightStemmer.ContentWords(subject).Distinct().ToList(), storyOf.TryGetValue(a.Id, out var st) ? st : null)
                {
                    Clause = c.Vector is not null || sentenceVectors is not null && sentenceVectors.HasForClustering(c) ? Embeddings.ClaimClause.Of(c) : null,
                    CopyKey = a.CopyKey,
                });
            }

        // the candidate pairs (a shared content word, or one story), in order; a pair that fails a test needing no
        // vector is dropped here. Which pairs are candidates does not depend on the groups formed so far, so
        // replaying them below in the same order joins exactly what comparing them as they were found would join.
        var pairs = new List<Pair>();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byStory = new Dictionary<int, List<int>>();
        var candidates = new HashSet<int>();
        for (int i = 0; i < items.Count; i++)
        {
            candidates.Clear();
            if (items[i].HasSentence && items[i].Story is { } story)
            {
                if (!byStory.TryGetValue(story, out var members)) byStory[story] = members = new();
                if (members.Count < MaxStoryClaimsPairwise) foreach (var j in members) candidates.Add(j);
                members.Add(i);
            }
            foreach (var w in items[i].Words)
            {
                if (!index.TryGetValue(w, out var list)) index[w] = list = new();
                if (list.Count < 5000) foreach (var j in list) candidates.Add(j);
                list.Add(i);
            }
            foreach (var j in candidates)
                if (MayJoin(items[i], items[j])) pairs.Add(new Pair(i, j));
        }
        // the sentence vectors those comparisons will read, computed in one batch (stored ones are not recomputed)
        if (sentenceVectors is not null)
        {
            var need = new List<ClaimRow>();
            var wanted = new HashSet<int>();
            foreach (var p in pairs)
                if (ReadsSentences(items[p.I], items[p.J]))
                {
                    if (wanted.Add(p.I) && sentenceVectors.NeedsForClustering(items[p.I].Ref.Claim)) need.Add(items[p.I].Ref.Claim);
                    if (wanted.Add(p.J) && sentenceVectors.NeedsForClustering(items[p.J].Ref.Claim)) need.Add(items[p.J].Ref.Claim);
                }
            sentenceVectors.Prefetch(need);
        }
        var uf = new UnionFind(items.Count);
        foreach (var p in pairs)
            if (uf.Find(p.I) != uf.Find(p.J) && Similar(items[p.I], items[p.J]))
            {
                OnJoin?.Invoke(items[p.I].Ref, items[p.J].Ref);
                uf.Union(p.I, p.J);
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

    /// <summary>
    /// The tests of <see cref="Similar"/> that need no sentence vector: false means the pair never joins. A pair of
    /// claims with sentence rules that passes them is compared by sentence vector (<see cref="UsesSentences"/>).
    /// </summary>
    private bool MayJoin(Item a, Item b)
    {
        var ca = a.Ref.Claim; var cb = b.Ref.Claim;
        // two quantities of one sentence are two different claims ("155 fighting ... two of them captured")
        if (a.Ref.ArticleId == b.Ref.ArticleId && ca.SpanStart == cb.SpanStart && ca.SpanEnd == cb.SpanEnd) return false;
        // with sentence vectors, claims of one article join only through other outlets: inside one article, similar
        // wording with other numbers is usually another quantity ("the 13-inch" / "the 16-inch MacBook")
        if (a.HasSentence && b.HasSentence && a.Ref.ArticleId == b.Ref.ArticleId) return false;
        // exact copies of one text (syndication, a page fetched twice) are one article for that rule: a claim of one
        // copy joins the same claim of another, never another claim of it
        if (a.HasSentence && b.HasSentence && a.CopyKey is not null && a.CopyKey == b.CopyKey && (ca.SpanStart != cb.SpanStart || ca.SpanEnd != cb.SpanEnd))
            return false;
        // a count of weeks and a count of men are never the same quantity
        if (a.CountsTime != b.CountsTime) return false;
        if (ca.Unit is not null && cb.Unit is not null && !string.Equals(ca.Unit, cb.Unit, StringComparison.OrdinalIgnoreCase)) return false;
        if (a.Interval?.Magnitude is { } ma && b.Interval?.Magnitude is { } mb && ma > 0 && mb > 0 && Math.Max(ma, mb) / Math.Min(ma, mb) > MaxMagnitudeRatio)
            return false;
        if (!TimesCompatible(ca, cb)) return false;
        if (UsesSentences(a, b))
        {
            bool sameStory = a.Story is not null && a.Story == b.Story;
            if (!sameStory && a.Ref.Published is { } pa && b.Ref.Published is { } pb && (pa - pb).Duration() > CrossStoryWindow) return false;
        }
        return true;
    }

    private static bool UsesSentences(Item a, Item b) => a.HasSentence && b.HasSentence && a.SentenceLength == b.SentenceLength;

    /// <summary>The pair's sentence vectors are read: they are compared by sentence, and their clauses differ (one clause, one vector: cosine 1).</summary>
    private static bool ReadsSentences(Item a, Item b) => UsesSentences(a, b) && !string.Equals(a.Clause, b.Clause, StringComparison.Ordinal);

    private float[] Sentence(Item a) => a.Ref.Claim.Vector ?? sentenceVectors!.ForClustering(a.Ref.Claim);

    private double SentenceCosine(Item a, Item b) => ReadsSentences(a, b) ? LexicalEmbedder.Cosine(Sentence(a), Sentence(b)) : 1.0;

    /// <summary>The pair is one claim; called only for pairs that passed <see cref="MayJoin"/>.</summary>
    private bool Similar(Item a, Item b)
    {
        double sim;
        bool structured = a.Object is not null && b.Object is not null && a.Predicate is not null && b.Predicate is not null;
        double bonus = a.Story is not null && a.Story == b.Story ? SameStoryBonus : 0;
        if (UsesSentences(a, b))
        {
            double s = SentenceCosine(a, b);
            if (structured)
            {
                double pp = LexicalEmbedder.Cosine(a.Predicate!, b.Predicate!);
                if (pp < MinPredicateSimilarity && s < ParaphraseSimilarity) return false;
                double oo = LexicalEmbedder.Cosine(a.Object!, b.Object!);
                sim = 0.6 * s + 0.2 * Math.Max(oo, s) + 0.2 * Math.Max(pp, s);
            }
            else sim = s;
            bool sameStory = a.Story is not null && a.Story == b.Story;
            // numeric compatibility: reports of one quantity differ ("two" / "six"), but rarely by orders of magnitude,
            // so each factor of ten between the figures asks for that much more similar wording
            double decades = a.Interval?.Magnitude is { } xa && b.Interval?.Magnitude is { } xb && xa > 0 && xb > 0
                ? Math.Abs(Math.Log10(xa / xb)) : 0;
            double need = SentenceThreshold + (sameStory ? -SentenceSameStoryBonus : CrossStoryPenalty) + MagnitudePenalty * decades;
            return sim >= need;
        }
        if (structured)
        {
            double pp = LexicalEmbedder.Cosine(a.Predicate!, b.Predicate!);
            if (pp < MinPredicateSimilarity) return false;
            sim = 0.4 * LexicalEmbedder.Cosine(a.Object!, b.Object!) + 0.4 * pp + 0.2 * LexicalEmbedder.Cosine(a.Whole, b.Whole);
        }
        else sim = LexicalEmbedder.Cosine(a.Whole, b.Whole);
        return sim >= Threshold - bonus;
    }

    /// <summary>The claim counts a duration: its object's last word is a time unit ("several weeks").</summary>
    public static bool CountsTime(ClaimRow c)
    {
        if (string.IsNullOrWhiteSpace(c.Object)) return false;
        var o = c.Object.AsSpan().Trim();
        int sp = o.LastIndexOf(' ');
        var last = (sp < 0 ? o : o[(sp + 1)..]).ToString();
        return CorpusLexicon.TimeUnits.Contains(last);
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
