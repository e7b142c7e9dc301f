namespace Wirecheck.Eval.Speakers;

/// <summary>
/// Whether an entity's name names the labelled speaker: the same last word and the same first word once titles and
/// honorifics are dropped ("Mr. Obama", "Sen. Lindsey Graham"), or one side a single word ("Obama" for "Barack Obama",
/// as an article that only ever says "Obama" yields); case-insensitive. "Hillary Clinton" is not "Bill Clinton".
/// </summary>
public static class SpeakerNames
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "mr.", "ms.", "mrs.", "dr.", "rep.", "sen.", "gov.", "lt.", "gen.", "rev.", "del.", "sens.", "mr", "ms", "mrs", "dr",
        "president", "senator", "representative", "chairman", "chairwoman", "speaker", "secretary", "chief", "justice", "general",
    };

    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>();
        foreach (var raw in name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim(',', ';', ':', '(', ')', '"', '“', '”');
            if (w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
            if (w.Length == 0 || Titles.Contains(w)) continue;
            words.Add(w.ToLowerInvariant());
        }
        return words;
    }

    public static bool Same(string label, string name)
    {
        var a = Words(label);
        var b = Words(name);
        if (a.Count == 0 || b.Count == 0 || a[^1] != b[^1]) return false;
        return a.Count == 1 || b.Count == 1 || a[0] == b[0];
    }
}
