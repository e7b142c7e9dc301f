namespace Wirecheck.Store.Corpus;

using Wirecheck.Store.Embeddings;
using Wirecheck.Store.Rows;

/// <summary>
/// The cross-article pass, in order: entities, stories, claim clusters, conflicts. Pure: no database. With a
/// sentence encoder, claims that carry no stored vector are encoded here (in memory) when a comparison reads
/// their vector (<see cref="ClaimSentenceVectors"/>), and denial quotes are encoded to find the claim they deny.
/// </summary>
public sealed class CorpusAnalyzer(ITextEmbedder? embedder = null, ISentenceEncoder? encoder = null)
{
    private readonly ITextEmbedder _embedder = embedder ?? new LexicalEmbedder();

    /// <summary>
    /// Compute every claim's sentence vector before comparing (as if every claim had been embedded at ingest)
    /// instead of only those a comparison reads. The results are the same; the eager pass encodes more.
    /// </summary>
    public bool EagerVectors { get; init; }

    /// <summary>The sentence vectors of the last <see cref="Analyze"/> (null without an encoder): what was encoded, to store.</summary>
    public ClaimSentenceVectors? Vectors { get; private set; }

    public CorpusResult Analyze(IReadOnlyList<CorpusArticle> articles)
    {
        var vectors = Vectors = encoder is null ? null : new ClaimSentenceVectors(encoder, articles);
        if (EagerVectors) vectors?.PrefetchAll(articles);
        var entities = EntityResolver.Resolve(articles);
        var stories = new StoryClusterer().Cluster(articles, entities);
        var clusters = new ClaimClusterer(_embedder, vectors).Cluster(articles, stories);
        var conflicts = new ConflictDetector(_embedder) { Encoder = encoder, SentenceVectors = vectors }.Detect(articles, stories, clusters);
        return new CorpusResult(entities, stories, clusters, conflicts);
    }
}
