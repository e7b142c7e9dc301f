namespace Wirecheck.Store.Corpus;

using System.Globalization;
using System.Text;

/// <summary>
/// Spelling-insensitive keys for names. Transliteration variants fold together: "Zelenskyy", "Zelensky",
/// "Zelenskiy", "Zelenskij" all give "zelensky"; "Wolodymyr" and "Volodymyr" give "volodymyr".
/// </summary>
public static class NameKey
{
    /// <summary>Lower case, diacritics removed, letters/digits kept, other characters become spaces.</summary>
    public static string Plain(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        for (int i = 0; i < d.Length; i++)
        {
            char c = d[i];
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’')
            {
                // possessive 's is dropped ("Zelensky's" -> "zelensky"); other apostrophes join ("O'Brien" -> "obrien")
                if (i + 1 < d.Length && d[i + 1] is 's' or 'S' && (i + 2 >= d.Length || !char.IsLetter(d[i + 2]))) i++;
                continue;
            }
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Folds one word: ph→f, ck→k, w→v, j→y, doubled letters once, a final -iy/-yi/-ii/-i → -y.</summary>
    public static string FoldWord(string word)
    {
        var w = word.Replace("ph", "f").Replace("ck", "k").Replace('w', 'v').Replace('j', 'y');
        var sb = new StringBuilder(w.Length);
        foreach (char c in w)
            if (sb.Length == 0 || sb[^1] != c || char.IsDigit(c)) sb.Append(c);
        var s = sb.ToString();
        if (s.Length > 3 && (s.EndsWith("iy", StringComparison.Ordinal) || s.EndsWith("yi", StringComparison.Ordinal) || s.EndsWith("ii", StringComparison.Ordinal)))
            s = s[..^2] + "y";
        else if (s.Length > 3 && s.EndsWith('i')) s = s[..^1] + "y";
        return s;
    }

    /// <summary>The words of a person's name without titles and possessives ("President Volodymyr Zelensky's" → volodymyr, zelensky).</summary>
    public static IReadOnlyList<string> PersonWords(string name)
    {
        var plain = " " + Plain(name) + " ";
        foreach (var title in CorpusLexicon.PersonTitles)
        {
            var t = " " + Plain(title) + " ";
            while (plain.Contains(t, StringComparison.Ordinal)) plain = plain.Replace(t, " ");
        }
        var words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[^1] == "s") words.RemoveAt(words.Count - 1);
        // suffixes that are not the family name
        while (words.Count > 1 && words[^1] is "jr" or "sr" or "ii" or "iii" or "iv") words.RemoveAt(words.Count - 1);
        return words;
    }

    /// <summary>A key for non-person names: plain words, folded, without a leading "the".</summary>
    public static string Phrase(string name)
    {
        var words = Plain(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        if (words.Count > 1 && words[^1] == "s") words.RemoveAt(words.Count - 1);
        return string.Join(' ', words.Select(FoldWord));
    }

    /// <summary>Initials of the significant words ("North Atlantic Treaty Organization" → "nato").</summary>
    public static string? Acronym(string name)
    {
        var words = Plain(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("of" or "the" or "and" or "for")).ToList();
        if (words.Count < 2) return null;
        return string.Concat(words.Select(w => w[0]));
    }

    /// <summary>True for a name written as an acronym: 2-6 capital letters, optionally with dots.</summary>
    public static bool IsAcronym(string name)
    {
        var letters = name.Where(char.IsLetter).ToArray();
        return letters.Length is >= 2 and <= 6 && letters.All(char.IsUpper) && name.All(c => char.IsLetter(c) || c == '.');
    }
}
