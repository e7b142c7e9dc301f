namespace Wirecheck.Store.Rows;

/// <summary>One coded event as stored; actors and recipients are entity names.</summary>
public sealed record EventRow(
    string LocalId, string Type, string? Mode, string TriggerText, int TriggerStart, int TriggerEnd,
    IReadOnlyList<string> Actors, IReadOnlyList<string> Recipients, string? LocationName, string? Date,
    bool Negated, bool Hypothetical, bool Future, string? AttributedQuote)
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
}
