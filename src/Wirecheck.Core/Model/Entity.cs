namespace Wirecheck.Core.Model;

public enum EntityType { PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, MISC }

/// <summary>One mention of an entity; <see cref="Source"/> records which layer found it.</summary>
public sealed record Mention(int Start, int End, string? Source = null)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>A GeoNames entry a place was resolved to.</summary>
public sealed record GeoRef(long GeonameId, string Name, string Feature, string Country, string? Admin1, double Lat, double Lon);

/// <summary>A candidate mention from one recognizer layer, before the resolver decides.</summary>
public sealed record EntityCandidate(int Start, int End, EntityType Type, string Source, double Score = 1.0)
{
    public TextSpan Span => new(Start, End);
    public string? Country { get; init; }
    public string? Sector { get; init; }
    public string? Title { get; init; }
}

/// <summary>A real-world referent with all its mentions in the document.</summary>
public sealed class Entity
{
    public required string Id { get; init; }
    public EntityType Type { get; set; }
    public required string Name { get; set; }
    public List<string> Titles { get; } = new();
    public string? Country { get; set; }
    public string? Sector { get; set; }
    public GeoRef? Geo { get; set; }
    public List<Mention> Mentions { get; } = new();
    public List<string> Aliases { get; } = new();
}
