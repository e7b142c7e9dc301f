namespace Wirecheck.Nlp.Entities;

/// <summary>
/// What the whole document says about a word's case (non-local features, as in Ratinov and Roth 2009): whether it
/// also appears capitalised inside a sentence, and whether it also appears in lower case. A sentence-initial
/// "Others" that is lower case elsewhere is likely no name; "Lin" capitalised mid-sentence elsewhere likely is.
/// </summary>
public sealed class DocumentContext
{
    /// <summary>More distinct words than this are not recorded (bounded memory on hostile input).</summary>
    public const int MaxWords = 200_000;
    private readonly HashSet<ulong> _capitalisedInside = new();
    private readonly HashSet<ulong> _lowerCase = new();

    public static DocumentContext Empty { get; } = new();

    public static DocumentContext Build(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var d = new DocumentContext();
        foreach (var s in sentences) d.Add(s);
        return d;
    }

    public void Add(IReadOnlyList<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length == 0 || !char.IsLetter(w[0]) || w.Length > 40) continue;
            if (_capitalisedInside.Count + _lowerCase.Count > MaxWords) return;
            if (char.IsUpper(w[0]))
            {
                if (i > 0 && !IsOpening(words[i - 1]) && HasLower(w)) _capitalisedInside.Add(NerFeatures.Hash(w, lower: true));
            }
            else if (char.IsLower(w[0])) _lowerCase.Add(NerFeatures.Hash(w, lower: true));
        }
    }

    /// <summary>Bits: 1 = capitalised inside a sentence somewhere, 2 = lower case somewhere.</summary>
    public int Bits(ulong lowerHash) => (_capitalisedInside.Contains(lowerHash) ? 1 : 0) | (_lowerCase.Contains(lowerHash) ? 2 : 0);

    private static bool IsOpening(string w) => w is "\"" or "“" or "‘" or "'" or ":" or "(" or "-" or "—" or "–" or "." or "?" or "!";

    private static bool HasLower(string w)
    {
        foreach (var c in w) if (char.IsLower(c)) return true;
        return false;
    }
}
