namespace Wirecheck.Extraction.Repairs;

using Wirecheck.Core.Text;

/// <summary>
/// Conservative repairs of scrape damage at the start of a paragraph:
/// <list type="bullet">
/// <item>a lost drop cap: the paragraph starts with a lowercase fragment that becomes a common sentence-start
/// word when one capital is put in front (<c>he Chinese</c> → <c>The Chinese</c>); the fragment must not be
/// a word that may start a sentence in lowercase, and the next word must exist;</item>
/// <item>a lost opening quotation mark: the paragraph closes a quotation (<c>,”</c> <c>.”</c> …) that it never
/// opened, the close is followed by an attribution or the paragraph's end, and the previous paragraph has no
/// quotation left open (a quotation running over paragraphs is not damage).</item>
/// </list>
/// Correct text never matches: real paragraphs start with a capital, and balanced quotes are left alone.
/// </summary>
public static class ParagraphRepairs
{
    private static readonly Lazy<Dictionary<string, string>> DropCaps = new(LoadDropCaps);
    private static readonly Lazy<HashSet<string>> Verbs = new(LoadVerbs);

    /// <summary>Repairs for a paragraph, in the order their text goes in front of it.</summary>
    public static List<PrefixRepair> Plan(ReadOnlySpan<char> paragraph, bool previousLeavesQuoteOpen, bool allowDropCap = true)
    {
        var result = new List<PrefixRepair>(0);
        var p = paragraph.TrimStart();
        if (p.Length < 12) return result;
        if (ClosesUnopenedQuote(p) && !previousLeavesQuoteOpen)
            result.Add(new PrefixRepair("quote-mark", "\u201C", "paragraph closes a quotation it never opened"));
        if (allowDropCap && DropCapLetter(p) is { } letter)
            result.Add(new PrefixRepair("drop-cap", letter, "paragraph starts with a word that lost its capital (drop cap)"));
        return result;
    }

    /// <summary>The capital letter a paragraph lost, or null.</summary>
    public static string? DropCapLetter(ReadOnlySpan<char> p)
    {
        if (p.Length == 0 || !char.IsLower(p[0])) return null;
        int i = 0;
        while (i < p.Length && char.IsLetter(p[i])) i++;
        if (i == 0 || i > 12) return null;
        var fragment = p[..i];
        foreach (var c in fragment) if (!char.IsLower(c)) return null; // camelCase brand names (iPhone, eBay)
        if (i >= p.Length || p[i] is not (' ' or '\u2019' or '\'' or ',')) return null;
        // a sentence goes on after the fragment: next a letter-led word
        int j = i;
        while (j < p.Length && p[j] is ' ' or '\u2019' or '\'' or ',') j++;
        if (j >= p.Length || !char.IsLetter(p[j])) return null;
        return DropCaps.Value.TryGetValue(fragment.ToString(), out var letter) ? letter : null;
    }

    /// <summary>True when the paragraph closes a double quotation before opening any, at an attribution or its end.</summary>
    public static bool ClosesUnopenedQuote(ReadOnlySpan<char> p)
    {
        if (p[0] is '\u201C' or '"' or '\u00AB' or '\u201E') return false;
        if (!char.IsUpper(p[0])) return false;
        int close = -1;
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            if (c is '\u201C' or '\u201E' or '\u00AB') return false; // opens one first: balanced or a different style
            if (c == '\u201D') { close = i; break; }
        }
        if (close < 8) return false;
        if (p[close - 1] is not (',' or '.' or '?' or '!' or '\u2014' or '\u2026')) return false;
        var after = p[(close + 1)..].TrimStart();
        if (after.Length == 0) return true;
        // an attribution: up to four words, then a speech verb ("Lin said", "said the spokesman")
        int words = 0;
        foreach (var range in after.Split(' '))
        {
            var w = after[range].Trim(".,;:\u201C\u201D".AsSpan());
            if (w.IsEmpty) continue;
            if (Verbs.Value.Contains(w.ToString().ToLowerInvariant())) return true;
            if (++words >= 5) break;
        }
        return false;
    }

    /// <summary>True when the paragraph leaves a double quotation open at its end.</summary>
    public static bool LeavesQuoteOpen(ReadOnlySpan<char> p)
    {
        int open = 0;
        foreach (var c in p)
        {
            if (c is '\u201C' or '\u201E') open++;
            else if (c == '\u201D' && open > 0) open--;
        }
        return open > 0;
    }

    private static Dictionary<string, string> LoadDropCaps()
    {
        // fragment (word without its first letter) -> the letter; the list is ordered by frequency, first wins
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFiles.ReadLines("repairs/sentence-start-words.txt"))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2) continue;
            var w = parts[1].Trim();
            if (w.Length < 2 || !char.IsUpper(w[0])) continue;
            var frag = w[1..];
            if (frag.Length == 0 || !char.IsLower(frag[0])) continue;
            d.TryAdd(frag, w[..1]);
        }
        foreach (var line in DataFiles.ReadLines("repairs/lowercase-starts.txt"))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 2) d.Remove(parts[1].Trim());
        }
        return d;
    }

    private static HashSet<string> LoadVerbs()
    {
        var s = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in DataFiles.ReadLines("repairs/attribution-verbs.txt"))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 2) s.Add(parts[1].Trim().ToLowerInvariant());
        }
        return s;
    }
}
