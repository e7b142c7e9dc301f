namespace Wirecheck.Store.Embeddings;

/// <summary>What one embedding pass did: claims given a vector, clauses actually encoded (repeats reuse a vector), chunks written, time taken.</summary>
public sealed record ClaimEmbeddingStats(int Claims, int Encoded, int Chunks, TimeSpan Elapsed)
{
    public double MillisecondsPerClaim => Claims == 0 ? 0 : Elapsed.TotalMilliseconds / Claims;
}
