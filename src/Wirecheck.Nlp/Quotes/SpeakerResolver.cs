namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>
/// Resolves the source words of an attribution to an entity of <see cref="Article.Entities"/>: a mention covering
/// the words; a pronoun to the latest person (he, she) or organisation/place (it, they) in reach, preferring earlier
/// speakers; a title or common noun ("the spokesperson", "the ministry") to the latest entity carrying it; an exact
/// name or alias. Nothing matches: no speaker. It never creates an entity.
/// </summary>
public sealed class SpeakerResolver
{
    private const int PronounReach = 1500;
    private readonly Article _a;
    private readonly List<(Mention M, Entity E)> _mentions = new();

    public SpeakerResolver(Article article)
    {
        _a = article;
        foreach (var e in article.Entities)
            foreach (var m in e.Mentions)
                if (m.Start >= 0 && m.End <= article.Text.Length && m.End > m.Start) _mentions.Add((m, e));
        _mentions.Sort((x, y) => x.M.Start.CompareTo(y.M.Start));
    }

    /// <summary>The entity id for source words, or null; <paramref name="viaPronoun"/> tells a pronoun guess.</summary>
    public string? Resolve(TextSpan source, IReadOnlyList<string> earlierSpeakers, out bool viaPronoun)
    {
        viaPronoun = false;
        if (_mentions.Count == 0) return null;
        // 1. a mention inside the source words (the last one: the head of "spokesperson Lin Jian")
        Entity? best = null; int bestScore = int.MinValue;
        foreach (var (m, e) in MentionsOverlapping(source))
        {
            int score = (m.End == source.End ? 4 : 0) + (e.Type == EntityType.PERSON ? 2 : 0) + (source.Contains(m.Span) ? 1 : 0) + (m.End - m.Start) / 64;
            if (score > bestScore) { bestScore = score; best = e; }
        }
        if (best is not null) return best.Id;

        var words = _a.Covered(source.Start, source.End).Trim();
        var lower = words.ToLowerInvariant();
        // 2. pronouns
        if (lower is "he" or "she" or "him" or "her" or "who")
        {
            viaPronoun = true;
            return LatestBefore(source.Start, e => e.Type == EntityType.PERSON, earlierSpeakers);
        }
        if (lower is "it" or "they" or "which")
        {
            viaPronoun = true;
            return LatestBefore(source.Start, e => e.Type is EntityType.ORG or EntityType.GPE, earlierSpeakers);
        }
        if (lower is "i" or "we" or "you" or "that" or "this") return null;
        // 3. names and aliases written out
        var bare = StripDeterminer(lower);
        foreach (var e in _a.Entities)
        {
            if (Same(e.Name, bare)) return e.Id;
            foreach (var al in e.Aliases) if (Same(al, bare)) return e.Id;
        }
        // 4. "the spokesperson", "the ministry": the head noun in a title or the name of an earlier entity
        if (lower.StartsWith("the ", StringComparison.Ordinal) || lower.StartsWith("a ", StringComparison.Ordinal))
        {
            int sp = bare.LastIndexOf(' ');
            var head = sp >= 0 ? bare[(sp + 1)..] : bare;
            if (head.Length >= 3)
                return LatestBefore(source.Start, e => HasWord(e.Name, head) || e.Titles.Exists(t => HasWord(t, head)), earlierSpeakers);
        }
        return null;
    }

    private IEnumerable<(Mention, Entity)> MentionsOverlapping(TextSpan s)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (_mentions[mid].M.Start < s.Start - 256) lo = mid + 1; else hi = mid; }
        for (int i = lo; i < _mentions.Count && _mentions[i].M.Start < s.End; i++)
            if (_mentions[i].M.Span.Overlaps(s)) yield return _mentions[i];
    }

    private string? LatestBefore(int pos, Func<Entity, bool> accept, IReadOnlyList<string> earlierSpeakers)
    {
        // an earlier speaker of the right kind mentioned within reach wins over a bystander
        string? latest = null; int latestStart = -1;
        string? speaker = null; int speakerStart = -1;
        int lo = 0, hi = _mentions.Count;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (_mentions[mid].M.Start < pos - PronounReach) lo = mid + 1; else hi = mid; }
        for (int i = lo; i < _mentions.Count && _mentions[i].M.End <= pos; i++)
        {
            var (m, e) = _mentions[i];
            if (!accept(e)) continue;
            if (IsPronoun(m)) continue;
            if (m.Start > latestStart) { latestStart = m.Start; latest = e.Id; }
            if (earlierSpeakers.Contains(e.Id) && m.Start > speakerStart) { speakerStart = m.Start; speaker = e.Id; }
        }
        return speaker ?? latest;
    }

    private bool IsPronoun(Mention m)
    {
        var s = _a.Covered(m.Start, m.End).ToLowerInvariant();
        return s is "he" or "she" or "it" or "they" or "him" or "her" or "them" or "his" or "its" or "their";
    }

    private static string StripDeterminer(string s) =>
        s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;

    private static bool Same(string name, string bare) =>
        string.Equals(StripDeterminer(name.ToLowerInvariant()), bare, StringComparison.Ordinal);

    private static bool HasWord(string text, string word)
    {
        int i = 0;
        while ((i = text.IndexOf(word, i, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            bool startOk = i == 0 || !char.IsLetter(text[i - 1]);
            bool endOk = i + word.Length == text.Length || !char.IsLetter(text[i + word.Length]);
            if (startOk && endOk) return true;
            i += word.Length;
        }
        return false;
    }
}
