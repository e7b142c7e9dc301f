namespace Wirecheck.Core.Model;

/// <summary>
/// A quantity as an interval. Null bounds are open (unbounded). <see cref="Value"/> is the number
/// written in the text; <see cref="Hedge"/> the words that qualify it ("more than", "about").
/// </summary>
public sealed record Quantity
{
    public double? Value { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public bool MinInclusive { get; init; }
    public bool MaxInclusive { get; init; }
    public string? Hedge { get; init; }
    public bool Approximate { get; init; }
    public bool Vague { get; init; }
    public string? Unit { get; init; }
}

/// <summary>A normalised time expression: ISO dates (or a range) and the words it came from.</summary>
public sealed record TimeExpression(int Start, int End, string? From, string? To, string? Note = null)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>A number or amount found in the text with its interval reading.</summary>
public sealed record NumberMention(int Start, int End, Quantity Quantity)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>A checkable statement with a quantity.</summary>
public sealed class Claim
{
    public required string Id { get; init; }
    public required TextSpan Span { get; init; }
    public required Quantity Quantity { get; init; }
    public TextSpan? QuantitySpan { get; init; }
    public string? Object { get; set; }
    public string? Predicate { get; set; }
    public TimeExpression? Time { get; set; }
    public string? Place { get; set; }
    public string? AttributedTo { get; set; }
    public double? Checkworthiness { get; set; }
    public string? SameAs { get; set; }
}
