namespace Wirecheck.Store.Rows;

/// <summary>One quantity claim as stored, with its interval and the speaker it is attributed to.</summary>
public sealed record ClaimRow(
    string LocalId, string Text, int SpanStart, int SpanEnd, string? QuantityText,
    double? Value, double? Min, double? Max, bool MinInclusive, bool MaxInclusive, string? Hedge, bool Approximate, string? Unit,
    string? Object, string? Predicate, string? TimeFrom, string? TimeTo, string? PlaceName, string? AttributedQuote, string? SpeakerName)
{
    public long Id { get; init; }
    public long ArticleId { get; init; }

    /// <summary>The sentence vector of <see cref="Text"/> (MiniLM, unit length) once embedded; null before.</summary>
    public float[]? Vector { get; init; }
}
