namespace Wirecheck.Nlp.Tokens;

using Wirecheck.Core.Model;

/// <summary>
/// Tokenizer for English news. Every non-space character ends up in exactly one token. Keeps together:
/// URLs and e-mail addresses, numbers with thousands separators and decimals (1,200.5), abbreviations with
/// their period (U.S., Gen., Jan.), initials (J.), ellipses; splits off quotation marks, dashes, hyphens
/// between words (Moscow-based → Moscow - based) and the clitics 's and n't.
/// </summary>
public static class Tokenizer
{
    /// <summary>Longest token; longer runs are cut (bounded work on hostile input).</summary>
    public const int MaxTokenLength = 256;

    public static List<Token> Tokenize(string text)
    {
        var list = new List<Token>(text.Length / 5 + 1);
        Tokenize(text, list);
        return list;
    }

    public static void Tokenize(string text, List<Token> tokens, CancellationToken ct = default)
    {
        int i = 0, n = text.Length;
        while (i < n)
        {
            if ((i & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            char c = text[i];
            if (c == ' ' || char.IsWhiteSpace(c)) { i++; continue; }
            int end;
            TokenKind kind;
            if (IsLetterOrDigit(text, i))
            {
                if ((end = ScanUrl(text, i)) > i) kind = TokenKind.Url;
                else if ((end = ScanEmail(text, i)) > i) kind = TokenKind.Email;
                else if (char.IsDigit(c) && (end = ScanNumber(text, i)) > i) kind = TokenKind.Number;
                else if ((end = ScanAcronym(text, i)) > i) kind = TokenKind.Word;
                else { end = ScanWord(text, i, tokens, out kind); if (end < 0) { i = -end; continue; } }
            }
            else if (IsQuote(c)) { end = i + 1; kind = TokenKind.Quote; }
            else if (c == '.' && i + 2 < n && text[i + 1] == '.' && text[i + 2] == '.')
            {
                end = i + 3;
                while (end < n && text[end] == '.') end++;
                kind = TokenKind.Punctuation;
            }
            else if (c == '-' && i + 1 < n && text[i + 1] == '-')
            {
                end = i + 2;
                while (end < n && text[end] == '-') end++;
                kind = TokenKind.Punctuation;
            }
            else if (char.IsSurrogate(c))
            {
                end = i + (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? 2 : 1);
                kind = TokenKind.Symbol;
            }
            else if (char.IsPunctuation(c)) { end = i + 1; kind = TokenKind.Punctuation; }
            else { end = i + 1; kind = char.IsSymbol(c) ? TokenKind.Symbol : TokenKind.Other; }
            tokens.Add(new Token(i, end, kind));
            i = end;
        }
    }

    public static bool IsQuote(char c) => c is '"' or '“' or '”' or '„' or '‟' or '«' or '»' or '‘' or '’' or '‚' or '‹' or '›' or '\'' or '`';

    private static bool IsLetterOrDigit(string s, int i)
    {
        char c = s[i];
        if (char.IsLetterOrDigit(c)) return true;
        if (char.IsHighSurrogate(c) && i + 1 < s.Length) return char.IsLetterOrDigit(s, i);
        return char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsWordChar(string s, int i)
    {
        char c = s[i];
        if (c < 128) return char.IsAsciiLetterOrDigit(c);
        if (char.IsLetterOrDigit(c)) return true;
        var cat = char.GetUnicodeCategory(c);
        if (cat is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark) return true;
        return char.IsSurrogate(c) && char.IsLetterOrDigit(s, char.IsHighSurrogate(c) ? i : Math.Max(0, i - 1));
    }

    /// <summary>http(s)://… or www.… up to white space, without trailing punctuation.</summary>
    private static int ScanUrl(string s, int i)
    {
        if (s[i] is not ('h' or 'H' or 'w' or 'W')) return i;
        var rest = s.AsSpan(i);
        bool scheme = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        if (!scheme && !(rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 5 && char.IsLetterOrDigit(rest[4]))) return i;
        int j = i;
        while (j < s.Length && j - i < 2048 && !char.IsWhiteSpace(s[j]) && !IsQuote(s[j]) && s[j] is not '<' and not '>') j++;
        while (j > i && s[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']') j--;
        return j;
    }

    /// <summary>local@domain.tld</summary>
    private static int ScanEmail(string s, int i)
    {
        if (s.AsSpan(i, Math.Min(65, s.Length - i)).IndexOf('@') < 0) return i;
        int j = i;
        while (j < s.Length && j - i < 64 && (char.IsLetterOrDigit(s[j]) || s[j] is '.' or '_' or '-' or '+')) j++;
        if (j >= s.Length || s[j] != '@' || j == i) return i;
        int at = j++;
        int dots = 0, start = j;
        while (j < s.Length && j - at < 255 && (char.IsLetterOrDigit(s[j]) || s[j] is '.' or '-'))
        {
            if (s[j] == '.') dots++;
            j++;
        }
        while (j > start && s[j - 1] is '.' or '-') { if (s[j - 1] == '.') dots--; j--; }
        return dots >= 1 && j > start ? j : i;
    }

    /// <summary>U.S. · U.K. · a.m. · e.g. — single letters each followed by a period, at least two.</summary>
    private static int ScanAcronym(string s, int i)
    {
        int j = i, letters = 0;
        while (j + 1 < s.Length && char.IsLetter(s[j]) && s[j + 1] == '.' && (j + 2 >= s.Length || !char.IsLetter(s[j + 2]) || j + 3 >= s.Length || s[j + 3] == '.'))
        {
            letters++;
            j += 2;
            if (j >= s.Length || !char.IsLetter(s[j])) break;
        }
        return letters >= 2 ? j : i;
    }

    /// <summary>1,200.5 · 3.5 · 2023 · 1990s · 2nd · 10km (digits with separators, then letters).</summary>
    private static int ScanNumber(string s, int i)
    {
        int j = i;
        while (j < s.Length && j - i < MaxTokenLength)
        {
            if (char.IsDigit(s[j])) { j++; continue; }
            if (s[j] is ',' or '.' && j + 1 < s.Length && char.IsDigit(s[j + 1]) && j > i) { j++; continue; }
            break;
        }
        // letters glued to a number: 1990s, 2nd, 10km
        int k = j;
        while (k < s.Length && k - i < MaxTokenLength && char.IsLetter(s[k])) k++;
        return k;
    }

    /// <summary>
    /// A word, with abbreviation period, inner apostrophes (O'Brien) kept; clitics 's, n't split off.
    /// Returns the end, or a negative next position when it added the tokens itself.
    /// </summary>
    private static int ScanWord(string s, int i, List<Token> tokens, out TokenKind kind)
    {
        kind = TokenKind.Word;
        int j = i;
        while (j < s.Length && j - i < MaxTokenLength)
        {
            if (IsWordChar(s, j)) { j++; continue; }
            // inner apostrophe: O'Brien, don't (split below), China's (split below)
            if (s[j] is '\'' or '’' && j + 1 < s.Length && char.IsLetter(s[j + 1]) && j > i) { j++; continue; }
            break;
        }
        // final period of an abbreviation
        if (j < s.Length && s[j] == '.')
        {
            var w = s.AsSpan(i, j - i);
            if (Abbreviations.Classify(w) != AbbreviationClass.None) return j + 1;
        }
        // clitics
        var word = s.AsSpan(i, j - i);
        int cut = CliticStart(word);
        if (cut > 0)
        {
            tokens.Add(new Token(i, i + cut, TokenKind.Word));
            tokens.Add(new Token(i + cut, j, TokenKind.Word));
            return -j;
        }
        return j;
    }

    /// <summary>Where 's / ’s / n't / 're / 've / 'll / 'd / 'm begins at the end of a word, or 0.</summary>
    private static int CliticStart(ReadOnlySpan<char> w)
    {
        if (w.Length >= 4 && (w[^1] == 't' || w[^1] == 'T') && (w[^2] is '\'' or '’') && (w[^3] is 'n' or 'N')) return w.Length - 3;
        if (w.Length >= 3 && (w[^2] is '\'' or '’') && w[^1] is 's' or 'S' or 'd' or 'm' or 'D' or 'M') return w.Length - 2;
        if (w.Length >= 4 && (w[^3] is '\'' or '’'))
        {
            var t = w[^2..];
            if (t.Equals("re", StringComparison.OrdinalIgnoreCase) || t.Equals("ve", StringComparison.OrdinalIgnoreCase) || t.Equals("ll", StringComparison.OrdinalIgnoreCase))
                return w.Length - 3;
        }
        return 0;
    }
}
