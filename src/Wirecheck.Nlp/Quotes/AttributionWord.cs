namespace Wirecheck.Nlp.Quotes;

/// <summary>A token as the attributor sees it: its range, lower-case text, and whether it is a word.</summary>
internal readonly record struct AttributionWord(int Start, int End, string Lower, bool IsWord, bool IsCapitalized)
{
    public char First => Lower.Length > 0 ? Lower[0] : '\0';
    public Wirecheck.Core.Model.TextSpan Span => new(Start, End);
}
