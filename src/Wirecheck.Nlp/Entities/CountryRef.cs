namespace Wirecheck.Nlp.Entities;

/// <summary>A country as the entity layers use it: ISO alpha-3 and alpha-2 codes and its usual English name.</summary>
public sealed record CountryRef(string Iso3, string Iso2, string Name);
