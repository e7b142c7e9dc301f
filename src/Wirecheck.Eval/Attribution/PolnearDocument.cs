namespace Wirecheck.Eval.Attribution;

using Wirecheck.Core.Model;

/// <summary>One annotated PolNeAR article (one annotator): its text and gold attributions.</summary>
public sealed record PolnearDocument(string Article, string Annotator, bool IsPrimary, string Text, IReadOnlyList<GoldAttribution> Attributions);

/// <summary>A gold attribution; each role is the extent from its first to its last fragment (null when absent).</summary>
public sealed record GoldAttribution(TextSpan? Source, TextSpan? Cue, TextSpan? Content)
{
    /// <summary>For predictions: the attribution is a direct quotation.</summary>
    public bool Direct { get; init; }
}
