namespace Wirecheck.Store.Ingest;

/// <summary>The parts of an ingest whose CPU time <see cref="IngestCpu"/> adds up.</summary>
public enum IngestPart
{
    /// <summary>Reading and sniffing a file, the key, the "seen" test (analysis workers).</summary>
    Read,
    /// <summary>HTML or text extraction (analysis workers).</summary>
    Extract,
    /// <summary>Every pipeline stage (analysis workers).</summary>
    Pipeline,
    /// <summary>Contract JSON, Brotli, hashes, SimHash, derived rows (analysis workers).</summary>
    Pack,
    /// <summary>The writer's transactions: inserts, near-duplicate lookups, search index, rows (writer thread).</summary>
    Write,
    /// <summary>MiniLM vectors of new claims (cross-article pass).</summary>
    Embed,
    /// <summary>Entities, stories, claim clusters and conflicts recomputed and saved (cross-article pass).</summary>
    Link,
}
