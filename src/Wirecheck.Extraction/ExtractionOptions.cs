namespace Wirecheck.Extraction;

/// <summary>How an input becomes an <see cref="Core.Model.Article"/>.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Take the input text exactly as the article text: no title detection, no repairs, no boilerplate removal.</summary>
    public bool Verbatim { get; init; }

    /// <summary>Largest input accepted, in bytes (after decompression).</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Longest HTML page parsed, in characters; a longer one is cut (with a warning). News pages are far smaller.</summary>
    public int MaxHtmlChars { get; init; } = 6_000_000;

    /// <summary>Deepest element nesting passed to the HTML parser; deeper tags are ignored (with a warning).</summary>
    public int MaxHtmlDepth { get; init; } = 512;

    /// <summary>Whole-extraction time budget.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public static ExtractionOptions Default { get; } = new();
}
