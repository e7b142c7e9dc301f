namespace Wirecheck.Core.Model;

/// <summary>
/// An edit made once, during extraction, to undo scrape damage. <see cref="Start"/>/<see cref="End"/>
/// cover <see cref="After"/> in the clean text; <see cref="Before"/> is what the input had there.
/// </summary>
public sealed record Repair(string Kind, int Start, int End, string Before, string After, string? Note = null);

/// <summary>Something removed from the input as boilerplate (teaser, related link, navigation…).</summary>
public sealed record Removed(string Kind, string Text);
