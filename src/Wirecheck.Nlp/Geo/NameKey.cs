namespace Wirecheck.Nlp.Geo;

/// <summary>
/// The lookup key of a place name: lower case, Latin diacritics folded ("Sant Julià" → "sant julia"),
/// dots and apostrophes dropped ("U.S." → "us", "T'bilisi" → "tbilisi"), hyphens and other separators as single
/// spaces. Builder and gazetteer use the same function, so keys always agree.
/// </summary>
public static class NameKey
{
    /// <summary>Longest key considered; longer input is no place name.</summary>
    public const int MaxLength = 96;

    private static readonly char[] Fold = BuildFold();

    public static string Of(ReadOnlySpan<char> name)
    {
        Span<char> buf = stackalloc char[MaxLength];
        int n = Write(name, buf);
        return n <= 0 ? "" : new string(buf[..n]);
    }

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="dest"/>; returns its length, or -1 if it does not fit.</summary>
    public static int Write(ReadOnlySpan<char> name, Span<char> dest)
    {
        int n = 0;
        bool pendingSpace = false;
        foreach (char c0 in name)
        {
            char c = c0;
            if (c < Fold.Length) c = Fold[c];
            else if (char.IsLetterOrDigit(c)) c = char.ToLowerInvariant(c);
            else if (c is '\u2019' or '\u02BC' or '\u2018' or '\u00B7') c = '\0';
            else c = ' ';
            if (c == '\0') continue;
            if (c == ' ') { pendingSpace = n > 0; continue; }
            if (pendingSpace)
            {
                if (n >= dest.Length) return -1;
                dest[n++] = ' ';
                pendingSpace = false;
            }
            if (n >= dest.Length) return -1;
            dest[n++] = c;
        }
        return n;
    }

    private static char[] BuildFold()
    {
        var t = new char[0x250];
        for (int i = 0; i < t.Length; i++)
        {
            char c = (char)i;
            t[i] = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
        }
        t['.'] = '\0'; t['\''] = '\0'; t['`'] = '\0'; t['\u00B4'] = '\0';
        // Latin-1 Supplement and Latin Extended-A/B letters to their base letter.
        const string from = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽžșȘțȚ";
        const string to   = "aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhhhiiiiiiiiiiiiiiiiiijjkkllllllllllnnnnnnnnoooooooooooooooooorrrrrrssssssssttttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzzsstt";
        for (int i = 0; i < from.Length; i++) t[from[i]] = to[i];
        t['ß'] = 's'; t['Æ'] = 'a'; t['æ'] = 'a'; t['Œ'] = 'o'; t['œ'] = 'o'; t['Þ'] = 't'; t['þ'] = 't'; t['Ð'] = 'd'; t['ð'] = 'd';
        t['×'] = ' '; t['÷'] = ' ';
        return t;
    }
}
