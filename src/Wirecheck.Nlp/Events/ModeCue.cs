namespace Wirecheck.Nlp.Events;

/// <summary>A word sequence that sets the mode of an event of <see cref="Type"/> when it occurs in the sentence.</summary>
public sealed record ModeCue(string Id, string Type, IReadOnlyList<HashSet<string>> Words, string Mode);
