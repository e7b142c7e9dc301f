namespace Wirecheck.Nlp.Tests.Entities;

using Wirecheck.Nlp.Entities;

/// <summary>A hand-made country lookup for tests that must not depend on the gazetteer files.</summary>
internal sealed class FakeCountries : ICountryLookup
{
    private static readonly CountryRef China = new("CHN", "CN", "China"), Ukraine = new("UKR", "UA", "Ukraine"), Russia = new("RUS", "RU", "Russia");
    private static readonly Dictionary<string, CountryRef> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["China"] = China, ["Ukraine"] = Ukraine, ["Russia"] = Russia, ["CHN"] = China, ["UKR"] = Ukraine, ["RUS"] = Russia,
    };
    private static readonly Dictionary<string, CountryRef> Demonyms = new(StringComparer.Ordinal)
    {
        ["Chinese"] = China, ["Ukrainian"] = Ukraine, ["Russian"] = Russia,
    };
    private static readonly Dictionary<string, CountryRef> Capitals = new(StringComparer.Ordinal)
    {
        ["Beijing"] = China, ["Kyiv"] = Ukraine, ["Moscow"] = Russia,
    };

    public static FakeCountries Instance { get; } = new();

    public bool TryCountry(string nameOrDemonym, out CountryRef country) =>
        Names.TryGetValue(nameOrDemonym, out country!) || Demonyms.TryGetValue(nameOrDemonym, out country!);
    public bool IsDemonym(string word) => Demonyms.ContainsKey(word);
    public bool IsCountry(string name) => Names.ContainsKey(name) && char.IsUpper(name[0]) && name.Length > 3;
    public bool TryCapital(string city, out CountryRef country) => Capitals.TryGetValue(city, out country!);
}
