namespace Wirecheck.Nlp.Numbers;

/// <summary>
/// A piece of text for the quantity and time scanners: a run of letters, a run of digits with inner
/// <c>,</c>/<c>.</c> separators, or a single other character. <see cref="SpaceBefore"/> tells whether
/// whitespace separates it from the previous piece ("50-60" vs "50 - 60", "$5").
/// </summary>
public readonly record struct Lex(int Start, int End, LexKind Kind, bool SpaceBefore)
{
    public int Length => End - Start;
}
