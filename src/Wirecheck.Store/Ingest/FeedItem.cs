namespace Wirecheck.Store.Ingest;

/// <summary>An RSS item or Atom entry: its link, title, date and whatever content it carries (HTML).</summary>
public sealed record FeedItem(string? Link, string? Title, DateTimeOffset? Published, string? Content);
