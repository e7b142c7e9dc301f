namespace Wirecheck.Nlp.Entities;

/// <summary>Country names and demonyms, as the entity layers need them (implemented over the geo gazetteer).</summary>
public interface ICountryLookup
{
    /// <summary>ISO 3166-1 alpha-3 code and short name of a country name, alternate name or demonym.</summary>
    bool TryCountry(string nameOrDemonym, out CountryRef country);
    bool IsDemonym(string word);
    bool IsCountry(string name);
    /// <summary>The country a capital city or other well-known seat of government stands for ("Beijing" → China).</summary>
    bool TryCapital(string city, out CountryRef country);
}
