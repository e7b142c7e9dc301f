namespace Wirecheck.Nlp.Geo;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;
using Wirecheck.Core.Text;

/// <summary>
/// A recognizer layer: gazetteer names in the text as <see cref="EntityCandidate"/>s with source
/// <c>gazetteer:geonames</c> — countries, divisions and cities as GPE, continents as LOC, demonyms as NORP (with the
/// country's ISO alpha-3). Its filter policy keeps precision usable without a tagger: a one-word name that is a common
/// English word (<c>data/gazetteers/toponym-stopwords.txt</c>) is dropped; a name glued to another capitalised word
/// ("Washington Post", "President Lincoln") is part of another name and dropped, except a country's name followed by
/// one ("U.S. Centers for Disease Control": the country as a modifier); a one-word town needs a population
/// of at least <see cref="MinSingleWordTownPopulation"/> unless it is a capital or division seat.
/// </summary>
public sealed class ToponymStage : IStage
{
    public const string Source = "gazetteer:geonames";
    public const long MinSingleWordTownPopulation = 20_000;

    private static readonly Lazy<HashSet<string>> Stopwords = new(() =>
        new HashSet<string>(DataFiles.ReadLines("gazetteers/toponym-stopwords.txt").Select(l => l.Split('\t')[0].ToLowerInvariant()), StringComparer.Ordinal));

    private readonly Gazetteer? _gazetteer;

    public ToponymStage(Gazetteer? gazetteer = null) => _gazetteer = gazetteer;

    public StageInfo Info { get; } = StageInfo.Of("toponyms", new[] { Layers.Sentences }, new[] { Layers.EntityCandidates });

    public void Process(Article article, CancellationToken ct)
    {
        var g = _gazetteer ?? Gazetteer.Default;
        var text = article.Text;
        var stop = Stopwords.Value;
        IEnumerable<(int Start, int End)> ranges = article.Sentences.Count > 0
            ? article.Sentences.Select(s => (s.Start, s.End))
            : new[] { (0, text.Length) };
        var matches = new List<(GazetteerMatch Match, int SentenceStart)>();
        foreach (var (start, end) in ranges)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var m in g.FindNames(text, start, end)) matches.Add((m, start));
        }
        // One sense per article: a one-word town name that also follows a capitalised word ("Barack Obama",
        // "Rebecca Corby") is a person's name wherever it appears.
        var personLike = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (m, start) in matches)
            if (m.Kind == GazetteerMatchKind.Place && IsTownOnly(m) && text.AsSpan(m.Start, m.End - m.Start).IndexOfAny(' ', '-') < 0
                && FollowsCapitalisedWord(text, m.Start, start))
                personLike.Add(text[m.Start..m.End]);
        foreach (var (m, start) in matches)
        {
            {
                var surface = text.AsSpan(m.Start, m.End - m.Start);
                bool oneWord = surface.IndexOfAny(' ', '-') < 0;
                if (oneWord && stop.Contains(surface.ToString().ToLowerInvariant())) continue;
                // A country's name before another capitalised word still names the country ("U.S. Centers for Disease
                // Control", "UK Secretary of Health", "... in the U.S. The first case"); other names there are part of a longer name.
                bool countryName = m.Kind == GazetteerMatchKind.Place && m.Country is not null;
                if (countryName ? FollowsCapitalisedWord(text, m.Start, start) : GluedToCapitalisedWord(text, m.Start, m.End, start)) continue;
                if (oneWord && personLike.Count > 0 && personLike.Contains(surface.ToString())) continue;
                if (m.Kind == GazetteerMatchKind.Demonym)
                {
                    article.EntityCandidates.Add(new EntityCandidate(m.Start, m.End, EntityType.NORP, Source) { Country = m.Country?.Iso3 });
                    continue;
                }
                if (!Plausible(m, oneWord)) continue;
                bool continent = m.Places.All(p => p.IsRegion);
                article.EntityCandidates.Add(new EntityCandidate(m.Start, m.End, continent ? EntityType.LOC : EntityType.GPE, Source)
                {
                    Country = m.Country?.Iso3,
                });
            }
        }
        article.MarkAssigned(Layers.EntityCandidates);
    }

    private static bool Plausible(GazetteerMatch m, bool oneWord)
    {
        foreach (var p in m.Places)
        {
            if (p.IsAdmin2) { if (!oneWord) return true; continue; }
            if (!p.IsPopulatedPlace) return true;
            if (!oneWord || p.Population >= MinSingleWordTownPopulation || p.FeatureCode is "PPLC" or "PPLA") return true;
        }
        return false;
    }

    private static bool IsTownOnly(GazetteerMatch m)
    {
        foreach (var p in m.Places) if (!p.IsPopulatedPlace) return false;
        return true;
    }

    /// <summary>Whether the match touches another capitalised word (not sentence-initial) with only a space between.</summary>
    private static bool GluedToCapitalisedWord(string text, int start, int end, int sentenceStart) =>
        (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])) || FollowsCapitalisedWord(text, start, sentenceStart);

    private static bool FollowsCapitalisedWord(string text, int start, int sentenceStart)
    {
        if (start - 2 >= sentenceStart && text[start - 1] == ' ' && char.IsLetter(text[start - 2]))
        {
            int ws = start - 2;
            while (ws > sentenceStart && char.IsLetter(text[ws - 1])) ws--;
            if (char.IsUpper(text[ws]) && ws > sentenceStart) return true;
        }
        return false;
    }
}
