namespace Wirecheck.Core.Model;

public enum TokenKind { Word, Number, Punctuation, Quote, Symbol, Url, Email, Other }

/// <summary>A token: a half-open range of the text and a coarse kind.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);
    public int Length => End - Start;
}
