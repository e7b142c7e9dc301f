namespace Wirecheck.Extraction.Repairs;

/// <summary>Text to insert at the start of a paragraph to undo scrape damage (kind "drop-cap" or "quote-mark").</summary>
public sealed record PrefixRepair(string Kind, string Insert, string Note);
