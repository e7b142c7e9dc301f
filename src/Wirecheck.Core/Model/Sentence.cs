namespace Wirecheck.Core.Model;

/// <summary>A sentence, with the range of its tokens and an optional check-worthiness score in [0, 1].</summary>
public sealed record Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public double? Checkworthiness { get; set; }
    public TextSpan Span => new(Start, End);
}
