namespace Wirecheck.Store.Search;

/// <summary>One piece of a user's search: a word or a quoted phrase (possibly a prefix), or the OR operator.</summary>
public sealed record QueryTerm(IReadOnlyList<string> Words, bool Prefix, bool IsOr);
