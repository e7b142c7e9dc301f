namespace Wirecheck.Nlp.Geo;

/// <summary>
/// One gazetteer entry a name can refer to. <see cref="FeatureClass"/> and <see cref="FeatureCode"/> follow GeoNames:
/// "A"/"PCLI" a country, "A"/"ADM1" a first-order division, "A"/"ADM2" a second-order one (county, district), "P"/"PPL…" a populated place, "L"/"CONT"/"RGN", "H"/"OCN"/"SEA", "T"/"ISL"/"PEN"
/// a continent, region, sea or island. <see cref="Admin1"/> is the GeoNames admin1 code within the country ("05" for Donetsk Oblast), or null.
/// </summary>
public sealed record PlaceCandidate(long GeonameId, string Name, string FeatureClass, string FeatureCode, string CountryIso2, string? Admin1, double Lat, double Lon, long Population)
{
    public bool IsCountry => FeatureCode == "PCLI";
    public bool IsAdmin1 => FeatureCode == "ADM1";
    public bool IsPopulatedPlace => FeatureClass == "P";
    /// <summary>A continent, world region, ocean or sea, island, peninsula or mountain range (no country of its own).</summary>
    public bool IsRegion => FeatureClass is "L" or "H" or "T";
    public bool IsAdmin2 => FeatureCode == "ADM2";
}
