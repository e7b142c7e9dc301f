namespace Wirecheck.Nlp.Events;

/// <summary>A name from the actor lexicon: its words, the code (ISO3, IGO or NGO), kind (name, demonym, capital, org) and sector.</summary>
public sealed record NamedActor(string Id, IReadOnlyList<string> Words, string? Code, string Kind, string? Sector);
