namespace Wirecheck.Nlp.Geo;

/// <summary>
/// One gazetteer entry a name can refer to. <see cref="FeatureClass"/> and <see cref="FeatureCode"/> follow GeoNames:
/// "A"/"PCLI" a country, "A"/"ADM1" a first-order division, "P"/"PPL…" a populated place, "L"/"CONT"/"RGN" a continent
/// or region. <see cref="Admin1"/> is the GeoNames admin1 code within the country ("05" for Donetsk Oblast), or null.
/// </summary>
public sealed record PlaceCandidate(long GeonameId, string Name, string FeatureClass, string FeatureCode, string CountryIso2, string? Admin1, double Lat, double Lon, long Population)
{
    public bool IsCountry => FeatureCode == "PCLI";
    public bool IsAdmin1 => FeatureCode == "ADM1";
    public bool IsPopulatedPlace => FeatureClass == "P";
    public bool IsRegion => FeatureClass == "L";
}
