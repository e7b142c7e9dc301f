namespace Wirecheck.Nlp.Geo;

/// <summary>
/// A gazetteer name found in text: half-open <c>[Start, End)</c>, its kind, the candidate places (for
/// <see cref="GazetteerMatchKind.Place"/>) or the country (for a demonym, and for a place name that names a country).
/// </summary>
public sealed record GazetteerMatch(int Start, int End, GazetteerMatchKind Kind, IReadOnlyList<PlaceCandidate> Places, CountryInfo? Country);
