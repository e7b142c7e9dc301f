namespace Wirecheck.Store.Corpus;

using System.Globalization;

/// <summary>
/// Compares two cross-article results item by item (entities with their members, stories with their articles,
/// claim clusters with their claims, conflicts with their claims and text), ids and order included. Used to show
/// that computing sentence vectors only where they are read gives what computing all of them gives.
/// </summary>
public static class CorpusResultComparer
{
    /// <summary>The lines that differ, as "-" (only in <paramref name="a"/>) and "+" (only in <paramref name="b"/>); empty when the results are the same.</summary>
    public static List<string> Differences(CorpusResult a, CorpusResult b, int max = 20)
    {
        var la = Lines(a);
        var lb = Lines(b);
        var diff = new List<string>();
        int n = Math.Max(la.Count, lb.Count);
        for (int i = 0; i < n && diff.Count < max; i++)
        {
            var x = i < la.Count ? la[i] : null;
            var y = i < lb.Count ? lb[i] : null;
            if (string.Equals(x, y, StringComparison.Ordinal)) continue;
            if (x is not null) diff.Add("- " + x);
            if (y is not null) diff.Add("+ " + y);
        }
        return diff;
    }

    /// <summary>One line per entity, story, claim cluster and conflict, in the result's order.</summary>
    public static List<string> Lines(CorpusResult r)
    {
        var ci = CultureInfo.InvariantCulture;
        var lines = new List<string>();
        foreach (var e in r.Entities)
            lines.Add(string.Create(ci, $"entity {e.Id} {e.Type} {e.Name} [{string.Join(',', e.Members.Select(m => $"{m.ArticleId}/{m.LocalId}"))}] aliases {string.Join('|', e.Aliases.Select(x => $"{x.Alias}:{x.Count}"))}"));
        foreach (var s in r.Stories)
            lines.Add(string.Create(ci, $"story {s.Id} {s.Label} [{string.Join(',', s.ArticleIds)}]"));
        foreach (var k in r.ClaimClusters)
            lines.Add(string.Create(ci, $"cluster {k.Id} {k.Label} story {k.StoryId} [{string.Join(',', k.Claims.Select(c => $"{c.ArticleId}/{c.Claim.LocalId}"))}]"));
        foreach (var f in r.Conflicts)
            lines.Add(string.Create(ci, $"conflict {f.Kind} cluster {f.ClusterId} claims {f.ClaimA},{f.ClaimB} articles {f.ArticleA},{f.ArticleB} {f.Description}"));
        return lines;
    }
}
