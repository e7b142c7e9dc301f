namespace Wirecheck.Store.Db;

/// <summary>An article row as read back (bytes still compressed).</summary>
public sealed record StoredArticle(long Id, string UrlKey, string ContentHash, string? Url, string? Path, string? Title, string? Site,
    string? Published, string RawKind, byte[] RawPacked, byte[] AnalysisPacked, string PipelineVersion, long? NearDuplicateOf);
