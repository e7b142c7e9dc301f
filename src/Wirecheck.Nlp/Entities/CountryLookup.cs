namespace Wirecheck.Nlp.Entities;

/// <summary>The country lookup the entity layers use by default (none until a gazetteer is available).</summary>
public static class CountryLookup
{
    public static ICountryLookup? Default => null;
}
