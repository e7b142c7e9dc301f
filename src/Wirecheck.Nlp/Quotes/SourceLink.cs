namespace Wirecheck.Nlp.Quotes;

/// <summary>A gold cue (token range) and its source's token range (−1 when the attribution has no source, or its source lies outside the cue's sentence), for training <see cref="SourceRanker"/>.</summary>
public readonly record struct SourceLink(int CueFirst, int CueLast, int SourceFirst, int SourceLast);
