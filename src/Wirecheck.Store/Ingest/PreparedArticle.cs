namespace Wirecheck.Store.Ingest;

using Wirecheck.Store.Rows;

/// <summary>An analysed article ready for one INSERT: keys, compressed bytes, search text and derived rows.</summary>
public sealed record PreparedArticle
{
    public required string UrlKey { get; init; }
    public required string ContentHash { get; init; }
    public required string TextHash { get; init; }
    public string? Url { get; init; }
    public string? Path { get; init; }
    public string? Title { get; init; }
    public string? Site { get; init; }
    public string? Published { get; init; }
    public required string RawKind { get; init; }
    public required byte[] RawPacked { get; init; }
    public required int RawSize { get; init; }
    public required byte[] AnalysisPacked { get; init; }
    public required string PipelineVersion { get; init; }
    public required string Text { get; init; }
    public required ulong SimHash { get; init; }
    public required ArticleRows Rows { get; init; }

    /// <summary>The key that makes a re-ingest a no-op.</summary>
    public string Key => IngestKey.Of(UrlKey, ContentHash);
}
