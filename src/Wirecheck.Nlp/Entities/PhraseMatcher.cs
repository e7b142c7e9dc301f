namespace Wirecheck.Nlp.Entities;

/// <summary>
/// Longest-match lookup of multi-word phrases over a sentence's words, case-insensitive, ignoring full stops
/// ("Lt. Gen." matches "lt gen"). Built once from a lexicon; matching allocates nothing.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<KeyValuePair<string[], T>>> _byFirst = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string phrase, T value)
    {
        var words = phrase.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return;
        if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = new();
        list.Add(new(words, value));
        list.Sort((a, b) => b.Key.Length.CompareTo(a.Key.Length));
    }

    /// <summary>The longest phrase starting at word <paramref name="i"/>; <paramref name="end"/> is the exclusive word end.</summary>
    public bool TryMatch(IReadOnlyList<string> words, int i, out int end, out T value, bool caseSensitive = false)
    {
        end = i;
        value = default!;
        if (i >= words.Count || !_byFirst.TryGetValue(Strip(words[i]), out var list)) return false;
        foreach (var (phrase, v) in list)
        {
            int j = i, k = 0;
            while (k < phrase.Length && j < words.Count)
            {
                var w = Strip(words[j]);
                if (w.Length == 0) { j++; continue; }
                if (!w.Equals(phrase[k], caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)) break;
                k++;
                j++;
            }
            if (k == phrase.Length)
            {
                // A full stop right after an abbreviation belongs to it ("Gen ." when split).
                if (j < words.Count && words[j] == "." && phrase[^1].Length <= 4 && j + 1 < words.Count && j > i) j++;
                end = j;
                value = v;
                return true;
            }
        }
        return false;
    }

    private static string Strip(string w) => w.Length > 1 && w[^1] == '.' ? w[..^1] : w == "." ? "" : w;
}
