namespace Wirecheck.Nlp.Events;

/// <summary>
/// Splits a range of text into <see cref="Word"/>s for the event coder: letter/digit runs (keeping internal
/// apostrophes and dotted abbreviations such as "U.S."), possessive "'s" and every other mark as its own word.
/// Independent of the pipeline tokenizer so that trigger patterns match the same way on any tokenization.
/// </summary>
public static class WordScanner
{
    public static List<Word> Scan(string text, int start, int end, List<Word>? into = null)
    {
        var words = into ?? new List<Word>();
        words.Clear();
        int i = start;
        end = Math.Min(end, text.Length);
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int s = i;
            if (char.IsLetterOrDigit(c))
            {
                // dotted abbreviation: U.S. / U.N. (single capitals each followed by a dot, at least two)
                int j = s, n = 0;
                while (j + 1 < end && char.IsUpper(text[j]) && text[j + 1] == '.' && (j + 2 >= end || !char.IsLower(text[j + 2]))) { j += 2; n++; }
                if (n >= 2) { i = j; Add(words, text, s, i, false); continue; }
                while (i < end)
                {
                    char d = text[i];
                    if (char.IsLetterOrDigit(d)) { i++; continue; }
                    // digit groups and decimals stay one word: 50,000 / 3.5
                    if ((d == ',' || d == '.') && char.IsDigit(text[i - 1]) && i + 1 < end && char.IsDigit(text[i + 1])) { i++; continue; }
                    // internal apostrophe (don't, n't) but not the possessive 's
                    if ((d == '\'' || d == '’') && i + 1 < end && char.IsLetter(text[i + 1]))
                    {
                        bool possessive = (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2]));
                        if (possessive) break;
                        i++; continue;
                    }
                    break;
                }
                Add(words, text, s, i, false);
                continue;
            }
            if ((c == '\'' || c == '’') && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])))
            {
                i += 2;
                words.Add(new Word(s, i, "'s", false, false));
                continue;
            }
            i++;
            Add(words, text, s, i, true);
        }
        return words;
    }

    private static void Add(List<Word> words, string text, int s, int e, bool punct)
    {
        var raw = text.AsSpan(s, e - s);
        string lower = Lower(raw);
        words.Add(new Word(s, e, lower, punct, !punct && char.IsUpper(raw[0])));
    }

    [ThreadStatic] private static Dictionary<string, string>? _cache;

    /// <summary>Lower-case form (curly apostrophe folded to '), cached per thread so repeated words do not allocate.</summary>
    public static string Lower(ReadOnlySpan<char> raw)
    {
        var cache = _cache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(raw, out var hit)) return hit;
        Span<char> buf = raw.Length <= 64 ? stackalloc char[raw.Length] : new char[raw.Length];
        for (int k = 0; k < raw.Length; k++)
        {
            char ch = raw[k];
            buf[k] = ch == '’' ? '\'' : char.ToLowerInvariant(ch);
        }
        var lower = new string(buf);
        if (raw.Length <= 32)
        {
            if (cache.Count > 100_000) cache.Clear();
            lookup[raw] = lower;
        }
        return lower;
    }
}
