namespace Wirecheck.Nlp.Entities;

using Wirecheck.Core.Model;

/// <summary>
/// The default conflict policy, "rules-first-longest": pattern matches (titles, organisation forms, agencies,
/// groups) first, longest first; then tagger and gazetteer spans, longest first, the gazetteer winning ties
/// (it knows the country); bare demonyms last. A candidate overlapping an accepted one is dropped.
/// </summary>
public sealed class RulesFirstPolicy : IConflictPolicy
{
    public string Name => "rules-first-longest";

    public static int Rank(EntityCandidate c) => c.Source switch
    {
        PatternRecognizer.SourceDemonym => 0,
        _ when c.Source.StartsWith("pattern:", StringComparison.Ordinal) => 2,
        _ => 1,
    };

    public List<EntityCandidate> Select(IReadOnlyList<EntityCandidate> candidates)
    {
        var ordered = candidates.ToList();
        ordered.Sort((a, b) =>
        {
            int r = Rank(b).CompareTo(Rank(a));
            if (r != 0) return r;
            r = (b.End - b.Start).CompareTo(a.End - a.Start);
            if (r != 0) return r;
            r = Tie(b).CompareTo(Tie(a));
            if (r != 0) return r;
            return a.Start.CompareTo(b.Start);
        });
        var accepted = new List<EntityCandidate>();
        foreach (var c in ordered)
        {
            bool clash = false;
            foreach (var a in accepted)
                if (c.Start < a.End && a.Start < c.End) { clash = true; break; }
            if (!clash) accepted.Add(c);
        }
        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }

    /// <summary>Equal spans: a confident gazetteer entry (country, capital) beats the tagger, which beats a mere place name.</summary>
    private static int Tie(EntityCandidate c) => c.Source.StartsWith("gazetteer:", StringComparison.Ordinal) ? (c.Score >= 1 ? 2 : 0) : 1;
}
