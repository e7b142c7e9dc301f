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
    /// <summary>Which side of the learned merge produced it (<see cref="MergeOrigin"/> flags; 0 before the merge).</summary>
    public int Origin { get; set; }
    /// <summary>The rules' own source words, before the learned merge changed them.</summary>
    public TextSpan? RulesSource { get; set; }
}
