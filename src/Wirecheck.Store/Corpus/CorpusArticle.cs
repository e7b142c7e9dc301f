namespace Wirecheck.Store.Corpus;

using Wirecheck.Store.Rows;

/// <summary>What the cross-article work reads about one stored article.</summary>
public sealed record CorpusArticle(long Id, string? Site, DateTimeOffset? Published, string? Title, string Lead, ArticleRows Rows)
{
    public long? NearDuplicateOf { get; init; }

    /// <summary>
    /// Equal for articles with the same text analysed by the same pipeline (exact copies: their claims are the same
    /// claims); null when unknown.
    /// </summary>
    public string? CopyKey { get; init; }
}
