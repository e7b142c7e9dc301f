namespace Wirecheck.Nlp.Geo;

/// <summary>A country (or dependent territory) of the gazetteer: ISO 3166 codes, GeoNames id, a representative point and its capital.</summary>
public sealed record CountryInfo(string Iso2, string Iso3, string Name, long GeonameId, double Lat, double Lon, string Capital)
{
    public long Population { get; init; }
    /// <summary>GeoNames continent code (AF, AS, EU, NA, OC, SA, AN).</summary>
    public string Continent { get; init; } = "";
}
