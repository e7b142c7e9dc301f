namespace Wirecheck.Store.Ingest;

using System.Security.Cryptography;
using Wirecheck.Extraction.Input;

/// <summary>One document to ingest, as read: bytes, kind, where it came from, and a publication date if the source gave one.</summary>
public sealed record SourceDocument(string Origin, byte[] Bytes, InputKind Kind, string? Path, string? Url, DateTimeOffset? Published, string? ContentType = null)
{
    public string ContentHash { get; } = Convert.ToHexStringLower(SHA256.HashData(Bytes));
    public string UrlKey => CanonicalUrl.Normalize(Url) ?? "";
    public string Key => IngestKey.Of(UrlKey, ContentHash);
}
