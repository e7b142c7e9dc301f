namespace Wirecheck.Nlp.Entities;

using Wirecheck.Nlp.Geo;

/// <summary><see cref="ICountryLookup"/> over the geo gazetteer (<c>data/gazetteers/</c>): names, demonyms, capitals.</summary>
public sealed class GazetteerCountryLookup : ICountryLookup
{
    /// <summary>All-capital short forms accepted as country names (ISO codes such as "IN", "IT" are ordinary words in caps).</summary>
    private static readonly HashSet<string> CapsForms = new(StringComparer.Ordinal) { "US", "USA", "UK", "UAE", "PRC", "DPRK", "DRC", "ROK" };

    private readonly Gazetteer _gazetteer;
    private readonly Dictionary<string, CountryRef> _capitals = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CountryRef> _refs = new(StringComparer.Ordinal);

    public GazetteerCountryLookup(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        foreach (var c in gazetteer.Countries)
        {
            var r = Ref(c);
            // Capitals of sizeable countries only: small territories' capitals collide with common names.
            if (!string.IsNullOrWhiteSpace(c.Capital) && c.Population >= 1_000_000) _capitals.TryAdd(c.Capital, r);
        }
    }

    public Gazetteer Gazetteer => _gazetteer;

    private CountryRef Ref(CountryInfo c)
    {
        if (!_refs.TryGetValue(c.Iso3, out var r)) _refs[c.Iso3] = r = new CountryRef(c.Iso3, c.Iso2, c.Name);
        return r;
    }

    public bool TryCountry(string nameOrDemonym, out CountryRef country)
    {
        country = null!;
        if (string.IsNullOrEmpty(nameOrDemonym) || nameOrDemonym.Length > 60) return false;
        if (!HasLower(nameOrDemonym) && nameOrDemonym.Length <= 4 && !CapsForms.Contains(nameOrDemonym) && !IsIso3(nameOrDemonym)) return false;
        if (!_gazetteer.TryCountry(nameOrDemonym, out var info)) return false;
        country = Ref(info);
        return true;
    }

    private bool IsIso3(string s) => s.Length == 3 && _gazetteer.CountryByIso3(s) is not null;

    public bool IsDemonym(string word) => word.Length > 2 && word.Length <= 40 && char.IsUpper(word[0]) && _gazetteer.IsDemonym(word, out _);

    public bool IsCountry(string name)
    {
        if (name.Length < 2 || name.Length > 60 || !char.IsUpper(name[0])) return false;
        if (!HasLower(name) && !CapsForms.Contains(name)) return false;
        return _gazetteer.TryCountry(name, out _) && !_gazetteer.IsDemonym(name, out _);
    }

    public bool TryCapital(string city, out CountryRef country)
    {
        country = null!;
        if (city.Length < 3 || city.Length > 40 || !char.IsUpper(city[0])) return false;
        if (_capitals.TryGetValue(city, out country!)) return true;
        // Other spellings of a capital ("Kiev"): a GeoNames capital (PPLC) of that name.
        foreach (var p in _gazetteer.Lookup(city))
            if (p.FeatureCode == "PPLC" && _gazetteer.CountryByIso2(p.CountryIso2) is { } c && c.Population >= 1_000_000)
            {
                country = Ref(c);
                return true;
            }
        return false;
    }

    private static bool HasLower(string s)
    {
        foreach (var ch in s) if (char.IsLower(ch)) return true;
        return false;
    }
}
