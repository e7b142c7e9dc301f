namespace Wirecheck.Store.Rows;

/// <summary>The indexed tables derived from one analysed article.</summary>
public sealed record ArticleRows(
    IReadOnlyList<EntityRow> Entities, IReadOnlyList<QuoteRow> Quotes, IReadOnlyList<ClaimRow> Claims, IReadOnlyList<EventRow> Events)
{
    public static ArticleRows Empty { get; } = new(Array.Empty<EntityRow>(), Array.Empty<QuoteRow>(), Array.Empty<ClaimRow>(), Array.Empty<EventRow>());
}
