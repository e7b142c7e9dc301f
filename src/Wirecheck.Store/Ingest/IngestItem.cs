namespace Wirecheck.Store.Ingest;

/// <summary>
/// One unit of ingest work: a file to read, a URL to fetch, a document already in memory (a JSONL line or a
/// full-content feed item), or an error found while listing the inputs.
/// </summary>
public sealed record IngestItem(string Origin)
{
    public string? FilePath { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Published { get; init; }
    public SourceDocument? Document { get; init; }
    public string? Error { get; init; }
}
