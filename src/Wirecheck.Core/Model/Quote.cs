namespace Wirecheck.Core.Model;

public enum QuoteKind { Direct, Indirect, Mixed, Partial }

/// <summary>An attribution: who (source words, resolved speaker) said what (content) through which cue.</summary>
public sealed class Quote
{
    public required string Id { get; init; }
    public QuoteKind Kind { get; set; }
    public string? Speaker { get; set; }
    public TextSpan? Source { get; set; }
    public TextSpan? Cue { get; set; }
    public string? CueLemma { get; set; }
    public required TextSpan Content { get; set; }
    public double Confidence { get; set; }

    public static string KindName(QuoteKind kind) => kind.ToString().ToLowerInvariant();
}
