namespace Wirecheck.Store.Corpus;

using Wirecheck.Store.Rows;

/// <summary>What the cross-article work reads about one stored article.</summary>
public sealed record CorpusArticle(long Id, string? Site, DateTimeOffset? Published, string? Title, string Lead, ArticleRows Rows)
{
    public long? NearDuplicateOf { get; init; }
}
