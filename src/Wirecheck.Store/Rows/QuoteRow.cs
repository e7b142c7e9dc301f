namespace Wirecheck.Store.Rows;

/// <summary>One attribution as stored: the speaker's name is resolved from the entity when there is one.</summary>
public sealed record QuoteRow(
    string LocalId, string Kind, string? SpeakerLocal, string? SpeakerName, string? SourceText, string? Cue, string? CueLemma,
    string Content, int ContentStart, int ContentEnd, double Confidence)
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
}
