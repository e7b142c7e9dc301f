namespace Wirecheck.Store.Corpus;

/// <summary>Everything the cross-article pass computes.</summary>
public sealed record CorpusResult(
    IReadOnlyList<CorpusEntity> Entities, IReadOnlyList<Story> Stories, IReadOnlyList<ClaimCluster> ClaimClusters, IReadOnlyList<Conflict> Conflicts);
