namespace Wirecheck.Store.Corpus;

using Wirecheck.Store.Rows;

/// <summary>A claim with the article facts needed to compare it across outlets.</summary>
public sealed record ClaimRef(long ArticleId, ClaimRow Claim, string? Site, DateTimeOffset? Published);
