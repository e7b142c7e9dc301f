namespace Wirecheck.Nlp.Entities;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;

/// <summary>
/// The gazetteer layer: country names (one to four words, "United States", "South Korea") and capitals found
/// by the geo gazetteer, as GPE candidates with source <c>gazetteer:geonames</c>.
/// </summary>
public sealed class EntityGazetteerStage : IStage
{
    public const string Source = "gazetteer:geonames";
    private const int MaxWords = 4;
    private readonly ICountryLookup? _countries;

    public EntityGazetteerStage() : this(CountryLookup.Default) { }
    public EntityGazetteerStage(ICountryLookup? countries) => _countries = countries;

    public StageInfo Info { get; } = StageInfo.Of("entities-gazetteer", [Layers.Tokens, Layers.Sentences], [Layers.EntityCandidates]);

    public void Process(Article article, CancellationToken ct)
    {
        if (_countries is null) return;
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
}
