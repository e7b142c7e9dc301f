namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Entities;

/// <summary>
/// Resolves the source words of an attribution to an entity of <see cref="Article.Entities"/>, never creating one
/// (first, an epithet, "the New York businessman", "the 34-year-old mother of three", is a person carrying that noun,
/// else the most salient person as for he / she, of the noun's gender; never the place or party inside it):
/// <list type="number">
/// <item>a mention inside the source words: within the head of the phrase (before an appositive comma, a
/// parenthesis, a dash or "who": "Daryl Kimball, executive director of the Arms Control Association" is Kimball), the
/// mention ending it first, then a person; a person's possessive ("Obama's former strategist") is someone else, while an
/// institution speaks for its possessor or modifier ("Russia's foreign ministry", "the Russian foreign ministry");</item>
/// <item>he / she: the most salient person before it, outside quotations (a name inside a quotation is not its
/// speaker), of a compatible gender (<see cref="EntityGender"/>): fewer sentences back, the subject of its sentence (its
/// first reference to a person, so not a name after a he / she, nor one in an opening phrase before the comma: "In an
/// interview with X, Ham said", "Wednesday, he called"; a name that only modifies the next person's title, "Trump
/// campaign spokesman Jason Miller", is no reference at all) and an earlier speaker score higher; a he / she
/// resolved before counts as a mention of its person (the entity layer's own pronoun links are not used); who: the latest person in the same sentence; it / they / which: the latest
/// organisation or place, an earlier speaker first;</item>
/// <item>a name or alias written out; a title or common noun ("the spokesperson", "the ministry"): the latest entity
/// carrying it, an earlier speaker first.</item>
/// </list>
/// Nothing matches: no speaker.
/// </summary>
public sealed class SpeakerResolver
{
    private const int PronounReach = 1500;
    private const double SubjectBonus = 1.5, SpeakerBonus = 1.0;
    private readonly Article _a;
    private readonly List<(Mention M, Entity E)> _mentions = new();
    private readonly List<TextSpan> _quoted;
    private Dictionary<string, PersonGender>? _gender;
    private readonly Dictionary<int, int> _subjectFrom = new();
    private readonly Dictionary<int, int> _firstHeOrShe = new(); // per sentence, the start of its first he / she outside quotations
    private readonly List<(int Start, string Id)> _resolvedPronouns = new(); // he / she sources resolved so far, in call order

    /// <param name="quoted">Top-level quotations (with their marks; they do not overlap) whose names are not candidates for a pronoun.</param>
    public SpeakerResolver(Article article, IEnumerable<TextSpan>? quoted = null)
    {
        _a = article;
        foreach (var e in article.Entities)
            foreach (var m in e.Mentions)
                if (m.Start >= 0 && m.End <= article.Text.Length && m.End > m.Start) _mentions.Add((m, e));
        _mentions.Sort((x, y) => x.M.Start.CompareTo(y.M.Start));
        _quoted = quoted?.Where(q => q.End > q.Start).OrderBy(q => q.Start).ToList() ?? [];
    }

    /// <summary>The entity id for source words, or null; <paramref name="viaPronoun"/> tells a pronoun guess.</summary>
    public string? Resolve(TextSpan source, IReadOnlyList<string> earlierSpeakers, out bool viaPronoun)
    {
        viaPronoun = false;
        if (_mentions.Count == 0) return null;
        var words = _a.Covered(source.Start, source.End).Trim();
        var lower = words.ToLowerInvariant();
        // "the New York businessman", "the Republican nominee": an epithet for a person named before, not the place or party in it
        if (Epithet(source, lower) is { } noun)
        {
            viaPronoun = true;
            return LatestBefore(source.Start, e => e.Type == EntityType.PERSON && (HasWord(e.Name, noun) || e.Titles.Exists(t => HasWord(t, noun))), earlierSpeakers, sameSentence: false)
                ?? Salient(source.Start, EntityGender.OfNoun(noun), earlierSpeakers);
        }
        // 1. a mention inside the source words
        if (MentionInside(source) is { } inside) return inside.Id;

        // 2. pronouns
        if (lower is "he" or "she" or "him" or "her")
        {
            viaPronoun = true;
            var person = Salient(source.Start, lower is "he" or "him" ? PersonGender.Male : PersonGender.Female, earlierSpeakers);
            if (person is not null) _resolvedPronouns.Add((source.Start, person));
            return person;
        }
        if (lower == "who")
        {
            viaPronoun = true;
            return LatestBefore(source.Start, e => e.Type == EntityType.PERSON, [], sameSentence: true);
        }
        if (lower is "it" or "they" or "which")
        {
            viaPronoun = true;
            return LatestBefore(source.Start, e => e.Type is EntityType.ORG or EntityType.GPE, earlierSpeakers, sameSentence: false);
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
                return LatestBefore(source.Start, e => HasWord(e.Name, head) || e.Titles.Exists(t => HasWord(t, head)), earlierSpeakers, sameSentence: false);
        }
        return null;
    }

    /// <summary>Nouns that describe a person already named rather than an unnamed source (an official, an analyst).</summary>
    private static readonly HashSet<string> EpithetNouns = new(StringComparer.Ordinal)
    {
        "businessman", "businesswoman", "billionaire", "nominee", "candidate", "mogul", "tycoon", "magnate", "entrepreneur",
        "politician", "man", "woman", "mother", "father", "actor", "actress", "star", "veteran", "frontrunner", "front-runner",
    };

    /// <summary>The head noun of "the [modifiers] NOUN [of ...]" when it is an epithet and no person is named in the words, else null.</summary>
    private string? Epithet(TextSpan source, string lower)
    {
        if (!lower.StartsWith("the ", StringComparison.Ordinal)) return null;
        int of = lower.IndexOf(" of ", StringComparison.Ordinal);
        var np = (of > 0 ? lower[..of] : lower).TrimEnd(',', ' ');
        int sp = np.LastIndexOf(' ');
        var head = np[(sp + 1)..];
        if (!EpithetNouns.Contains(head)) return null;
        foreach (var (m, e) in MentionsOverlapping(source))
            if (e.Type == EntityType.PERSON && m.Source != EntityResolver.SourcePronoun && m.Source != EntityResolver.SourceDescription) return null;
        return head;
    }

    /// <summary>Rule 1: the mention that heads the source words, or null.</summary>
    private Entity? MentionInside(TextSpan source)
    {
        var text = _a.Text;
        int headEnd = source.End;
        for (int i = source.Start; i < source.End; i++)
        {
            char c = text[i];
            bool cut = c is ',' or '(' or '—' or '–' || (c == '-' && i + 1 < source.End && text[i + 1] == '-')
                || (c == ' ' && (Word(text, i + 1, source.End, "who") || Word(text, i + 1, source.End, "whom")));
            if (cut) { headEnd = i; break; }
        }
        while (headEnd > source.Start && char.IsWhiteSpace(text[headEnd - 1])) headEnd--;
        var head = new TextSpan(source.Start, headEnd);
        if (headEnd > source.Start && Best(head) is { } h) return h;
        return head.End < source.End ? Best(source) : null;
    }

    private Entity? Best(TextSpan part)
    {
        Entity? best = null; int bestScore = int.MinValue;
        foreach (var (m, e) in MentionsOverlapping(part))
        {
            if (m.Source == EntityResolver.SourcePronoun) continue; // the entity layer's nearest-person guess: rule 2 weighs salience instead
            if (e.Type == EntityType.PERSON && Possessive(m.End)) continue; // "Obama's strategist" is someone else; "Russia's ministry" speaks for Russia
            int score = (m.End >= part.End ? 4 : 0) + (e.Type == EntityType.PERSON ? 2 : 0) + (part.Contains(m.Span) ? 1 : 0) + (m.End - m.Start) / 64;
            if (score > bestScore) { bestScore = score; best = e; }
        }
        return best;
    }

    private bool Possessive(int end)
    {
        var t = _a.Text;
        return end + 1 < t.Length && (t[end] == '\'' || t[end] == '’') && (t[end + 1] == 's' || t[end + 1] == 'S') && (end + 2 == t.Length || !char.IsLetter(t[end + 2]));
    }

    private static bool Word(string text, int at, int end, string word) =>
        at + word.Length <= end && string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && (at + word.Length == end || !char.IsLetter(text[at + word.Length]));

    /// <summary>he / she: the best-scoring person before <paramref name="pos"/> (see the class summary).</summary>
    private string? Salient(int pos, PersonGender want, IReadOnlyList<string> earlierSpeakers)
    {
        _gender ??= EntityGender.Infer(_a, _mentions, InsideQuote);
        int here = SentenceAt(pos);
        // references to people before pos: named mentions outside quotations, and he / she sources resolved before this one
        var refs = new List<(int Start, string Id)>();
        for (int i = FirstMentionFrom(pos - PronounReach); i < _mentions.Count && _mentions[i].M.End <= pos; i++)
        {
            var (m, e) = _mentions[i];
            if (e.Type != EntityType.PERSON || EntityGender.IsPronoun(_a.Text, m) || InsideQuote(m.Start)) continue;
            if (ModifiesNextPerson(i)) continue; // "Trump campaign spokesman Jason Miller": Trump is not mentioned as a person here
            refs.Add((m.Start, e.Id));
        }
        foreach (var (start, id) in _resolvedPronouns)
            if (start < pos && start >= pos - PronounReach) refs.Add((start, id));
        refs.Sort((x, y) => x.Start.CompareTo(y.Start));
        var latest = new Dictionary<string, (int Start, int Sentence, bool Subject)>(StringComparer.Ordinal);
        int lastSentence = -1; bool sentenceHasRef = false;
        foreach (var (start, id) in refs)
        {
            int si = SentenceAt(start);
            if (si != lastSentence) { lastSentence = si; sentenceHasRef = false; }
            // the subject: the sentence's first reference to a person, a he / she outside quotations included
            bool opening = si >= 0 && start < SubjectFrom(si); // "In an interview with X, Ham said ...": X is not the subject
            bool subject = !opening && !sentenceHasRef && si >= 0 && !StartsWithQuote(si) && !PersonPronounBefore(si, start);
            if (!opening) sentenceHasRef = true;
            if (want != PersonGender.Unknown && _gender.TryGetValue(id, out var g) && g != want) continue;
            // a later reference in the same sentence keeps the subject ("Paul Ryan, ..., he does believe ...")
            if (latest.TryGetValue(id, out var had) && had.Sentence == si) subject |= had.Subject;
            latest[id] = (start, si, subject);
        }
        string? best = null; double bestScore = double.NegativeInfinity; int bestStart = -1;
        foreach (var (id, (start, si, subject)) in latest)
        {
            double score = -(here - si) + (subject ? SubjectBonus : 0) + (earlierSpeakers.Contains(id) ? SpeakerBonus : 0);
            if (score > bestScore || (score == bestScore && start > bestStart)) { bestScore = score; best = id; bestStart = start; }
        }
        return best;
    }

    private static readonly HashSet<string> OpeningPrepositions = new(StringComparer.OrdinalIgnoreCase)
        { "in", "at", "on", "during", "after", "before", "with", "since", "from", "under", "unlike", "despite", "following", "amid", "throughout", "by", "for", "without" };

    /// <summary>
    /// Where the subject of sentence <paramref name="sentence"/> may begin: after its first comma when it opens with a
    /// prepositional phrase ("In an interview with Rusty Humphries, Ham said") or when the comma is followed by he / she
    /// ("Wednesday, he called"); else its start.
    /// </summary>
    private int SubjectFrom(int sentence)
    {
        if (_subjectFrom.TryGetValue(sentence, out int at)) return at;
        var s = _a.Sentences[sentence];
        at = s.Start;
        int last = Math.Min(s.FirstToken + s.TokenCount, _a.Tokens.Count);
        for (int t = s.FirstToken; t < last; t++)
        {
            var tok = _a.Tokens[t];
            if (_a.Text[tok.Start] != ',' || InsideQuote(tok.Start)) continue;
            var first = _a.Tokens[s.FirstToken];
            bool opensWithPreposition = t > s.FirstToken && OpeningPrepositions.Contains(_a.Text.Substring(first.Start, first.End - first.Start));
            bool pronounNext = t + 1 < last && HeOrShe(t + 1);
            if (opensWithPreposition || pronounNext) at = tok.End;
            break;
        }
        _subjectFrom[sentence] = at;
        return at;
    }

    /// <summary>
    /// Whether mention <paramref name="i"/> (a person) only modifies the title of the next person named: nothing but
    /// lower-case words between them, the last one in that person's titles ("Trump campaign spokesman Jason Miller").
    /// </summary>
    private bool ModifiesNextPerson(int i)
    {
        var (m, e) = _mentions[i];
        int j = i + 1;
        while (j < _mentions.Count && _mentions[j].M.Start < m.End) j++;
        if (j >= _mentions.Count) return false;
        var (n, next) = _mentions[j];
        if (next.Type != EntityType.PERSON || next.Id == e.Id || n.Start - m.End > 60 || next.Titles.Count == 0) return false;
        var between = _a.Text.AsSpan(m.End, n.Start - m.End).Trim();
        if (between.IsEmpty) return false;
        foreach (var c in between) if (!(char.IsLower(c) || c == ' ' || c == '-')) return false;
        int sp = between.LastIndexOf(' ');
        var last = between[(sp + 1)..].ToString();
        return next.Titles.Exists(t => HasWord(t, last));
    }

    /// <summary>Whether sentence <paramref name="sentence"/> has a he / she outside quotations before <paramref name="pos"/>.</summary>
    private bool PersonPronounBefore(int sentence, int pos)
    {
        if (!_firstHeOrShe.TryGetValue(sentence, out int first))
        {
            var s = _a.Sentences[sentence];
            first = int.MaxValue;
            for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount && t < _a.Tokens.Count; t++)
                if (HeOrShe(t) && !InsideQuote(_a.Tokens[t].Start)) { first = _a.Tokens[t].Start; break; }
            _firstHeOrShe[sentence] = first;
        }
        return first < pos;
    }

    /// <summary>Whether token <paramref name="t"/> is he or she (any case).</summary>
    private bool HeOrShe(int t)
    {
        var w = _a.Text.AsSpan(_a.Tokens[t].Start, _a.Tokens[t].End - _a.Tokens[t].Start);
        return w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase);
    }

    private bool StartsWithQuote(int sentence)
    {
        var s = _a.Sentences[sentence];
        int i = s.Start;
        while (i < s.End && char.IsWhiteSpace(_a.Text[i])) i++;
        return i < s.End && _a.Text[i] is '"' or '“' or '\'' or '‘' or '«';
    }

    private int SentenceAt(int pos)
    {
        var ss = _a.Sentences;
        int lo = 0, hi = ss.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (ss[mid].Start <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found;
    }

    private bool InsideQuote(int pos)
    {
        int lo = 0, hi = _quoted.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (_quoted[mid].Start <= pos) { if (pos < _quoted[mid].End) return true; lo = mid + 1; } else hi = mid - 1;
        }
        return false;
    }

    private int FirstMentionFrom(int pos)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (_mentions[mid].M.Start < pos) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private IEnumerable<(Mention, Entity)> MentionsOverlapping(TextSpan s)
    {
        for (int i = FirstMentionFrom(s.Start - 256); i < _mentions.Count && _mentions[i].M.Start < s.End; i++)
            if (_mentions[i].M.Span.Overlaps(s)) yield return _mentions[i];
    }

    /// <summary>The latest accepted entity before <paramref name="pos"/> outside quotations; an earlier speaker of the right kind within reach wins over a bystander ("what it calls a neutral stance" after China spoke is China, not a country named since).</summary>
    private string? LatestBefore(int pos, Func<Entity, bool> accept, IReadOnlyList<string> earlierSpeakers, bool sameSentence)
    {
        string? latest = null; int latestStart = -1;
        string? speaker = null; int speakerStart = -1;
        int sentence = SentenceAt(pos);
        for (int i = FirstMentionFrom(pos - PronounReach); i < _mentions.Count && _mentions[i].M.End <= pos; i++)
        {
            var (m, e) = _mentions[i];
            if (!accept(e) || EntityGender.IsPronoun(_a.Text, m) || InsideQuote(m.Start)) continue;
            if (sameSentence && SentenceAt(m.Start) != sentence) continue;
            if (m.Start > latestStart) { latestStart = m.Start; latest = e.Id; }
            if (earlierSpeakers.Contains(e.Id) && m.Start > speakerStart) { speakerStart = m.Start; speaker = e.Id; }
        }
        return speaker ?? latest;
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
