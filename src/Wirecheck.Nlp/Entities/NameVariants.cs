namespace Wirecheck.Nlp.Entities;

using System.Text;

/// <summary>
/// Keys under which spelling variants of a name meet: lower case, letters and digits only, doubled letters
/// collapsed and the transliteration endings -iy/-yy/-y/-ii/-i unified (Zelenskyy, Zelensky, Zelenskiy → zelensky).
/// </summary>
public static class NameVariants
{
    public static string Key(ReadOnlySpan<char> name)
    {
        var sb = new StringBuilder(name.Length);
        char last = '\0';
        foreach (var ch0 in name)
        {
            if (!char.IsLetterOrDigit(ch0))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                last = ' ';
                continue;
            }
            char ch = char.ToLowerInvariant(RemoveDiacritic(ch0));
            if (ch == last) continue;
            sb.Append(ch);
            last = ch;
        }
        while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        var s = sb.ToString();
        var words = s.Split(' ');
        for (int i = 0; i < words.Length; i++) words[i] = Ending(words[i]);
        return string.Join(' ', words);
    }

    private static string Ending(string w)
    {
        if (w.Length > 4 && (w.EndsWith("iy") || w.EndsWith("yi"))) return w[..^2] + "y";
        if (w.Length > 4 && w.EndsWith('i') && !w.EndsWith("ai") && !w.EndsWith("ei") && !w.EndsWith("oi") && !w.EndsWith("ui")) return w[..^1] + "y";
        return w;
    }

    private static char RemoveDiacritic(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ç' => 'c', 'ñ' => 'n',
        _ => c,
    };
}
