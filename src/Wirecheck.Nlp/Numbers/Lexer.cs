namespace Wirecheck.Nlp.Numbers;

/// <summary>Splits a range of text into <see cref="Lex"/> pieces (one pass, no allocation besides the list).</summary>
public static class Lexer
{
    /// <summary>Longest digit run accepted as one piece; longer runs are still one piece, flagged by the scanners.</summary>
    public static void Lex(string text, int start, int end, List<Lex> output)
    {
        int i = start;
        bool space = true;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
            int s = i;
            if (char.IsLetter(c))
            {
                while (i < end && (char.IsLetter(text[i]) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
                output.Add(new Lex(s, i, LexKind.Word, space));
            }
            else if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < end)
                {
                    char d = text[i];
                    if (char.IsAsciiDigit(d)) { i++; continue; }
                    if ((d == ',' || d == '.') && i + 1 < end && char.IsAsciiDigit(text[i + 1])) { i += 2; continue; }
                    break;
                }
                output.Add(new Lex(s, i, LexKind.Digits, space));
            }
            else
            {
                i++;
                if (char.IsHighSurrogate(c) && i < end && char.IsLowSurrogate(text[i])) i++;
                output.Add(new Lex(s, i, LexKind.Punct, space));
            }
            space = false;
        }
    }
}
