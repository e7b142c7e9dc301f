namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>The extent conventions of a cue that news attribution corpora follow, applied to every attribution.</summary>
public static class CueExtent
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does", "do", "not", "also", "never",
        "often", "repeatedly", "previously", "later", "already", "been",
    };

    /// <summary>
    /// A cue takes the auxiliaries, negation and frequency adverbs right before it ("has also said", "did not say",
    /// "is expected"), as news attribution corpora mark it (PolNeAR train: about 2,900 such cues include them, about 40
    /// do not); at most four words, never words of the source or the content.
    /// </summary>
    public static TextSpan WithAuxiliaries(string text, TextSpan cue, TextSpan? source, TextSpan content)
    {
        int start = cue.Start;
        for (int n = 0; n < 4; n++)
        {
            int end = start;
            while (end > 0 && text[end - 1] == ' ') end--;
            if (end == start || end == 0) break;
            int begin = end;
            while (begin > 0 && char.IsLetter(text[begin - 1])) begin--;
            if (begin == end || (begin > 0 && !char.IsWhiteSpace(text[begin - 1]) && text[begin - 1] is not ('(' or '"' or '“'))) break;
            if (!Auxiliaries.Contains(text[begin..end])) break;
            if (source is { } s && s.Start < end && begin < s.End) break;
            if (content.Start < end && begin < content.End) break;
            start = begin;
        }
        return start == cue.Start ? cue : new TextSpan(start, cue.End);
    }

    /// <summary>
    /// A cue word directly followed by a colon takes the colon ("he said: …"), as news attribution corpora mark it
    /// (PolNeAR train: 67 of 72 such cues include it), unless the colon already belongs to the content.
    /// </summary>
    public static TextSpan WithColon(string text, TextSpan cue, TextSpan content)
    {
        if (cue.End >= text.Length || text[cue.End] != ':' || cue.End == 0 || !char.IsLetter(text[cue.End - 1])) return cue;
        if (content.Start <= cue.End && cue.End < content.End) return cue;
        return new TextSpan(cue.Start, cue.End + 1);
    }
}
