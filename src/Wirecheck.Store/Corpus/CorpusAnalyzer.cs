namespace Wirecheck.Store.Corpus;

using Wirecheck.Store.Embeddings;
using Wirecheck.Store.Rows;

/// <summary>
/// The cross-article pass, in order: entities, stories, claim clusters, conflicts. Pure: no database. With a
/// sentence encoder, claims that carry no stored vector are encoded here (in memory) and denial quotes are
/// encoded to find the claim they deny.
/// </summary>
public sealed class CorpusAnalyzer(ITextEmbedder? embedder = null, ISentenceEncoder? encoder = null)
{
    private readonly ITextEmbedder _embedder = embedder ?? new LexicalEmbedder();

    public CorpusResult Analyze(IReadOnlyList<CorpusArticle> articles)
    {
        var vectors = encoder is null ? null : ClaimVectors(articles, encoder);
        var entities = EntityResolver.Resolve(articles);
        var stories = new StoryClusterer().Cluster(articles, entities);
        var clusters = new ClaimClusterer(_embedder, vectors).Cluster(articles, stories);
        var conflicts = new ConflictDetector(_embedder) { Encoder = encoder, SentenceVectors = vectors }.Detect(articles, stories, clusters);
        return new CorpusResult(entities, stories, clusters, conflicts);
    }

    /// <summary>Every claim's sentence vector: the stored one, or encoded now in one batched pass.</summary>
    public static Dictionary<ClaimRow, float[]> ClaimVectors(IReadOnlyList<CorpusArticle> articles, ISentenceEncoder encoder)
    {
        var map = new Dictionary<ClaimRow, float[]>(ReferenceEqualityComparer.Instance);
        var missing = new List<ClaimRow>();
        foreach (var a in articles)
            foreach (var c in a.Rows.Claims)
            {
                if (c.Vector is { } v && v.Length == encoder.Dimensions) map[c] = v;
                else missing.Add(c);
            }
        if (missing.Count > 0)
        {
            var encoded = encoder.Encode(missing.Select(ClaimClause.Of).ToList(), CancellationToken.None);
            for (int i = 0; i < missing.Count; i++) map[missing[i]] = encoded[i];
        }
        return map;
    }
}
