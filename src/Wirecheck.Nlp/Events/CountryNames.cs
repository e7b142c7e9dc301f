namespace Wirecheck.Nlp.Events;

using Wirecheck.Nlp.Entities;

/// <summary>
/// Country names, demonyms and capitals for the event coder, read from the geo gazetteer
/// (<c>data/gazetteers/</c> through <see cref="ICountryLookup"/>): finds the longest country word run at a position of
/// a sentence's word list ("Sri Lankan", "Bosnia-Herzegovina", "United States", "Beijing"). The event coder keeps
/// no country table of its own.
/// </summary>
public sealed class CountryNames
{
    /// <summary>Longest country name tried, in words ("Democratic Republic of the Congo" with its hyphens and articles).</summary>
    public const int MaxWords = 7;

    private static readonly Lazy<CountryNames> DefaultNames = new(() => new CountryNames(CountryLookup.Default));

    /// <summary>Over the default gazetteer; matches nothing when <c>data/gazetteers/</c> cannot be read.</summary>
    public static CountryNames Default => DefaultNames.Value;

    private readonly ICountryLookup? _lookup;

    public CountryNames(ICountryLookup? lookup) => _lookup = lookup;

    /// <summary>A country word run found at a word position: words [First, End), ISO alpha-3 code and kind (name, demonym, capital).</summary>
    public readonly record struct Hit(int First, int End, string Iso3, string Kind);

    /// <summary>
    /// The longest country name, demonym or capital that starts at word <paramref name="i"/> and ends before
    /// <paramref name="maxEnd"/>; words are joined as written in <paramref name="text"/>. Only capitalised words
    /// (and dotted abbreviations such as "U.S.") start or end a name; "and", "of", "the" and hyphens may sit inside.
    /// </summary>
    public bool TryMatch(string text, List<Word> words, int i, int maxEnd, out Hit hit)
    {
        hit = default;
        if (_lookup is null || i >= words.Count || !StartsName(words[i])) return false;
        int limit = Math.Min(Math.Min(maxEnd, words.Count), i + MaxWords);
        // the run of words a name may span
        int last = i;
        for (int k = i + 1; k < limit; k++)
        {
            var w = words[k];
            if (w.IsCapitalized || w.Lower is "and" or "of" or "the" or "-" || IsDotted(w)) { last = k; continue; }
            break;
        }
        for (int j = last; j >= i; j--)
        {
            if (!StartsName(words[j])) continue;
            if (Cached(text.AsSpan(words[i].Start, words[j].End - words[i].Start)) is { } found)
            {
                hit = new Hit(i, j + 1, found.Iso3, found.Kind);
                return true;
            }
        }
        return false;
    }

    private sealed record Found(string Iso3, string Kind);

    private static readonly Found NotFound = new("", "");

    /// <summary>Per-thread cache of <see cref="Classify"/> by surface, so repeated names neither allocate nor look up again.</summary>
    [ThreadStatic] private static Dictionary<string, Found>? _cache;
    [ThreadStatic] private static CountryNames? _cacheOwner;

    private Found? Cached(ReadOnlySpan<char> surface)
    {
        if (surface.Length > 80) return null;
        if (_cache is null || !ReferenceEquals(_cacheOwner, this)) { _cache = new Dictionary<string, Found>(StringComparer.Ordinal); _cacheOwner = this; }
        var lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(surface, out var f))
        {
            var key = surface.ToString();
            f = Classify(key) is { } c ? new Found(c.Iso3, c.Kind) : NotFound;
            if (_cache.Count > 50_000) _cache.Clear();
            _cache[key] = f;
        }
        return ReferenceEquals(f, NotFound) ? null : f;
    }

    /// <summary>ISO alpha-3 and kind of a whole surface ("Chinese" → CHN demonym), or null.</summary>
    public (string Iso3, string Kind)? Classify(string surface)
    {
        if (_lookup is null || surface.Length < 2) return null;
        if (_lookup.IsCountry(surface) && _lookup.TryCountry(surface, out var c)) return (c.Iso3, "name");
        if (_lookup.IsDemonym(surface) && _lookup.TryCountry(surface, out var d)) return (d.Iso3, "demonym");
        if (_lookup.TryCapital(surface, out var cap)) return (cap.Iso3, "capital");
        if (Misspelt(surface) is { } typo) return (typo, "name");
        return null;
    }

    private Dictionary<char, List<(string Name, string Iso3)>>? _longNames;

    /// <summary>
    /// A one-word country name of seven letters or more typed with one letter dropped, doubled or swapped
    /// ("Ethopia", "Phillippines", "Afganistan"): the single country name one edit away with the same first letter.
    /// Only tried when no name, demonym or capital matched exactly.
    /// </summary>
    private string? Misspelt(string surface)
    {
        if (surface.Length < 6 || surface.Length > 20 || !char.IsUpper(surface[0]) || _lookup is not GazetteerCountryLookup g) return null;
        foreach (var c in surface) if (!char.IsLetter(c)) return null;
        var byFirst = _longNames ??= BuildLongNames(g);
        if (!byFirst.TryGetValue(surface[0], out var list)) return null;
        string? found = null;
        foreach (var (name, iso3) in list)
        {
            if (Math.Abs(name.Length - surface.Length) > 1 || !OneEdit(surface, name)) continue;
            if (found is not null && found != iso3) return null; // ambiguous
            found = iso3;
        }
        return found;
    }

    private static Dictionary<char, List<(string Name, string Iso3)>> BuildLongNames(GazetteerCountryLookup g)
    {
        var d = new Dictionary<char, List<(string, string)>>();
        foreach (var c in g.Gazetteer.Countries)
        {
            if (c.Name.Length < 7 || c.Name.Contains(' ') || c.Name.Contains('-') || c.Population < 100_000) continue;
            if (!d.TryGetValue(c.Name[0], out var l)) d[c.Name[0]] = l = new List<(string, string)>();
            l.Add((c.Name, c.Iso3));
        }
        return d;
    }

    /// <summary>Exactly one insertion, deletion, substitution or transposition of neighbours apart (case-sensitive).</summary>
    private static bool OneEdit(string a, string b)
    {
        if (a == b) return false;
        if (a.Length == b.Length)
        {
            int i = 0;
            while (i < a.Length && a[i] == b[i]) i++;
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true; // substitution
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)); // transposition
        }
        var (s, l) = a.Length < b.Length ? (a, b) : (b, a);
        int k = 0;
        while (k < s.Length && s[k] == l[k]) k++;
        return s.AsSpan(k).SequenceEqual(l.AsSpan(k + 1));
    }

    /// <summary>Whether the code is a country of the gazetteer (ISO 3166-1 alpha-3).</summary>
    public bool IsCountryCode(string iso3) => _lookup is not null && iso3.Length == 3 && _lookup.TryCountry(iso3, out var c) && c.Iso3 == iso3;

    private static bool StartsName(Word w) => !w.IsPunct && (w.IsCapitalized || IsDotted(w));

    private static bool IsDotted(Word w) => w.Lower.Length <= 6 && w.Lower.Length >= 3 && w.Lower[^1] == '.' && char.IsLetter(w.Lower[0]);
}
