namespace Wirecheck.Store.Corpus;

using Wirecheck.Store.Rows;

/// <summary>
/// Finds reports that cannot all be true: disjoint quantities inside a claim cluster; a denial (by its cue)
/// of a claim made in the same story; an event reported both as happened and as not.
/// </summary>
public sealed class ConflictDetector(ITextEmbedder embedder)
{
    public int MaxPerCluster { get; init; } = 10;
    public double DenialSimilarity { get; init; } = 0.3;
    public double DenialSimilarityOutsideStory { get; init; } = 0.5;
    public TimeSpan DenialWindow { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// With a sentence encoder and the claims' vectors, a denial is matched to claims by MiniLM cosine. The claims'
    /// vectors are computed (in one batch) only for the claims a denial is compared with.
    /// </summary>
    public Embeddings.ISentenceEncoder? Encoder { get; init; }
    public ClaimSentenceVectors? SentenceVectors { get; init; }
    public double DenialSentenceSimilarity { get; init; } = 0.5;
    public double DenialSentenceSimilarityOutsideStory { get; init; } = 0.65;

    private bool Near(DateTimeOffset? a, DateTimeOffset? b) => a is not null && b is not null && (a.Value - b.Value).Duration() <= DenialWindow;

    public IReadOnlyList<Conflict> Detect(IReadOnlyList<CorpusArticle> articles, IReadOnlyList<Story> stories, IReadOnlyList<ClaimCluster> clusters)
    {
        var result = new List<Conflict>();
        result.AddRange(QuantityConflicts(clusters));
        result.AddRange(Denials(articles, stories, clusters));
        result.AddRange(EventNegations(articles, stories));
        return result;
    }

    public IEnumerable<Conflict> QuantityConflicts(IReadOnlyList<ClaimCluster> clusters)
    {
        foreach (var cluster in clusters)
        {
            // one representative (earliest) claim per distinct reading
            var readings = new List<(QuantityInterval Interval, ClaimRef First)>();
            foreach (var c in cluster.Claims)
            {
                if (QuantityInterval.Of(c.Claim) is not { } iv) continue;
                if (readings.Any(r => r.Interval == iv)) continue;
                readings.Add((iv, c));
            }
            int emitted = 0;
            for (int i = 0; i < readings.Count && emitted < MaxPerCluster; i++)
                for (int j = i + 1; j < readings.Count && emitted < MaxPerCluster; j++)
                {
                    var (ia, _) = readings[i];
                    var (ib, _) = readings[j];
                    // a pair of claims from two different articles (a number restated differently inside one article
                    // is not a disagreement between outlets), the earliest such pair
                    if (!QuantityInterval.Disjoint(ia, ib)) continue;
                    ClaimRef? a = null, other = null;
                    foreach (var x in cluster.Claims.Where(c => QuantityInterval.Of(c.Claim) == ia))
                    {
                        other = cluster.Claims.FirstOrDefault(c => c.ArticleId != x.ArticleId && QuantityInterval.Of(c.Claim) == ib
                                                                   && ClaimClusterer.TimesCompatible(x.Claim, c.Claim));
                        if (other is not null) { a = x; break; }
                    }
                    if (a is null || other is null) continue;
                    emitted++;
                    yield return new Conflict("quantity", cluster.Id, a.Claim.Id, other.Claim.Id, a.ArticleId, other.ArticleId,
                        $"{Who(a)} reports {Quantity(a.Claim)} but {Who(other)} reports {Quantity(other.Claim)} ({cluster.Label})");
                }
        }
    }

    public IEnumerable<Conflict> Denials(IReadOnlyList<CorpusArticle> articles, IReadOnlyList<Story> stories, IReadOnlyList<ClaimCluster> clusters)
    {
        var storyOf = new Dictionary<long, int>();
        foreach (var s in stories) foreach (var id in s.ArticleIds) storyOf[id] = s.Id;
        var clusterOf = new Dictionary<(long, string), int>();
        foreach (var c in clusters) foreach (var r in c.Claims) clusterOf[(r.ArticleId, r.Claim.LocalId)] = c.Id;
        var byStory = articles.GroupBy(a => storyOf.TryGetValue(a.Id, out var s) ? s : -(int)a.Id).ToDictionary(g => g.Key, g => g.Select(x => x.Id).ToHashSet());
        // every denial's sentence vector in one batch, each distinct wording once (syndicated copies repeat them)
        Dictionary<string, float[]>? denialVectors = null;
        if (Encoder is not null && SentenceVectors is not null)
        {
            var contents = articles.SelectMany(a => a.Rows.Quotes).Where(IsDenial).Select(q => q.Content).Distinct(StringComparer.Ordinal).ToList();
            var encoded = contents.Count == 0 ? Array.Empty<float[]>() : Encoder.Encode(contents, CancellationToken.None);
            denialVectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
            for (int i = 0; i < contents.Count; i++) denialVectors[contents[i]] = encoded[i];
            // the claims the denials below are compared with: those of the denial's story and of the days around it
            if (contents.Count > 0)
            {
                var need = new List<ClaimRow>();
                var wanted = new HashSet<ClaimRow>(ReferenceEqualityComparer.Instance);
                foreach (var a in articles)
                {
                    var deniedHere = a.Rows.Quotes.Where(IsDenial).Select(q => q.LocalId).ToList();
                    if (deniedHere.Count == 0) continue;
                    var sameStory = byStory[storyOf.TryGetValue(a.Id, out var st) ? st : -(int)a.Id];
                    foreach (var other in articles)
                    {
                        if (!sameStory.Contains(other.Id) && !Near(a.Published, other.Published)) continue;
                        foreach (var c in other.Rows.Claims)
                        {
                            // the denial's own content is skipped only when every denial of the article owns it
                            if (other.Id == a.Id && c.AttributedQuote is { } own && deniedHere.All(d => d == own)) continue;
                            if (wanted.Add(c) && SentenceVectors.NeedsForDenial(c)) need.Add(c);
                        }
                    }
                }
                SentenceVectors.Prefetch(need);
            }
        }
        // the lexical vector of a claim without a sentence vector, computed once
        var lexical = new Dictionary<ClaimRow, float[]>(ReferenceEqualityComparer.Instance);
        float[] Lexical(ClaimRow c)
        {
            if (!lexical.TryGetValue(c, out var v)) lexical[c] = v = embedder.Embed(c.Text);
            return v;
        }
        foreach (var a in articles)
        {
            foreach (var q in a.Rows.Quotes)
            {
                if (!IsDenial(q)) continue;
                var qv = embedder.Embed(q.Content);
                float[]? qs = denialVectors?[q.Content];
                var story = storyOf.TryGetValue(a.Id, out var s) ? s : -(int)a.Id;
                ClaimRow? best = null;
                CorpusArticle? bestArticle = null;
                double bestSim = 0;
                // claims of the same story, or (when the story pass left the denial apart) any claim of the days
                // around it that uses clearly the same words
                var sameStory = byStory[story];
                foreach (var other in articles)
                {
                    bool inStory = sameStory.Contains(other.Id);
                    if (!inStory && !Near(a.Published, other.Published)) continue;
                    foreach (var c in other.Rows.Claims)
                    {
                        if (other.Id == a.Id && c.AttributedQuote == q.LocalId) continue; // the denial's own content
                        double sim, need;
                        if (qs is not null && SentenceVectors!.ForDenial(c) is { } cs && cs.Length == qs.Length)
                        {
                            sim = LexicalEmbedder.Cosine(qs, cs);
                            need = inStory ? DenialSentenceSimilarity : DenialSentenceSimilarityOutsideStory;
                        }
                        else
                        {
                            sim = LexicalEmbedder.Cosine(qv, Lexical(c));
                            need = inStory ? DenialSimilarity : DenialSimilarityOutsideStory;
                        }
                        if (sim >= need && sim > bestSim) { bestSim = sim; best = c; bestArticle = other; }
                    }
                }
                if (best is null || bestArticle is null) continue;
                int? cluster = clusterOf.TryGetValue((bestArticle.Id, best.LocalId), out var cid) ? cid : null;
                yield return new Conflict("denial", cluster, best.Id == 0 ? null : best.Id, null, bestArticle.Id, a.Id,
                    $"{q.SpeakerName ?? "a source"} ({a.Site ?? "article " + a.Id}) {q.Cue ?? "denied"}: \"{Trim(q.Content)}\" — against: \"{Trim(best.Text)}\" ({bestArticle.Site ?? "article " + bestArticle.Id})");
            }
        }
    }

    public IEnumerable<Conflict> EventNegations(IReadOnlyList<CorpusArticle> articles, IReadOnlyList<Story> stories)
    {
        var storyOf = new Dictionary<long, int>();
        foreach (var s in stories) foreach (var id in s.ArticleIds) storyOf[id] = s.Id;
        var groups = new Dictionary<string, List<(CorpusArticle Article, EventRow Event)>>(StringComparer.Ordinal);
        foreach (var a in articles)
            foreach (var v in a.Rows.Events)
            {
                if (v.Hypothetical || v.Future) continue;
                if (v.Actors.Count == 0 && v.Recipients.Count == 0) continue;
                var key = string.Join('|', (storyOf.TryGetValue(a.Id, out var s) ? s : -a.Id).ToString(), v.Type, v.Mode ?? "",
                    string.Join(',', v.Actors.Select(NameKey.Phrase).Order()), string.Join(',', v.Recipients.Select(NameKey.Phrase).Order()));
                if (!groups.TryGetValue(key, out var list)) groups[key] = list = new();
                list.Add((a, v));
            }
        foreach (var (_, list) in groups)
        {
            var neg = list.FirstOrDefault(x => x.Event.Negated);
            var pos = list.FirstOrDefault(x => !x.Event.Negated);
            if (neg.Article is null || pos.Article is null) continue;
            yield return new Conflict("event-negation", null, null, null, pos.Article.Id, neg.Article.Id,
                $"{pos.Article.Site ?? "article " + pos.Article.Id} reports {pos.Event.Type} \"{pos.Event.TriggerText}\"; {neg.Article.Site ?? "article " + neg.Article.Id} reports it did not happen");
        }
    }

    public static bool IsDenial(QuoteRow q)
    {
        if (q.CueLemma is { } lemma && CorpusLexicon.DenialCues.Contains(lemma)) return true;
        if (q.Cue is null) return false;
        var cue = q.Cue.Trim().ToLowerInvariant();
        foreach (var l in CorpusLexicon.DenialCues)
        {
            if (cue.StartsWith(l, StringComparison.Ordinal)) return true;
            if (l.EndsWith('y') && cue.StartsWith(l[..^1] + "i", StringComparison.Ordinal)) return true; // denied, denies
            if (l.EndsWith('e') && cue.StartsWith(l[..^1], StringComparison.Ordinal)) return true;        // refuted, disputing
        }
        return false;
    }

    private static string Who(ClaimRef c) => c.Claim.SpeakerName is { } s ? $"{s} ({c.Site ?? "article " + c.ArticleId})" : c.Site ?? "article " + c.ArticleId;
    private static string Quantity(ClaimRow c) => c.QuantityText is { Length: > 0 } t ? $"\"{t}\"" : QuantityInterval.Of(c)?.ToString() ?? "?";
    private static string Trim(string s) => s.Length > 140 ? s[..140] + "…" : s;
}
