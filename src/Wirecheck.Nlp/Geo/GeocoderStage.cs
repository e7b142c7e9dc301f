namespace Wirecheck.Nlp.Geo;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;

/// <summary>
/// Resolves every GPE, LOC and FAC entity of <see cref="Article.Entities"/> to a GeoNames entry (<see cref="Entity.Geo"/>)
/// with <see cref="Geocoder"/>, using all the article's places and countries as context, and sets
/// <see cref="Entity.Country"/> (ISO alpha-3) of the places it resolves when no earlier stage set it.
/// </summary>
public sealed class GeocoderStage : IStage
{
    private readonly Geocoder? _geocoder;

    public GeocoderStage(Geocoder? geocoder = null) => _geocoder = geocoder;

    public StageInfo Info { get; } = StageInfo.Of("geocoder", new[] { Layers.Entities }, new[] { Layers.Geo });

    public void Process(Article article, CancellationToken ct)
    {
        var geocoder = _geocoder ?? Geocoder.Default;
        var places = new List<Entity>();
        var queries = new List<PlaceQuery>();
        foreach (var e in article.Entities)
        {
            if (e.Type is not (EntityType.GPE or EntityType.LOC or EntityType.FAC)) continue;
            var spans = new List<TextSpan>(e.Mentions.Count);
            foreach (var m in e.Mentions)
                if (m.Start >= 0 && m.End <= article.Text.Length && m.Start < m.End) spans.Add(m.Span);
            places.Add(e);
            queries.Add(new PlaceQuery(e.Name, spans) { Aliases = e.Aliases });
        }
        if (queries.Count > 0)
        {
            var resolved = geocoder.Resolve(article.Text, queries, ct);
            for (int i = 0; i < places.Count; i++)
            {
                if (resolved[i].Place is not { } p) continue;
                var e = places[i];
                e.Geo = new GeoRef(p.GeonameId, p.Name, p.FeatureCode, p.CountryIso2, p.Admin1, p.Lat, p.Lon);
                if (e.Country is null && geocoder.Gazetteer.CountryByIso2(p.CountryIso2) is { } c) e.Country = c.Iso3;
            }
        }
        article.MarkAssigned(Layers.Geo);
    }
}
