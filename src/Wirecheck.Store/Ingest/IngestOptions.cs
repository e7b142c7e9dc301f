namespace Wirecheck.Store.Ingest;

/// <summary>How an ingest runs: analysis workers, batch size of the single writer, per-document time budget.</summary>
public sealed record IngestOptions
{
    public int Parallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);
    public int BatchSize { get; init; } = 64;
    public long MaxJsonlLineChars { get; init; } = 16L * 1024 * 1024;
    public static IngestOptions Default { get; } = new();
}
