namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>
/// The per-token values <see cref="SourceRanker"/> reads for one article: lower-case word hashes, a coarse shape,
/// the cue-lexicon class, the sentence of each token and the tokens the rules (<see cref="Attributor"/>) marked as a
/// source. Built once per article; then any cue of the article can be ranked.
/// </summary>
public sealed class SourceContext
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    internal readonly ulong[] Lower;
    internal readonly int[] Shape;
    internal readonly int[] Class;
    internal readonly int[] SentenceFirst;
    internal readonly int[] SentenceEnd;
    internal readonly bool[] RuleSource;
    internal readonly HashSet<long> RuleSourceSpans = new();
    /// <summary>The tagger's role of each token (0 none, 1 source, 2 cue, 3 content; see <see cref="RoleTags.Role"/>), all 0 when no tags were given.</summary>
    internal readonly int[] TagRole;
    internal readonly HashSet<long> TagSourceSpans = new();
    internal readonly HashSet<long> TagCueSpans = new();
    internal readonly HashSet<long> RuleCueSpans = new();
    public int Count { get; }
    /// <summary>Prefix counts (entry i counts tokens before i): words, commas, quotation marks, lexicon verbs, rule-source tokens, tagger-source tokens.</summary>
    internal readonly int[] Words, Commas, Quotes, Verbs, RuleIn, TagIn;

    /// <summary>Shapes: 0 lower-case word, 1 capitalised word, 2 pronoun, 3 number, 4 comma, 5 quotation mark, 6 '?', '!' or ';', 7 other punctuation, 8 all-caps word, 9 possessive ('s), 10 full stop, 11 closing parenthesis.</summary>
    /// <param name="tags">The tagger's <see cref="RoleTags"/> tag of each token (any tagger's), or null.</param>
    public SourceContext(Article a, CueLexicon lexicon, IEnumerable<Quote> rules, int[]? tags = null)
    {
        var toks = a.Tokens;
        Count = toks.Count;
        Lower = new ulong[Count]; Shape = new int[Count]; Class = new int[Count];
        SentenceFirst = new int[Count]; SentenceEnd = new int[Count]; RuleSource = new bool[Count];
        var text = a.Text;
        for (int i = 0; i < Count; i++)
        {
            var t = toks[i];
            var w = t.End > t.Start && t.End <= text.Length ? text.AsSpan(t.Start, t.End - t.Start) : "\0".AsSpan();
            ulong h = Offset;
            foreach (var ch0 in w)
            {
                var ch = char.ToLowerInvariant(ch0) switch { '\u2019' or '\u2018' => '\'', '\u201C' or '\u201D' => '"', var c => c };
                h = (h ^ ch) * Prime;
            }
            Lower[i] = h;
            Shape[i] = ShapeOf(w);
            if (char.IsLetter(w[0]) && w.Length < 40)
            {
                var lower = w.ToString().ToLowerInvariant();
                if (lexicon.Verb(lower) is { } v) Class[i] = 1 + (int)v.Class;
                else if (lexicon.Noun(lower) is not null) Class[i] = 20;
            }
            SentenceFirst[i] = i; SentenceEnd[i] = i + 1;
        }
        foreach (var s in a.Sentences)
        {
            int from = Math.Max(0, s.FirstToken), to = Math.Min(Count, s.FirstToken + s.TokenCount);
            for (int i = from; i < to; i++) { SentenceFirst[i] = from; SentenceEnd[i] = to; }
        }
        TagRole = new int[Count];
        if (tags is not null)
        {
            for (int i = 0; i < Count && i < tags.Length; i++) TagRole[i] = RoleTags.Role(tags[i]);
            for (int i = 0; i < Count && i < tags.Length;)
            {
                int role = RoleTags.Role(tags[i]);
                if (role is not (1 or 2)) { i++; continue; }
                int inside = role == 1 ? RoleTags.ISource : RoleTags.ICue;
                int j = i + 1;
                while (j < tags.Length && j < Count && tags[j] == inside) j++;
                (role == 1 ? TagSourceSpans : TagCueSpans).Add(((long)i << 32) | (uint)(j - 1));
                i = j;
            }
        }
        foreach (var q in rules)
        {
            if (q.Kind != QuoteKind.Partial && q.Cue is { } cue && Range(toks, cue) is { } cr) RuleCueSpans.Add(((long)cr.First << 32) | (uint)cr.Last);
            if (q.Source is not { } src || q.Kind == QuoteKind.Partial) continue;
            int first = -1, last = -1;
            for (int i = FirstAtOrAfter(toks, src.Start); i < Count && toks[i].End <= src.End; i++)
            {
                RuleSource[i] = true;
                if (first < 0) first = i;
                last = i;
            }
            if (first >= 0) RuleSourceSpans.Add(((long)first << 32) | (uint)last);
        }
        Words = new int[Count + 1]; Commas = new int[Count + 1]; Quotes = new int[Count + 1];
        Verbs = new int[Count + 1]; RuleIn = new int[Count + 1]; TagIn = new int[Count + 1];
        for (int i = 0; i < Count; i++)
        {
            int sh = Shape[i];
            Words[i + 1] = Words[i] + (sh is 0 or 1 or 2 or 3 or 8 ? 1 : 0);
            Commas[i + 1] = Commas[i] + (sh == 4 ? 1 : 0);
            Quotes[i + 1] = Quotes[i] + (sh == 5 ? 1 : 0);
            Verbs[i + 1] = Verbs[i] + (Class[i] is > 0 and < 20 ? 1 : 0);
            RuleIn[i + 1] = RuleIn[i] + (RuleSource[i] ? 1 : 0);
            TagIn[i + 1] = TagIn[i] + (TagRole[i] == 1 ? 1 : 0);
        }
    }

    /// <summary>The tokens wholly inside a span, or null.</summary>
    public static TokenRange? Range(IReadOnlyList<Token> toks, TextSpan span)
    {
        int first = FirstAtOrAfter(toks, span.Start), last = first - 1;
        while (last + 1 < toks.Count && toks[last + 1].End <= span.End) last++;
        return last >= first ? new TokenRange(first, last) : null;
    }

    internal static int FirstAtOrAfter(IReadOnlyList<Token> toks, int pos)
    {
        int lo = 0, hi = toks.Count;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (toks[mid].Start < pos) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    { "he", "she", "they", "i", "we", "it", "you", "who", "him", "her", "them", "us", "me", "his", "their", "its", "our", "which" };

    private static int ShapeOf(ReadOnlySpan<char> w)
    {
        char c = w[0];
        if (char.IsDigit(c)) return 3;
        if ((c is '\'' or '’') && w.Length == 2 && (w[1] is 's' or 'S')) return 9;
        if (!char.IsLetter(c))
            return c switch
            {
                ',' => 4, '"' or '“' or '”' or '«' or '»' or '\'' or '‘' or '’' => 5, '?' or '!' or ';' => 6, '.' => 10, ')' => 11, _ => 7,
            };
        if (w.Length <= 4 && Pronouns.Contains(w.ToString())) return 2;
        bool allUpper = w.Length > 1;
        foreach (var ch in w) if (char.IsLetter(ch) && !char.IsUpper(ch)) { allUpper = false; break; }
        if (allUpper) return 8;
        return char.IsUpper(c) ? 1 : 0;
    }
}
