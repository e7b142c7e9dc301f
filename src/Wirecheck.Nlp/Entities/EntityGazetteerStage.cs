namespace Wirecheck.Nlp.Entities;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;
using Wirecheck.Nlp.Geo;

/// <summary>
/// The gazetteer layer: country names (one to four words, "United States", "South Korea") and capitals found
/// by the geo gazetteer, as GPE candidates with source <c>gazetteer:geonames</c>. With the full gazetteer, also
/// first-order divisions and populated places of at least <see cref="MinPopulation"/> people, at a lower score
/// (the tagger wins ties for them: "Jackson" the person).
/// </summary>
public sealed class EntityGazetteerStage : IStage
{
    public const string Source = "gazetteer:geonames";
    private const int MaxWords = 4;
    public const long MinPopulation = 100_000;
    private readonly ICountryLookup? _countries;
    private readonly Gazetteer? _gazetteer;
    private readonly HashSet<string> _common;

    public EntityGazetteerStage() : this(CountryLookup.Default, CountryLookup.Default?.Gazetteer) { }
    public EntityGazetteerStage(ICountryLookup? countries, Gazetteer? gazetteer = null)
    {
        _countries = countries;
        _gazetteer = gazetteer;
        _common = (HashSet<string>)EntityLexicons.Default.CommonWords;
    }

    public StageInfo Info { get; } = StageInfo.Of("entities-gazetteer", [Layers.Tokens, Layers.Sentences], [Layers.EntityCandidates]);

    public void Process(Article article, CancellationToken ct)
    {
        if (_countries is null) return;
        if (_gazetteer is not null) { FromGazetteer(article, _gazetteer, ct); return; }
        var text = article.Text;
        foreach (var s in article.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            int end = s.FirstToken + s.TokenCount;
            for (int i = s.FirstToken; i < end; i++)
            {
                var t = article.Tokens[i];
                if (t.Kind != TokenKind.Word || !char.IsUpper(text[t.Start]) || t.Length > SentenceView.MaxWordLength) continue;
                // Longest run of capitalised words (with "of", "and", "the" inside) that names a country or capital.
                for (int j = Math.Min(end - 1, i + MaxWords - 1); j >= i; j--)
                {
                    var last = article.Tokens[j];
                    if (!char.IsUpper(text[last.Start])) continue;
                    var name = text[t.Start..last.End];
                    if (_countries.IsDemonym(name)) continue;
                    if (_countries.IsCountry(name) && _countries.TryCountry(name, out var c))
                    {
                        article.EntityCandidates.Add(new EntityCandidate(t.Start, last.End, EntityType.GPE, Source) { Country = c.Iso3 });
                        i = j;
                        break;
                    }
                    if (_countries.TryCapital(name, out var cap))
                    {
                        article.EntityCandidates.Add(new EntityCandidate(t.Start, last.End, EntityType.GPE, Source) { Country = cap.Iso3 });
                        i = j;
                        break;
                    }
                }
            }
        }
    }

    private void FromGazetteer(Article article, Gazetteer gazetteer, CancellationToken ct)
    {
        var text = article.Text;
        foreach (var s in article.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var m in gazetteer.FindNames(text, s.Start, s.End))
            {
                if (m.Kind != GazetteerMatchKind.Place || m.End - m.Start > 60) continue;
                var name = text[m.Start..m.End];
                if (!name.Contains(' ') && _common.Contains(name)) continue;
                if (m.Country is { } c && _countries!.IsCountry(name))
                {
                    article.EntityCandidates.Add(new EntityCandidate(m.Start, m.End, EntityType.GPE, Source) { Country = c.Iso3 });
                    continue;
                }
                if (_countries!.TryCapital(name, out var cap))
                {
                    article.EntityCandidates.Add(new EntityCandidate(m.Start, m.End, EntityType.GPE, Source) { Country = cap.Iso3 });
                    continue;
                }
                PlaceCandidate? best = null;
                foreach (var p in m.Places)
                    if ((p.IsAdmin1 || p.IsPopulatedPlace && p.Population >= MinPopulation) && (best is null || p.Population > best.Population)) best = p;
                if (best is null) continue;
                var country = gazetteer.CountryByIso2(best.CountryIso2)?.Iso3;
                article.EntityCandidates.Add(new EntityCandidate(m.Start, m.End, EntityType.GPE, Source, 0.5) { Country = country });
            }
        }
    }
}
