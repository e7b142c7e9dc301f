namespace Wirecheck.Store.Ingest;

/// <summary>Canonical URL (or empty) plus the SHA-256 of the input bytes: equal keys are the same article version.</summary>
public static class IngestKey
{
    public static string Of(string urlKey, string contentHash) => urlKey + "\n" + contentHash;
}
