namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>An attribution before it becomes a <see cref="Quote"/>: roles as ranges, the block it belongs to.</summary>
internal sealed class Candidate
{
    public QuoteKind Kind { get; set; }
    public TextSpan? Source { get; set; }
    public TextSpan? Cue { get; set; }
    public string? CueLemma { get; set; }
    public TextSpan Content { get; set; }
    public double Confidence { get; set; }
    public int Block { get; set; }
    public string? Speaker { get; set; }
    /// <summary>The candidate whose source this one shares (coordinated verbs, split and floating quotations).</summary>
    public Candidate? SharesSourceWith { get; set; }
}
