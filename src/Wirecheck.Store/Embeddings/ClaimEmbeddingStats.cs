namespace Wirecheck.Store.Embeddings;

/// <summary>What one embedding pass did: claims encoded, chunks written, time taken.</summary>
public sealed record ClaimEmbeddingStats(int Claims, int Chunks, TimeSpan Elapsed)
{
    public double MillisecondsPerClaim => Claims == 0 ? 0 : Elapsed.TotalMilliseconds / Claims;
}
