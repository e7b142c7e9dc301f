namespace Wirecheck.Nlp.Entities;

using Wirecheck.Nlp.Geo;

/// <summary>The country lookup the entity layers use by default: the geo gazetteer, loaded once.</summary>
public static class CountryLookup
{
    private static readonly Lazy<GazetteerCountryLookup?> DefaultLazy = new(() =>
    {
        try { return new GazetteerCountryLookup(Gazetteer.Default); }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException) { return null; }
    });

    /// <summary>The gazetteer-backed lookup, or null when <c>data/gazetteers/</c> cannot be read.</summary>
    public static GazetteerCountryLookup? Default => DefaultLazy.Value;
}
