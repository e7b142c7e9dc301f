namespace Wirecheck.Nlp.Events;

/// <summary>
/// A recoding rule from <c>data/events/derived.tsv</c>: when <see cref="When"/> (a governing event type, or
/// "future"/"negated") meets an event of <see cref="EmbeddedType"/> (and mode, "*" any), the result is
/// <see cref="ResultType"/>/<see cref="ResultMode"/> ("=" keeps the mode, null none).
/// </summary>
public sealed record DerivedRule(string Id, string When, string EmbeddedType, string EmbeddedMode, string ResultType, string? ResultMode);
