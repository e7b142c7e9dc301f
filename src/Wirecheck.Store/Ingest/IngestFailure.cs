namespace Wirecheck.Store.Ingest;

/// <summary>An input that could not be ingested, and why (for the summary).</summary>
public sealed record IngestFailure(string Origin, string Reason);
