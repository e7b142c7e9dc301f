namespace Wirecheck.Nlp.Quotes;

/// <summary>Scores one token's hashed features: writes a score per <see cref="RoleTags"/> tag into <paramref name="scores"/>.</summary>
public delegate void RoleScorer(ReadOnlySpan<ulong> features, Span<float> scores);
