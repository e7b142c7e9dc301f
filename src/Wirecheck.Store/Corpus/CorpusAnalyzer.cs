namespace Wirecheck.Store.Corpus;

/// <summary>The cross-article pass, in order: entities, stories, claim clusters, conflicts. Pure: no database.</summary>
public sealed class CorpusAnalyzer(ITextEmbedder? embedder = null)
{
    private readonly ITextEmbedder _embedder = embedder ?? new LexicalEmbedder();

    public CorpusResult Analyze(IReadOnlyList<CorpusArticle> articles)
    {
        var entities = EntityResolver.Resolve(articles);
        var stories = new StoryClusterer().Cluster(articles, entities);
        var clusters = new ClaimClusterer(_embedder).Cluster(articles, stories);
        var conflicts = new ConflictDetector(_embedder).Detect(articles, stories, clusters);
        return new CorpusResult(entities, stories, clusters, conflicts);
    }
}
