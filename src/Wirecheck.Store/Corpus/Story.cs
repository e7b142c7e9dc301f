namespace Wirecheck.Store.Corpus;

/// <summary>Articles about the same event.</summary>
public sealed record Story(int Id, string Label, IReadOnlyList<long> ArticleIds, DateTimeOffset? First, DateTimeOffset? Last);
