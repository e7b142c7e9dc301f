namespace Wirecheck.Core.Model;

public sealed class ArticleMeta
{
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public List<string> Authors { get; } = new();
    public DateTimeOffset? Published { get; set; }
    public DateTimeOffset? Modified { get; set; }
    public string? Site { get; set; }
    public string? Url { get; set; }
    public string? Language { get; set; }
}

/// <summary>What was read: path or URL, and the SHA-256 of the input bytes.</summary>
public sealed record InputInfo(string? Path, string? Url, string? Sha256);
