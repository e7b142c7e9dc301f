namespace Wirecheck.Nlp.Geo;

/// <summary>What a gazetteer name match is: a place name (country, division, city, region) or a demonym ("Ukrainian").</summary>
public enum GazetteerMatchKind { Place, Demonym }
