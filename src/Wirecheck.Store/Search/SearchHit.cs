namespace Wirecheck.Store.Search;

/// <summary>One search result with a highlighted snippet (matches in [brackets]).</summary>
public sealed record SearchHit(long Id, string? Title, string? Site, string? Url, string? Published, string Snippet, double Rank);
