namespace Wirecheck.Nlp.Entities;

/// <summary>
/// Word classes the tagger uses as features (a bit set per token): title words, organisation head words,
/// news agency names, and country/demonym/place words when a country lookup is available.
/// </summary>
public sealed class NerLexicon
{
    public const int Title = 1, OrgHead = 2, Agency = 4, Country = 8, Demonym = 16, Month = 32, Honorific = 64, Common = 128, Place = 256;

    private readonly Dictionary<ulong, int> _words = new();
    private readonly ICountryLookup? _countries;
    /// <summary>Country/demonym/place class of capitalised words, keyed by the case-sensitive word hash.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ulong, int> _memo = new();
    private const int MaxMemo = 500_000;

    private readonly Func<string, bool>? _places;

    public NerLexicon(Dictionary<string, int> words, ICountryLookup? countries, Func<string, bool>? places = null)
    {
        foreach (var (w, c) in words)
        {
            var h = NerFeatures.Hash(w, lower: true);
            _words[h] = (_words.TryGetValue(h, out var o) ? o : 0) | c;
        }
        _countries = countries;
        _places = places;
    }

    public static NerLexicon Load(EntityLexicons lex, ICountryLookup? countries, Func<string, bool>? places = null)
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        void Add(string w, int c) { words[w] = (words.TryGetValue(w, out var o) ? o : 0) | c; }
        foreach (var t in lex.Titles)
        {
            if (t.Sector is null) { Add(t.Phrase, Honorific); continue; }
            foreach (var part in t.Phrase.Split(' ')) Add(part, Title);
        }
        foreach (var o in lex.OrgForms) foreach (var part in o.Head.Split(' ')) Add(part, OrgHead);
        foreach (var a in lex.Agencies) foreach (var n in a.Names) if (!n.Contains(' ')) Add(n, Agency);
        foreach (var w in lex.CommonWords) Add(w, Common);
        foreach (var m in new[] { "january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" })
            Add(m, Month);
        return new NerLexicon(words, countries, places);
    }

    /// <summary>
    /// Classes of each word; <paramref name="lower"/> and <paramref name="exact"/> are the words' hashes
    /// (<see cref="NerFeatures.Hash"/>, lower-cased and as written), so no string is built or compared here.
    /// </summary>
    public void Classify(IReadOnlyList<string> words, ulong[] lower, ulong[] exact, int[] classes)
    {
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            int c = _words.TryGetValue(lower[i], out var v) ? v : 0;
            if (_countries is not null && w.Length > 2 && w.Length <= 32 && char.IsUpper(w[0]))
            {
                if (!_memo.TryGetValue(exact[i], out var g))
                {
                    g = _countries.IsDemonym(w) ? Demonym : _countries.IsCountry(w) ? Country : 0;
                    if (g == 0 && _places is not null && _places(w)) g = Place;
                    if (_memo.Count < MaxMemo) _memo[exact[i]] = g;
                }
                c |= g;
            }
            classes[i] = c;
        }
    }
}
