namespace Wirecheck.Store.Corpus;

/// <summary>Claims about the same quantity (object and predicate) from one or more outlets, in time order.</summary>
public sealed record ClaimCluster(int Id, string Label, string? Object, string? Predicate, IReadOnlyList<ClaimRef> Claims, int? StoryId)
{
    public int OutletCount => Claims.Select(c => c.Site ?? ("#" + c.ArticleId)).Distinct().Count();
}
