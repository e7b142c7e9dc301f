namespace Wirecheck.Store.Corpus;

/// <summary>
/// Two reports that cannot both be true: <c>quantity</c> (disjoint intervals for the same claim),
/// <c>denial</c> (a denial against an assertion), or <c>event-negation</c> (an event reported as happened and as not).
/// </summary>
public sealed record Conflict(string Kind, int? ClusterId, long? ClaimA, long? ClaimB, long ArticleA, long ArticleB, string Description);
