namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>
/// Combines the rules' attributions with the learned tagger's: where both find the same (or an overlapping) cue, the
/// tagger's source words replace the rules' (they follow the annotators' extent conventions better) unless they cut
/// the rules' noun phrase short; an attribution the tagger finds is added with a lower confidence unless its cue or
/// source overlaps a rule attribution's cue or source, or its content runs over a paragraph break (contents may
/// overlap: attributions nest, as "X said Y's claim that …", and the rules' contents often run past the
/// annotators'). A tagger attribution is also left out when its cue cannot be one ("so-called", a participle after a
/// determiner, an off-lexicon verb whose content holds a rules attribution's cue), and a rules' speakerless quotation
/// that is its whole content takes its source and cue instead of a duplicate. The rules' partial quotes and everything
/// else stay as they are. Last, after the cue and source rankers, the learned <see cref="MergeFilter"/> (with the
/// neural tagger, when <c>data/models/attribution-merge.bin</c> is present) chooses each non-direct attribution's
/// source among the current one, the tagger's, the rules' own and none, and may drop a tagger-only attribution or a
/// cue (<see cref="Judge"/>).
/// </summary>
internal static class LearnedMerge
{
    public const double AddedConfidence = 0.5;

    /// <param name="filter">The learned keep/drop step run last (<see cref="MergeFilter"/>; only with the neural tagger, whose outputs it was trained on), or null.</param>
    /// <param name="recorder">When given, the filter's features of each attribution are recorded instead of applied (training).</param>
    /// <param name="rankers">The cue and source rankers to use instead of the committed ones (training the filter with rankers that did not see its articles), or null.</param>
    public static void Apply(Article a, AttributionTagger tagger, IReadOnlyList<QuotedSpan> marks, List<Candidate> candidates, CancellationToken ct,
        MergeFilter? filter = null, MergeRecorder? recorder = null, MergeRankers? rankers = null)
    {
        var cueRankerModel = rankers is null ? CueRanker.Default : rankers.Cue;
        var sourceRankerModel = rankers is null ? SourceRanker.Default : rankers.Source;
        var asQuotes = new List<Quote>(candidates.Count);
        foreach (var c in candidates)
        {
            asQuotes.Add(new Quote { Id = "", Kind = c.Kind, Source = c.Source, Cue = c.Cue, CueLemma = c.CueLemma, Content = c.Content });
            c.Origin = MergeOrigin.Rules;
            c.RulesSource = c.Source;
        }
        bool judge = tagger.IsNeural && (filter is not null || recorder is not null);
        float[]? roles = null;
        var tags = judge ? tagger.Tag(a, marks, asQuotes, out roles, ct) : tagger.Tag(a, marks, asQuotes, ct);
        var learned = AttributionTagger.Link(a, tags);
        SourceContext? cx = null;
        if (learned.Count == 0)
        {
            if (judge) Judge(a, cx ??= new SourceContext(a, CueLexicon.Default, asQuotes, tags), roles, learned, candidates, filter, recorder);
            return;
        }
        var counted = candidates.Where(c => c.Kind != QuoteKind.Partial && (c.Cue is not null || c.Source is not null)).ToList();
        var byCue = new Dictionary<TextSpan, TaggedAttribution>();
        foreach (var l in learned) byCue.TryAdd(l.Cue, l);
        foreach (var c in counted)
        {
            if (c.Cue is { } cue0 && learned.Any(x => Overlaps(x.Cue, cue0))) c.Origin |= MergeOrigin.Confirmed;
            if (c.Cue is { } cue && (byCue.TryGetValue(cue, out var l) || (l = learned.FirstOrDefault(x => Overlaps(x.Cue, cue))) is not null) && l.Source is { } src && src != c.Source && !Overlaps(src, c.Content)
                && !CutsAWord(a.Text, src, c.Source))
            {
                c.Source = src;
                c.Speaker = null;
                c.SharesSourceWith = null;
                c.Origin |= MergeOrigin.TaggerSource;
            }
        }
        foreach (var l in learned)
        {
            bool clash = false;
            foreach (var c in counted)
                if (Overlaps(c.Cue, l.Cue) || Overlaps(c.Source, l.Source) || Overlaps(c.Source, l.Cue) || Overlaps(c.Cue, l.Source)) { clash = true; break; }
            if (clash || CrossesABlock(a, l.Content) || IsSoCalled(a.Text, l.Cue) || WrapsAnAttribution(a.Text, l, counted)
                || IsAttributiveParticiple(a.Text, l.Cue)) continue;
            var kind = KindOf(a.Text, marks, l.Content);
            if (kind == QuoteKind.Direct && candidates.FirstOrDefault(c => c.Kind != QuoteKind.Partial && c.Cue is null && c.Source is null && Overlaps(c.Content, l.Content)) is { } bare)
            {
                // the rules' speakerless quotation is this attribution's content: it takes the tagger's source and cue
                bare.Source = l.Source;
                bare.Cue = l.Cue;
                bare.CueLemma = LemmaOf(a.Text, l.Cue);
                bare.Confidence = Math.Max(bare.Confidence, AddedConfidence);
                bare.Origin |= MergeOrigin.Filled;
                continue;
            }
            candidates.Add(new Candidate
            {
                Kind = kind,
                Source = l.Source,
                Cue = l.Cue,
                CueLemma = LemmaOf(a.Text, l.Cue),
                Content = l.Content,
                Confidence = AddedConfidence,
                Block = BlockOf(a, l.Cue.Start),
                Origin = MergeOrigin.Tagger,
            });
        }
        if (cueRankerModel is not null || sourceRankerModel is not null)
        {
            cx = new SourceContext(a, CueLexicon.Default, asQuotes, tags);
            if (cueRankerModel is { } cueRanker) RankCues(a, cueRanker, cx, candidates);
            if (sourceRankerModel is { } ranker) RankSources(a, ranker, cx, candidates);
        }
        if (judge) Judge(a, cx ?? new SourceContext(a, CueLexicon.Default, asQuotes, tags), roles, learned, candidates, filter, recorder);
        candidates.Sort((x, y) => x.Content.Start != y.Content.Start ? x.Content.Start.CompareTo(y.Content.Start) : x.Content.End.CompareTo(y.Content.End));
    }

    /// <summary>
    /// The learned keep/drop step (<see cref="MergeFilter"/>) over every non-partial attribution with a cue or a source:
    /// drops the attribution, or else chooses its source among the options (the current one, the tagger's, the rules',
    /// none; a direct quotation keeps its own) and may drop its cue words; with a recorder, records the features instead.
    /// </summary>
    internal static void Judge(Article a, SourceContext cx, float[]? roles, IReadOnlyList<TaggedAttribution> learned, List<Candidate> candidates, MergeFilter? filter, MergeRecorder? recorder)
    {
        Span<ulong> f = stackalloc ulong[MergeFilter.MaxFeatures];
        Span<ulong> fo = stackalloc ulong[MergeFilter.MaxFeatures];
        Span<float> scores = stackalloc float[4];
        var options = new List<TextSpan?>(4);
        var sides = new List<int>(4);
        List<Candidate>? drop = null;
        foreach (var c in candidates)
        {
            if (c.Kind == QuoteKind.Partial || (c.Cue is null && c.Source is null)) continue;
            int k = MergeFilter.Features(a, cx, roles, c, learned, candidates, f);
            // only the tagger's own additions may be dropped whole or lose their cue: the rules' attributions keep cue and content
            // (the rules' coordinated and nominal cues, "denied … and stated that …", "reports from X that …", are
            // right more often than the tagger's confirmation says)
            bool byRules = (c.Origin & MergeOrigin.Rules) != 0;
            if (recorder is null && !byRules && filter!.KeepScore(f[..k]) < 0) { (drop ??= []).Add(c); continue; }
            ulong[]? keep = recorder is null ? null : f[..k].ToArray();
            bool dropCue = recorder is null && !byRules && c.Cue is not null && filter!.CueScore(f[..k]) < 0;
            // the source options: the current source, the tagger's of the same cue, the rules' own, none
            options.Clear(); sides.Clear();
            TextSpan? tagged = null;
            if (c.Cue is { } cc) foreach (var l in learned) if (Overlaps(l.Cue, cc)) { tagged = l.Source; break; }
            void Offer(TextSpan? s, int side)
            {
                if (s is { } x && Overlaps(x, c.Content)) return;
                int at = options.IndexOf(s);
                if (at >= 0) sides[at] |= side; else { options.Add(s); sides.Add(side); }
            }
            Offer(c.Source, MergeFilter.OptionCurrent);
            // a direct quotation keeps its source (the rules and the tagger are most reliable there: 0.95 of direct
            // quotations with a gold cue name the gold source; choosing among options lowered that on PolNeAR dev)
            if (c.Cue is not null && c.Kind != QuoteKind.Direct)
            {
                Offer(tagged, MergeFilter.OptionTagger);
                Offer(c.RulesSource, MergeFilter.OptionRules);
                Offer(null, MergeFilter.OptionNone);
            }
            if (recorder is not null)
            {
                var list = new List<MergeOption>(options.Count);
                for (int i = 0; i < options.Count; i++) list.Add(new MergeOption(options[i], fo[..MergeFilter.OptionFeatures(a, cx, roles, c, options[i], sides[i], fo)].ToArray()));
                recorder.Add(c, new MergeItem(keep!, list, byRules));
                continue;
            }
            if (options.Count >= 2)
            {
                for (int i = 0; i < options.Count; i++) scores[i] = filter!.OptionScore(fo[..MergeFilter.OptionFeatures(a, cx, roles, c, options[i], sides[i], fo)]);
                int best = MergeFilter.BestSource(options, scores[..options.Count], out float p);
                TextSpan? pick = best >= 0 && (p >= filter!.SourceThreshold || !options.Contains(null)) ? options[best] : null;
                if (pick != c.Source) { c.Source = pick; c.Speaker = null; c.SharesSourceWith = null; }
            }
            if (dropCue) { c.Cue = null; c.CueLemma = null; }
        }
        if (drop is null) return;
        foreach (var c in drop) candidates.Remove(c);
        foreach (var c in candidates) if (c.SharesSourceWith is { } o && drop.Contains(o)) c.SharesSourceWith = null;
    }

    /// <summary>Re-decides each attribution's cue extent with the cue ranker (never over its source or content).</summary>
    internal static void RankCues(Article a, CueRanker ranker, SourceContext cx, List<Candidate> candidates)
    {
        var toks = a.Tokens;
        foreach (var c in candidates)
        {
            if (c.Kind == QuoteKind.Partial || c.Cue is not { } cue || SourceContext.Range(toks, cue) is not { } r) continue;
            var pick = ranker.Best(cx, r.First, r.Last);
            if (pick == r) continue;
            var span = new TextSpan(toks[pick.First].Start, toks[pick.Last].End);
            if (Overlaps(span, c.Content) || Overlaps(span, c.Source)) continue;
            c.Cue = span;
        }
    }

    /// <summary>
    /// Re-decides each attribution's source with the source ranker given its cue (it may also decide there is none, and then the source is dropped),
    /// except a direct quotation's source found by the rules or the tagger (measured on PolNeAR dev: the ranker is
    /// weaker there, 0.88 against 0.91 exact, and better elsewhere).
    /// </summary>
    internal static void RankSources(Article a, SourceRanker ranker, SourceContext cx, List<Candidate> candidates)
    {
        var toks = a.Tokens;
        foreach (var c in candidates)
        {
            if (c.Kind == QuoteKind.Partial || c.Cue is not { } cue) continue;
            if (c.Source is not null && c.Kind == QuoteKind.Direct) continue;
            int first = SourceContext.FirstAtOrAfter(toks, cue.Start), last = first - 1;
            while (last + 1 < toks.Count && toks[last + 1].End <= cue.End) last++;
            if (last < first) continue;
            if (ranker.Best(cx, first, last) is not { } p)
            {
                // "no source" wins: the ranker's decision stands (measured on PolNeAR dev: source F1 0.675 -> 0.681, recall unchanged)
                if (c.Source is not null) { c.Source = null; c.Speaker = null; c.SharesSourceWith = null; }
                continue;
            }
            var span = new TextSpan(toks[p.First].Start, toks[p.Last].End);
            if (Overlaps(span, c.Content)) continue;
            if (c.Source != span) { c.Source = span; c.Speaker = null; c.SharesSourceWith = null; }
        }
    }

    /// <summary>"called" in "so-called" (or "so called"), or the whole "so-called", is part of an adjective, never a speech cue.</summary>
    internal static bool IsSoCalled(string text, TextSpan cue)
    {
        var w = text.AsSpan(cue.Start, cue.End - cue.Start).Trim();
        if (w.Equals("so-called", StringComparison.OrdinalIgnoreCase) || w.Equals("so called", StringComparison.OrdinalIgnoreCase)) return true;
        if (!w.Equals("called", StringComparison.OrdinalIgnoreCase)) return false;
        int i = cue.Start;
        if (i >= 3 && (text[i - 1] == '-' || text[i - 1] == ' ') && text.AsSpan(i - 3, 2).Equals("so", StringComparison.OrdinalIgnoreCase))
            return i == 3 || !char.IsLetter(text[i - 4]);
        return false;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    { "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your" };

    /// <summary>
    /// Whether the cue is a past participle right after a determiner: an adjective before its noun ("the confirmed
    /// presence of …", "a reported attack"), not a cue.
    /// </summary>
    internal static bool IsAttributiveParticiple(string text, TextSpan cue)
    {
        int end = cue.Start;
        while (end < cue.End && char.IsLetter(text[end])) end++;
        if (end - cue.Start < 4 || end != cue.End || !text.AsSpan(cue.Start, end - cue.Start).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        int j = cue.Start - 1;
        while (j >= 0 && text[j] == ' ') j--;
        int k = j;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        return k < j && Determiners.Contains(text.Substring(k + 1, j - k));
    }

    /// <summary>
    /// Whether a tagger attribution whose cue holds no word of the cue lexicon has, inside its content, the cue of an
    /// attribution the rules found ("The acknowledgement follows reports from X that …": the nominal cue "reports" is
    /// the attribution, "follows" is not one). An attribution with an unknown cue verb is weak evidence; one that wraps
    /// a lexicon attribution reads the reported clause as the content of an ordinary verb. Tagger attributions with a
    /// lexicon cue may still nest ("X said Y's claim that …").
    /// </summary>
    internal static bool WrapsAnAttribution(string text, TaggedAttribution l, List<Candidate> counted)
    {
        if (HasALexiconWord(text, l.Cue)) return false;
        foreach (var c in counted)
            if (c.Cue is { } cue && l.Content.Start <= cue.Start && cue.End <= l.Content.End) return true;
        return false;
    }

    /// <summary>Whether the tagger's source is a part of the rules' that stops before a lower-case word of it ("the state news" of "the state news agency").</summary>
    private static bool CutsAWord(string text, TextSpan learned, TextSpan? rules) =>
        rules is { } r && r.Start <= learned.Start && learned.End < r.End
        && text[learned.End] == ' ' && learned.End + 1 < r.End && char.IsLower(text[learned.End + 1]);

    /// <summary>Whether a span runs over a paragraph break (the tagger may link content pieces of two paragraphs).</summary>
    private static bool CrossesABlock(Article a, TextSpan span)
    {
        foreach (var b in a.Blocks)
            if (b.Start <= span.Start && span.Start < b.End) return span.End > b.End;
        return false;
    }

    private static bool Overlaps(TextSpan? a, TextSpan? b) => a is { } x && b is { } y && x.Start < y.End && y.Start < x.End;

    /// <summary>Direct when the content is one quotation, mixed when it holds one, indirect otherwise.</summary>
    private static QuoteKind KindOf(string text, IReadOnlyList<QuotedSpan> marks, TextSpan content)
    {
        bool any = false;
        foreach (var q in marks)
        {
            if (q.End <= content.Start) continue;
            if (q.Start >= content.End) break;
            any = true;
            if (q.Start <= content.Start && q.End >= content.End - 1) return QuoteKind.Direct;
        }
        return any ? QuoteKind.Mixed : QuoteKind.Indirect;
    }

    private static string[] WordsOf(string text, TextSpan cue) =>
        text[cue.Start..cue.End].ToLowerInvariant().Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The lexicon entry (verb or noun) of the cue's last word that has one, or null.</summary>
    private static CueEntry? EntryOf(string[] words)
    {
        for (int i = words.Length - 1; i >= 0; i--)
            if ((CueLexicon.Default.Verb(words[i]) ?? CueLexicon.Default.Noun(words[i])) is { } e) return e;
        return null;
    }

    /// <summary>Whether a word of the cue is in the cue lexicon (a verb, a noun or the first word of a phrase).</summary>
    private static bool HasALexiconWord(string text, TextSpan cue)
    {
        var words = WordsOf(text, cue);
        return EntryOf(words) is not null || words.Any(w => CueLexicon.Default.PhrasesStartingWith(w).Count > 0);
    }

    /// <summary>The lexicon lemma of the cue's last word that has one, else the cue's last word in lower case.</summary>
    private static string LemmaOf(string text, TextSpan cue)
    {
        var words = WordsOf(text, cue);
        return EntryOf(words)?.Lemma ?? (words.Length > 0 ? words[^1] : "");
    }

    private static int BlockOf(Article a, int pos)
    {
        for (int i = 0; i < a.Blocks.Count; i++) if (a.Blocks[i].Start <= pos && pos < a.Blocks[i].End) return i;
        return 0;
    }
}
