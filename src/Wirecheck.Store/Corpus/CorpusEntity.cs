namespace Wirecheck.Store.Corpus;

/// <summary>One real-world referent across the corpus, with every spelling seen and the document entities it joins.</summary>
public sealed record CorpusEntity(int Id, string Type, string Name, IReadOnlyList<AliasCount> Aliases, IReadOnlyList<EntityMember> Members)
{
    public int MentionCount => Members.Sum(m => m.MentionCount);
    public int ArticleCount => Members.Select(m => m.ArticleId).Distinct().Count();
}

/// <summary>A spelling of a corpus entity and how many document entities used it.</summary>
public sealed record AliasCount(string Alias, int Count);

/// <summary>A document entity that belongs to a corpus entity.</summary>
public sealed record EntityMember(long ArticleId, string LocalId, long EntityRowId, int MentionCount);
