namespace Wirecheck.Nlp.Quotes;

/// <summary>One entry of the cue lexicon: a stable id, the lemma, its class, and the written form that matched.</summary>
public sealed record CueEntry(string Id, string Lemma, CueClass Class);
