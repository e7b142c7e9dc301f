namespace Wirecheck.Nlp.Quotes;

/// <summary>A range of tokens, first and last inclusive.</summary>
public readonly record struct TokenRange(int First, int Last);
