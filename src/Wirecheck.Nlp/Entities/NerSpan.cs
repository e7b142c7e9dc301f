namespace Wirecheck.Nlp.Entities;

/// <summary>A tagged name: token range [<see cref="FirstToken"/>, <see cref="EndToken"/>) and corpus type (PER, ORG, LOC, NORP, MISC).</summary>
public sealed record NerSpan(int FirstToken, int EndToken, string Type, double Score);
