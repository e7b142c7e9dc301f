namespace Wirecheck.Store.Rows;

/// <summary>One document-level entity as stored (its mentions stay in the analysis JSON).</summary>
public sealed record EntityRow(
    string LocalId, string Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Titles,
    string? Country, long? GeonameId, double? Lat, double? Lon, int MentionCount, int? FirstStart, int? FirstEnd)
{
    /// <summary>Database id (0 until stored or loaded).</summary>
    public long Id { get; init; }
    public long ArticleId { get; init; }
}
