namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>
/// The attribution rules over one article: finds who (source) said what (content) through which cue, for direct
/// quotations with their frames, split and floating quotations, indirect speech (forward "X said that …",
/// postposed "…, X said", parenthetical "…, he said, …", coordinated "denied … and stated …"), "according to X",
/// passives with "by", nominal cues ("reports from X that …"), scare quotes and unmarked first-person paragraphs.
/// Each token takes at most one role in one attribution (a univocal reading, as in PolNeAR). Linear in the text
/// apart from bounded windows around each cue.
/// </summary>
internal sealed class Attributor
{
    private const int MaxSourceWords = 12;
    private const int MaxFrameRestWords = 8;

    private readonly Article _a;
    private readonly string _t;
    private readonly CueLexicon _lex;
    private readonly List<AttributionWord> _w = new();
    private readonly List<QuotedSpan> _quotes;
    private int[] _quoteOfWord = Array.Empty<int>();
    private bool[] _used = Array.Empty<bool>();
    private readonly List<Segment> _segs = new();
    private readonly List<Candidate> _out = new();

    public Attributor(Article article, CueLexicon lexicon, List<QuotedSpan> quotes)
    {
        _a = article; _t = article.Text; _lex = lexicon; _quotes = quotes;
    }

    public List<Candidate> Run(CancellationToken ct)
    {
        BuildWords();
        BuildSegments(ct);
        for (int b = 0; b < _a.Blocks.Count; b++) { SpeakerLabel(b); Headline(b); }
        int s0 = 0;
        for (int s = 0; s < _segs.Count; s++)
        {
            if ((s & 255) == 0) ct.ThrowIfCancellationRequested();
            if (s == _segs.Count - 1 || _segs[s + 1].Block != _segs[s].Block)
            {
                // one block's segments: postposed frames first (they own the text before them), then the rest
                for (int k = s0; k <= s; k++) PostposedFrames(_segs[k]);
                for (int k = s0; k <= s; k++) ForwardCues(_segs[k]);
                s0 = s + 1;
            }
        }
        QuotePass(ct);
        FirstPersonPass();
        AssignKinds();
        _out.Sort((x, y) => x.Content.Start != y.Content.Start ? x.Content.Start.CompareTo(y.Content.Start) : x.Content.End.CompareTo(y.Content.End));
        return _out;
    }

    // ---------------------------------------------------------------- words and segments

    private void BuildWords()
    {
        foreach (var tok in _a.Tokens)
        {
            if (tok.End <= tok.Start || tok.End > _t.Length) continue;
            char c = _t[tok.Start];
            bool word = char.IsLetterOrDigit(c);
            var lower = word ? _t.Substring(tok.Start, tok.End - tok.Start).ToLowerInvariant() : _t.Substring(tok.Start, tok.End - tok.Start);
            _w.Add(new AttributionWord(tok.Start, tok.End, lower, word, char.IsUpper(c)));
        }
        _quoteOfWord = new int[_w.Count];
        _used = new bool[_w.Count];
        int q = 0;
        for (int i = 0; i < _w.Count; i++)
        {
            while (q < _quotes.Count && _quotes[q].End <= _w[i].Start) q++;
            _quoteOfWord[i] = q < _quotes.Count && _quotes[q].Start <= _w[i].Start ? q : -1;
        }
    }

    private int WordAtOrAfter(int pos)
    {
        int lo = 0, hi = _w.Count;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (_w[mid].Start < pos) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private void BuildSegments(CancellationToken ct)
    {
        int qi = 0;
        for (int b = 0; b < _a.Blocks.Count; b++)
        {
            if ((b & 255) == 0) ct.ThrowIfCancellationRequested();
            var block = _a.Blocks[b];
            int end = Math.Min(block.End, _t.Length);
            int segStart = SkipSpace(block.Start, end);
            int i = segStart;
            while (qi < _quotes.Count && _quotes[qi].End <= block.Start) qi++;
            while (i < end)
            {
                while (qi < _quotes.Count && _quotes[qi].End <= i) qi++;
                if (qi < _quotes.Count && _quotes[qi].Start <= i)
                {
                    var q = _quotes[qi];
                    int qEnd = Math.Min(q.End, end);
                    i = qEnd;
                    if (qEnd < end && q.End <= end && qEnd - 2 >= q.Start && _t[qEnd - 2] is '.' or '?' or '!' && StartsSentence(qEnd, end))
                    {
                        AddSegment(segStart, qEnd, b);
                        segStart = SkipSpace(qEnd, end); i = segStart;
                    }
                    continue;
                }
                char c = _t[i];
                if (c is '.' or '?' or '!' && (i + 1 >= end || char.IsWhiteSpace(_t[i + 1])) && StartsSentence(i + 1, end) && !IsAbbreviation(i))
                {
                    AddSegment(segStart, i + 1, b);
                    segStart = SkipSpace(i + 1, end); i = segStart;
                    continue;
                }
                i++;
            }
            if (segStart < end) AddSegment(segStart, end, b);
        }
    }

    private void AddSegment(int start, int end, int block)
    {
        while (end > start && char.IsWhiteSpace(_t[end - 1])) end--;
        if (end <= start) return;
        int fw = WordAtOrAfter(start), ew = WordAtOrAfter(end);
        if (ew > fw) _segs.Add(new Segment(start, end, fw, ew, block));
    }

    private int SkipSpace(int i, int end)
    {
        while (i < end && char.IsWhiteSpace(_t[i])) i++;
        return i;
    }

    private bool StartsSentence(int i, int end)
    {
        i = SkipSpace(i, end);
        if (i >= end) return true;
        char c = _t[i];
        return char.IsUpper(c) || char.IsDigit(c) || c is '“' or '"' or '‘' or '«' or '(' or '\'' or '—';
    }

    private bool IsAbbreviation(int dot)
    {
        int s = dot;
        while (s > 0 && (char.IsLetter(_t[s - 1]) || _t[s - 1] == '.')) s--;
        if (dot - s == 1) return true; // an initial: "John F. Kennedy"
        if (dot - s == 0) return false;
        var w = _t.AsSpan(s, dot - s).ToString().ToLowerInvariant();
        return WordLists.Abbreviations.Contains(w) || (w.Contains('.') && w.Length <= 5);
    }

    // ---------------------------------------------------------------- word tests

    private bool IsWord(int i) => i >= 0 && i < _w.Count && _w[i].IsWord;
    private string L(int i) => _w[i].Lower;
    private bool InQuote(int i) => _quoteOfWord[i] >= 0;
    private bool IsPunct(int i, char c) => i >= 0 && i < _w.Count && !_w[i].IsWord && _w[i].First == c;

    private bool IsClosingMarkAt(int i)
    {
        if (i < 0 || i >= _w.Count || _w[i].IsWord) return false;
        int end = _w[i].End;
        int q = _quoteOfWord[i];
        return q >= 0 && _quotes[q].End == end;
    }

    private CueEntry? VerbCue(int i)
    {
        if (!IsWord(i) || InQuote(i) || _used[i]) return null;
        var e = _lex.Verb(L(i));
        if (e is null) return null;
        // "the report", "a statement": a noun, not a verb
        if (i > 0 && IsWord(i - 1) && WordLists.Determiners.Contains(L(i - 1))) return null;
        // a capitalised verb inside a sentence is a name ("the United States")
        if (_w[i].IsCapitalized && i > 0 && _w[i].Start > SegmentStartOf(i) && HasWordBefore(i)) return null;
        bool nounShaped = L(i) == e.Lemma || L(i) == e.Lemma + "s" || L(i) == e.Lemma + "es";
        if (nounShaped && (WordLists.AmbiguousLemmas.Contains(e.Lemma) || _lex.Noun(L(i)) is not null))
        {
            // noun-like forms count as verbs only after a subject pronoun, a name, an auxiliary or "to"
            int j = i - 1;
            while (j >= 0 && IsWord(j) && (WordLists.Adverbs.Contains(L(j)) || IsLyAdverb(j))) j--;
            if (j < 0 || !IsWord(j)) return null;
            var p = L(j);
            bool ok = WordLists.SubjectPronouns.Contains(p) || WordLists.Auxiliaries.Contains(p) || p == "to" ||
                      (_w[j].IsCapitalized && !WordLists.Determiners.Contains(p)) || p.EndsWith("s", StringComparison.Ordinal) && L(i) == e.Lemma;
            if (!ok && i + 1 < _w.Count && IsWord(i + 1) && (L(i + 1) == "that" || (L(i + 1) == "to" && e.Class == CueClass.Intention)) &&
                !WordLists.Prepositions.Contains(p) && !(p == "s" && j > 0 && !IsWord(j - 1)))
                ok = true;
            if (!ok) return null;
        }
        return e;
    }

    /// <summary>Whether a word of the same segment comes before word <paramref name="i"/>.</summary>
    private bool HasWordBefore(int i)
    {
        int segStart = SegmentStartOf(i);
        for (int j = i - 1; j >= 0 && _w[j].Start >= segStart; j--) if (_w[j].IsWord) return true;
        return false;
    }

    private bool IsLyAdverb(int i) =>
        IsWord(i) && !_w[i].IsCapitalized && L(i).Length > 4 && L(i).EndsWith("ly", StringComparison.Ordinal) && !WordLists.LyNouns.Contains(L(i));

    private int SegmentStartOf(int word)
    {
        int pos = _w[word].Start;
        int lo = 0, hi = _segs.Count;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (_segs[mid].End <= pos) lo = mid + 1; else hi = mid; }
        return lo < _segs.Count && _segs[lo].Start <= pos ? _segs[lo].Start : pos;
    }

    private bool IsIng(int i) => L(i).EndsWith("ing", StringComparison.Ordinal);

    private void Use(TextSpan? span)
    {
        if (span is not { } s) return;
        for (int i = WordAtOrAfter(s.Start); i < _w.Count && _w[i].Start < s.End; i++) _used[i] = true;
    }

    private bool AnyUsed(int fromWord, int toWordExcl)
    {
        for (int i = fromWord; i < toWordExcl; i++) if (_used[i]) return true;
        return false;
    }

    private TextSpan Span(int firstWord, int lastWordIncl) => new(_w[firstWord].Start, _w[lastWordIncl].End);

    /// <summary>Trims a content range: spaces and trailing , ; : and one final full stop (kept inside a quotation).</summary>
    private TextSpan? TrimContent(int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(_t[start]) || _t[start] is ',' or ':' or ';' or '—')) start++;
        while (end > start && (char.IsWhiteSpace(_t[end - 1]) || _t[end - 1] is ',' or ';' or ':' or '—' or '(')) end--;
        if (end > start && _t[end - 1] is '.' or '?' or '!') end--;
        while (end > start && char.IsWhiteSpace(_t[end - 1])) end--;
        if (end <= start) return null;
        for (int i = start; i < end; i++) if (char.IsLetterOrDigit(_t[i])) return new TextSpan(start, end);
        return null;
    }

    // ---------------------------------------------------------------- cue extent and source

    /// <summary>The first word of the cue: auxiliaries and adverbs before the verb, and "X to" before an infinitive.</summary>
    private int CueFirst(int verb, int segFirst)
    {
        int f = verb;
        while (f - 1 >= segFirst && IsWord(f - 1) && !_used[f - 1] && !InQuote(f - 1) &&
               (WordLists.Auxiliaries.Contains(L(f - 1)) || WordLists.Adverbs.Contains(L(f - 1)) || IsLyAdverb(f - 1)))
            f--;
        if (f == verb && f - 2 >= segFirst && IsWord(f - 1) && L(f - 1) == "to" && IsWord(f - 2) && !_used[f - 2] &&
            (WordLists.ControlVerbs.Contains(L(f - 2)) || (L(f - 2) == "on" && f - 3 >= segFirst && IsWord(f - 3) && WordLists.ControlVerbs.Contains(L(f - 3)))))
        {
            f -= L(f - 2) == "on" ? 3 : 2;
            while (f - 1 >= segFirst && IsWord(f - 1) && !_used[f - 1] && (WordLists.Auxiliaries.Contains(L(f - 1)) || WordLists.Adverbs.Contains(L(f - 1)))) f--;
        }
        return f;
    }

    /// <summary>The cue's last word: the verb and a particle right after it ("called for").</summary>
    private int CueLast(int verb, int segEnd)
    {
        if (verb + 1 < segEnd && IsWord(verb + 1) && WordLists.Particles.Contains(L(verb + 1)) && !InQuote(verb + 1))
        {
            var lemma = _lex.Verb(L(verb))?.Lemma;
            if (L(verb + 1) == "on" && lemma != "call") return verb;
            if (L(verb + 1) == "of" && lemma is not ("warn" or "say" or "speak" or "accuse" or "convince")) return verb;
            return verb + 1;
        }
        return verb;
    }

    /// <summary>The source noun phrase ending right before word <paramref name="before"/>, or null.</summary>
    private TextSpan? SourceLeft(int before, int segFirst)
    {
        int j = before - 1;
        if (j < segFirst || _used[j]) return null;
        if (IsWord(j) && WordLists.SubjectPronouns.Contains(L(j)) && !InQuote(j)) return Span(j, j);
        if (IsWord(j) && L(j) is "and" or "or" or "but" or "nor") return null;
        if (IsPunct(j, ',')) return AppositiveSource(j, segFirst);
        int last = j, first = -1, count = 0;
        if (IsPunct(j, ')'))
        {
            // "Rep. Gwen Moore (D-Wis.) said": step over a short parenthesis
            int o = j - 1;
            while (o >= segFirst && o > j - 10 && !IsPunct(o, '(') && !_used[o] && !InQuote(o)) o--;
            if (o < segFirst || !IsPunct(o, '(') || o - 1 < segFirst || !IsWord(o - 1)) return null;
            first = o; j = o - 1;
        }
        while (j >= segFirst && count < MaxSourceWords)
        {
            if (_used[j] || InQuote(j)) break;
            var w = _w[j];
            if (!w.IsWord)
            {
                char c = w.First;
                bool inner = first >= 0 && j - 1 >= segFirst && IsWord(j - 1) &&
                    (c is '-' or '’' or '\'' or '&' || (c == '.' && _w[j - 1].IsCapitalized && _w[j - 1].Lower.Length <= 4));
                bool paren = c is ')' or '(' && first >= 0;
                if (!inner && !paren) break;
                j--; continue;
            }
            if (WordLists.LeftBoundaries.Contains(w.Lower) && !(w.IsCapitalized && w.Lower.Length > 1 && first >= 0 && false)) break;
            var verb = _lex.Verb(w.Lower);
            if (verb is not null && _lex.Noun(w.Lower) is null && !w.IsCapitalized && !NounContext(j)) break;
            first = j; count++; j--;
        }
        if (first < 0) return null;
        // the phrase must start at a word and hold more than a determiner
        while (first <= last && !IsWord(first)) first++;
        if (first > last) return null;
        if (first == last && WordLists.Determiners.Contains(L(first))) return null;
        while (last > first && !IsWord(last)) last--;
        return Span(first, last);
    }

    /// <summary>A verb-shaped word used as a noun: after a determiner ("the state") or before a possessive ("state’s").</summary>
    private bool NounContext(int j)
    {
        if (j - 1 >= 0 && IsWord(j - 1) && WordLists.Determiners.Contains(L(j - 1))) return true;
        return j + 2 < _w.Count && !IsWord(j + 1) && _w[j + 1].First is '’' or '\'' && IsWord(j + 2) && L(j + 2) == "s";
    }

    /// <summary>"Scott Pruitt, the attorney general of Oklahoma, said": a name, then an appositive between commas.</summary>
    private TextSpan? AppositiveSource(int comma, int segFirst)
    {
        int o = comma - 1, words = 0;
        while (o >= segFirst && words < 15 && !IsPunct(o, ',') && !_used[o] && !InQuote(o))
        {
            if (IsWord(o))
            {
                words++;
                var v = _lex.Verb(L(o));
                if (v is not null && _lex.Noun(L(o)) is null && !_w[o].IsCapitalized && !NounContext(o)) return null;
                if (L(o) is "that" or "because" or "but" or "if" or "when" or "while" or "is" or "was" or "are" or "were") return null;
            }
            else if (_w[o].First is '.' or '?' or '!' or ';' or ':' or '“' or '"' or '”') return null;
            o--;
        }
        if (o < segFirst || !IsPunct(o, ',') || words == 0) return null;
        int appFirst = o + 1;
        bool possessive = appFirst + 2 < comma && !IsWord(appFirst + 1) && IsWord(appFirst + 2) && L(appFirst + 2) == "s";
        if (!(IsWord(appFirst) && (WordLists.Determiners.Contains(L(appFirst)) || !_w[appFirst].IsCapitalized || words <= 6 || possessive))) return null;
        var name = SourceLeft(o, segFirst);
        if (name is not { } n) return null;
        int nf = WordAtOrAfter(n.Start);
        if (!_w[nf].IsCapitalized || WordLists.SubjectPronouns.Contains(L(nf))) return null;
        return new TextSpan(n.Start, _w[comma].End);
    }

    /// <summary>A noun phrase starting at word <paramref name="from"/>, up to a comma, "that" or the segment end.</summary>
    private TextSpan? NounPhraseRight(int from, int segEnd, out int next)
    {
        int i = from, last = -1, count = 0;
        while (i < segEnd && count < MaxSourceWords)
        {
            if (_used[i] || InQuote(i)) break;
            var w = _w[i];
            if (!w.IsWord)
            {
                if (w.First is ',' or ';' or ':' or '.' or '?' or '!' or '—' && !(w.First == '.' && last >= 0 && _w[last].IsCapitalized && _w[last].Lower.Length <= 4 && i + 1 < segEnd)) break;
                i++; continue;
            }
            if (w.Lower is "that" or "who" or "which" or "and" && last >= 0 && w.Lower != "and") break;
            if (w.Lower == "and" && (i + 1 >= segEnd || !_w[i + 1].IsCapitalized)) break;
            last = i; count++; i++;
        }
        next = i;
        if (last < 0) return null;
        return Span(from, last);
    }

    /// <summary>Content never cuts a quotation: a start or end inside one moves to its edge (multi-paragraph quotes).</summary>
    private TextSpan ExtendToQuotations(TextSpan content)
    {
        int s = content.Start, e = content.End;
        int lo = 0, hi = _quotes.Count;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (_quotes[mid].End <= s) lo = mid + 1; else hi = mid; }
        if (lo < _quotes.Count && _quotes[lo].Start < s && _quotes[lo].Paragraphs > 1) s = _quotes[lo].Start;
        lo = 0; hi = _quotes.Count;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (_quotes[mid].End < e) lo = mid + 1; else hi = mid; }
        if (lo < _quotes.Count && _quotes[lo].Start < e && _quotes[lo].End > e && _quotes[lo].Paragraphs > 1) e = _quotes[lo].End;
        return new TextSpan(s, e);
    }

    private Candidate? LastWithSource(int block, int beforeChar)
    {
        for (int i = _out.Count - 1; i >= 0; i--)
        {
            var c = _out[i];
            if (c.Block != block) continue;
            if (c.Source is not null && (c.Cue?.Start ?? c.Content.Start) < beforeChar) return c;
        }
        return null;
    }

    private void Add(Candidate c, bool extend = true)
    {
        if (extend) c.Content = ExtendToQuotations(c.Content);
        _out.Add(c);
        Use(c.Source); Use(c.Cue); Use(c.Content);
    }

    // ---------------------------------------------------------------- block-level: "NAME: text" transcripts

    private void SpeakerLabel(int b)
    {
        var block = _a.Blocks[b];
        int i = WordAtOrAfter(block.Start);
        while (i < _w.Count && _w[i].Start < block.End && !_w[i].IsWord) i++;
        int first = i, n = 0;
        while (i < _w.Count && _w[i].Start < block.End && IsWord(i) && n < 3 && IsAllCaps(i)) { i++; n++; }
        if (n == 0 || !IsPunct(i, ':') || _w[i].End > block.End) return;
        var content = TrimContent(_w[i].End, block.End);
        if (content is null) return;
        Add(new Candidate
        {
            Source = Span(first, i - 1), Cue = Span(i, i), CueLemma = ":", Content = content.Value, Confidence = 0.7, Block = b,
        }, extend: false);
    }

    /// <summary>
    /// A title-case headline (a short block without a final full stop, most words capitalised): "Lindsey Graham Says
    /// Trump Could …" (a capitalised speech verb after a capitalised name) or "Pence: Gennifer Flowers Won’t Be …"
    /// (a short capitalised name, a colon, the content).
    /// </summary>
    private void Headline(int b)
    {
        var block = _a.Blocks[b];
        int first = WordAtOrAfter(block.Start), end = WordAtOrAfter(block.End);
        int words = 0, caps = 0, longWords = 0;
        for (int i = first; i < end; i++)
        {
            if (!IsWord(i) || InQuote(i) || _used[i]) { if (IsWord(i) && _used[i]) return; continue; }
            words++;
            if (L(i).Length >= 4) { longWords++; if (_w[i].IsCapitalized) caps++; }
        }
        if (words < 4 || words > 25 || longWords == 0 || caps * 10 < longWords * 7) return;
        int last = end - 1;
        if (IsPunct(last, '.') && !IsClosingMarkAt(last)) return;
        while (first < end && !IsWord(first)) first++;
        if (first >= end || !_w[first].IsCapitalized) return;
        for (int k = first + 1, n = 1; k < end && n <= 6; k++)
        {
            if (IsPunct(k, ':'))
            {
                if (n > 5 || (n == 1 && IsAllCaps(first))) return;
                var content = TrimContent(_w[k].End, block.End);
                if (content is null) return;
                Add(new Candidate { Source = Span(first, k - 1), Cue = Span(k, k), CueLemma = ":", Content = content.Value, Confidence = 0.6, Block = b }, extend: false);
                return;
            }
            if (!IsWord(k) || !_w[k].IsCapitalized) { if (IsWord(k) || !(_w[k].First is '.' or '’' or '\'' or '-')) return; continue; }
            if (_lex.Verb(L(k)) is { Class: CueClass.Speech or CueClass.SpeechObject or CueClass.SpeechPost } cue && !IsIng(k) && k + 1 < end)
            {
                var content = TrimContent(_w[k].End, block.End);
                if (content is null) return;
                Add(new Candidate { Source = Span(first, k - 1), Cue = Span(k, k), CueLemma = cue.Lemma, Content = content.Value, Confidence = 0.6, Block = b }, extend: false);
                return;
            }
            n++;
        }
    }

    private bool IsAllCaps(int i)
    {
        var s = _t.AsSpan(_w[i].Start, _w[i].End - _w[i].Start);
        if (s.Length < 2) return false;
        foreach (var c in s) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return char.IsLetter(s[0]);
    }

    // ---------------------------------------------------------------- postposed frames: "…,” Lin said." / "…, said X."

    private void PostposedFrames(Segment seg)
    {
        for (int k = seg.FirstWord; k < seg.EndWord; k++)
        {
            var cue = VerbCue(k);
            if (cue is null || cue.Class is CueClass.Noun or CueClass.Phrase or CueClass.Intention || IsIng(k)) continue;
            int cf = CueFirst(k, seg.FirstWord);
            int cl = CueLast(k, seg.EndWord);
            // A: boundary, source, cue  ("…,” Lin said")
            var source = SourceLeft(cf, seg.FirstWord);
            int boundary = -1;
            TextSpan? src = null;
            if (source is { } s)
            {
                int b = WordAtOrAfter(s.Start) - 1;
                if (b > seg.FirstWord && (IsPunct(b, ',') || IsClosingMarkAt(b) || IsPunct(b, '—'))) { boundary = b; src = s; }
            }
            int restFrom = cl + 1;
            // B: boundary, cue, source  ("…,” said Tim Hess")
            if (boundary < 0 && cf - 1 > seg.FirstWord && (IsPunct(cf - 1, ',') || IsClosingMarkAt(cf - 1)) && cue.Class != CueClass.Cognition)
            {
                var right = NounPhraseRight(cl + 1, seg.EndWord, out int next);
                bool closed = next >= seg.EndWord || !IsWord(next);
                bool pronounOnly = !IsWord(cl + 1) || !WordLists.SubjectPronouns.Contains(L(cl + 1)) || (right is { } rp && rp.End == _w[cl + 1].End);
                if (right is { } r && IsNameLike(cl + 1) && closed && pronounOnly) { boundary = cf - 1; src = r; restFrom = next; }
            }
            if (boundary < 0 || src is null) continue;
            if (cue.Class == CueClass.Cognition && !IsClosingMarkAt(boundary)) continue;

            // what follows the cue: nothing, adjuncts, ", adding …" (postposed) or ", more text" (parenthetical)
            int rest = 0, p = restFrom;
            bool parenthetical = false, sawThat = false;
            while (p < seg.EndWord && !IsPunct(p, ',') && !IsPunct(p, '.') && !IsPunct(p, '?') && !IsPunct(p, '!') && !IsPunct(p, ';') && !InQuote(p))
            {
                if (IsWord(p)) { rest++; if (L(p) == "that") sawThat = true; }
                p++;
            }
            if (sawThat || rest > MaxFrameRestWords) continue;
            if (restFrom < seg.EndWord && IsWord(restFrom) && !InQuote(restFrom) && !AdjunctStart(restFrom, cue) && L(cl) != "of") continue;
            int frameEnd = p; // word index where the frame stops
            if (p < seg.EndWord && IsPunct(p, ','))
            {
                int after = p + 1;
                bool ingCue = after < seg.EndWord && IsWord(after) && IsIng(after) && _lex.Verb(L(after)) is not null;
                int words = 0;
                for (int x = after; x < seg.EndWord; x++) if (IsWord(x) || InQuote(x)) words++;
                if (!ingCue && words >= 2) parenthetical = true;
            }
            else if (p < seg.EndWord && InQuote(p)) parenthetical = true;
            if (parenthetical && IsClosingMarkAt(boundary))
            {
                // "“…,” said Leslie Wimes, president of …": an appositive, not more content; only a second quotation continues it
                int after = p < seg.EndWord && IsPunct(p, ',') ? p + 1 : p;
                if (!(after < seg.EndWord && InQuote(after))) parenthetical = false;
            }
            // "As the phone rang, the announcer said, “…”": a forward cue introducing a quotation, not a frame
            if (parenthetical && !IsClosingMarkAt(boundary))
            {
                int after = p < seg.EndWord && IsPunct(p, ',') ? p + 1 : p;
                if (after < seg.EndWord && InQuote(after)) continue;
            }

            int contentFrom = seg.Start;
            for (int x = boundary - 1; x >= seg.FirstWord; x--) if (_used[x]) { contentFrom = _w[x].End; break; }
            contentFrom = SkipLeadIn(contentFrom, boundary);
            int contentTo = IsClosingMarkAt(boundary) ? _w[boundary].End : _w[boundary].Start;
            TextSpan? content = TrimContent(contentFrom, contentTo);
            if (parenthetical)
            {
                int segTo = seg.End;
                for (int x = frameEnd; x < seg.EndWord; x++) if (_used[x]) { segTo = _w[x].Start; break; }
                var whole = TrimContent(contentFrom, segTo);
                if (whole is null || content is null) continue;
                content = whole;
            }
            if (content is null) continue;
            var cueSpan = Span(cf, cl);
            var c = new Candidate
            {
                Source = src, Cue = cueSpan, CueLemma = cue.Lemma, Content = content.Value, Block = seg.Block,
                Confidence = cue.Class == CueClass.Cognition ? 0.5 : 0.85,
            };
            // the frame words between source and content are not content
            Add(c);
            k = Math.Max(k, cl);
        }
    }

    /// <summary>Skips a leading "And", "But", "However," or a dateline ("WASHINGTON ―") before reported content.</summary>
    private int SkipLeadIn(int from, int limitWord)
    {
        int i = WordAtOrAfter(from);
        if (i >= limitWord || i >= _w.Count) return from;
        if (IsWord(i) && _w[i].IsCapitalized && L(i) is "and" or "but" or "or" or "so" or "yet" or "however" or "still" or "meanwhile")
        {
            int n = i + 1;
            if (n < limitWord && IsPunct(n, ',')) n++;
            return n < limitWord ? _w[n].Start : from;
        }
        int j = i;
        while (j < limitWord && IsWord(j) && IsAllCaps(j)) j++;
        if (j > i && j + 1 < limitWord && !IsWord(j) && _w[j].First is '―' or '—' or '-' or '–') return _w[j + 1].Start;
        return from;
    }

    private static readonly HashSet<string> AdjunctStarts = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "during", "after", "before", "last", "this", "of", "to", "about", "while", "when", "as", "with",
        "from", "via", "through", "late", "early", "earlier", "later", "afterward", "afterwards", "recently", "today",
        "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "again",
        "also", "once", "then", "repeatedly", "previously", "publicly", "privately", "separately", "simply", "only", "too",
        "flatly", "bluntly", "calmly", "quietly", "sharply", "forcefully", "angrily", "inside", "outside", "over", "under",
    };

    /// <summary>Whether the word after a postposed cue opens an adjunct ("on Tuesday", "in a statement") or an addressee.</summary>
    private bool AdjunctStart(int i, CueEntry cue)
    {
        var l = L(i);
        if (AdjunctStarts.Contains(l) || l.EndsWith("ly", StringComparison.Ordinal)) return true;
        if (cue.Class == CueClass.SpeechObject && (WordLists.ObjectPronouns.Contains(l) || _w[i].IsCapitalized || WordLists.Determiners.Contains(l))) return true;
        if (_w[i].IsCapitalized && !WordLists.SubjectPronouns.Contains(l) && !WordLists.Determiners.Contains(l)) return true;
        return false;
    }

    private bool IsNameLike(int i) =>
        IsWord(i) && (_w[i].IsCapitalized || WordLists.Determiners.Contains(L(i)) || L(i) is "he" or "she" or "they" or "officials" or "sources" or "aides" or "experts");

    // ---------------------------------------------------------------- everything else in a segment

    private void ForwardCues(Segment seg)
    {
        for (int k = seg.FirstWord; k < seg.EndWord; k++)
        {
            if (!IsWord(k) || _used[k] || InQuote(k)) continue;
            if (L(k) == "according" && k + 1 < seg.EndWord && L(k + 1) == "to" && AccordingTo(seg, k)) { k++; continue; }
            if (_lex.Noun(L(k)) is { } noun && Nominal(seg, k, noun)) continue;
            var cue = VerbCue(k);
            if (cue is null || cue.Class is CueClass.Noun or CueClass.Phrase) continue;
            if (Passive(seg, k, cue)) continue;
            Forward(seg, k, cue);
        }
    }

    private bool AccordingTo(Segment seg, int k)
    {
        var src = NounPhraseRight(k + 2, seg.EndWord, out int next);
        if (src is null) return false;
        TextSpan? content;
        bool initial = true;
        for (int x = seg.FirstWord; x < k; x++) if (IsWord(x) && L(x) is not ("but" or "and" or "yet")) { initial = false; break; }
        if (initial)
        {
            int from = next < seg.EndWord ? _w[next].End : seg.End;
            content = TrimContent(from, ContentEnd(next + 1, seg));
        }
        else
        {
            int from = seg.Start;
            for (int x = k - 1; x >= seg.FirstWord; x--) if (_used[x]) { from = _w[x].End; break; }
            content = TrimContent(from, _w[k].Start);
        }
        if (content is null) return false;
        Add(new Candidate
        {
            Source = src, Cue = Span(k, k + 1), CueLemma = "according to", Content = content.Value, Block = seg.Block, Confidence = 0.85,
        });
        return true;
    }

    /// <summary>"reports from X that …", "claims by X that …", "X's claim that …".</summary>
    private bool Nominal(Segment seg, int k, CueEntry noun)
    {
        TextSpan? src = null;
        int thatAt = -1;
        if (k + 1 < seg.EndWord && IsWord(k + 1) && L(k + 1) is "from" or "by")
        {
            src = NounPhraseRight(k + 2, seg.EndWord, out int next);
            if (next < seg.EndWord && IsWord(next) && L(next) == "that") thatAt = next;
        }
        else if (k + 1 < seg.EndWord && IsWord(k + 1) && L(k + 1) == "that" && k - 2 >= seg.FirstWord && IsWord(k - 1) && L(k - 1) == "s" && !IsWord(k - 2))
        {
            src = SourceLeft(k - 2, seg.FirstWord);
            thatAt = k + 1;
        }
        if (src is null || thatAt < 0) return false;
        var content = TrimContent(_w[thatAt].Start, ContentEnd(thatAt + 1, seg));
        if (content is null) return false;
        Add(new Candidate { Source = src, Cue = Span(k, k), CueLemma = noun.Lemma, Content = content.Value, Block = seg.Block, Confidence = 0.7 });
        return true;
    }

    /// <summary>"it was reported by X that …" and "it was reported that …" (no source).</summary>
    private bool Passive(Segment seg, int k, CueEntry cue)
    {
        if (k - 1 < seg.FirstWord || !IsWord(k - 1) || L(k - 1) is not ("was" or "were" or "is" or "are" or "been" or "be")) return false;
        if (!L(k).EndsWith("ed", StringComparison.Ordinal) && !L(k).EndsWith("en", StringComparison.Ordinal) && L(k) is not ("said" or "told" or "thought" or "known" or "shown" or "found")) return false;
        int cf = CueFirst(k, seg.FirstWord);
        TextSpan? src = null;
        int p = k + 1;
        if (p < seg.EndWord && IsWord(p) && L(p) == "by")
        {
            src = NounPhraseRight(p + 1, seg.EndWord, out int next);
            p = next;
            if (p < seg.EndWord && IsPunct(p, ',')) p++;
        }
        if (p >= seg.EndWord || !IsWord(p) || L(p) != "that") return false;
        if (src is null && !(cf - 1 >= seg.FirstWord && IsWord(cf - 1) && L(cf - 1) == "it")) return false;
        var content = TrimContent(_w[p].Start, ContentEnd(p + 1, seg));
        if (content is null) return false;
        Add(new Candidate
        {
            Source = src, Cue = Span(cf, k), CueLemma = cue.Lemma, Content = content.Value, Block = seg.Block,
            Confidence = src is null ? 0.4 : 0.75,
        });
        return true;
    }

    private void Forward(Segment seg, int k, CueEntry cue)
    {
        int cf = CueFirst(k, seg.FirstWord);
        int cl = CueLast(k, seg.EndWord);
        Candidate? shared = null;
        TextSpan? src = null;
        bool ing = IsIng(k) && cf == k;
        int before = cf - 1;
        if (before >= seg.FirstWord && IsWord(before) && L(before) is "and" or "or" or "but" && !InQuote(before))
            shared = LastWithSource(seg.Block, _w[k].Start);
        else if (ing)
        {
            bool participle = before >= seg.FirstWord && IsPunct(before, ',') || before >= seg.FirstWord && IsWord(before) && L(before) is "while" or "after" or "before" or "by";
            if (participle) shared = LastWithSource(seg.Block, _w[k].Start);
            // "Trump went on television, saying …": the subject that opens the sentence
            if (shared is null && participle && IsPunct(before, ',')) src = SentenceSubject(seg, cf);
            if (shared is null && src is null) return;
        }
        else src = SourceLeft(cf, seg.FirstWord);
        if (shared is not null && shared.Source is null) shared = null;
        if (src is null && shared is null) return;

        // where the reported content starts
        int p = cl + 1;
        for (int guard = 0; guard < 6 && p < seg.EndWord; guard++)
        {
            if (IsPunct(p, ',') || IsPunct(p, ':')) { p++; continue; }
            if (!IsWord(p)) break;
            var l = L(p);
            if (WordLists.TimeWords.Contains(l)) { p++; continue; }
            if (l is "on" or "last" or "this" && p + 1 < seg.EndWord && IsWord(p + 1) && (WordLists.TimeWords.Contains(L(p + 1)) || L(p + 1) is "week" or "month" or "year" or "night" or "morning" or "evening")) { p += 2; continue; }
            if (l == "in" && p + 2 < seg.EndWord && IsWord(p + 1) && WordLists.Determiners.Contains(L(p + 1)) && IsWord(p + 2) && WordLists.MediumNouns.Contains(L(p + 2))) { p += 3; continue; }
            break;
        }
        bool hasThat = p < seg.EndWord && IsWord(p) && L(p) == "that";
        if (!hasThat && p < seg.EndWord && !InQuote(p))
        {
            for (int x = p, nw = 0; x + 1 < seg.EndWord && nw < 8; x++)
            {
                if (InQuote(x)) break;
                if (IsWord(x)) { nw++; if (L(x) == "that" || _lex.Verb(L(x)) is not null) break; continue; }
                if (_w[x].First is ',' or ':' && InQuote(x + 1) && _quotes[_quoteOfWord[x + 1]].Start == _w[x + 1].Start) { p = x + 1; break; }
                if (_w[x].First is not ('.' or '\'' or '’' or '-')) break;
            }
        }
        if (!hasThat && p < seg.EndWord && IsWord(p) && AdjunctStarts.Contains(L(p)) && L(p) is not ("to" or "about" or "of" or "as" or "while" or "when"))
        {
            // "said during a rally in Michigan that …", "wrote on its website that …"
            for (int x = p + 1; x < Math.Min(seg.EndWord, p + 12); x++)
            {
                if (InQuote(x) || (!IsWord(x) && !IsPunct(x, ',') && !IsPunct(x, '.') && !IsPunct(x, '’') && !IsPunct(x, '\''))) break;
                if (IsWord(x) && L(x) == "that") { p = x; hasThat = true; break; }
            }
        }
        if (!hasThat && cue.Class is CueClass.SpeechObject or CueClass.Speech)
        {
            int limit = Math.Min(seg.EndWord, p + (cue.Class == CueClass.SpeechObject ? 14 : 8));
            int thatAt = -1;
            for (int x = p; x < limit; x++)
            {
                if (!IsWord(x) || InQuote(x)) break;
                if (L(x) == "that") { thatAt = x; break; }
            }
            if (cue.Class == CueClass.SpeechObject)
            {
                if (thatAt >= 0) { p = thatAt; hasThat = true; }
                else if (p < seg.EndWord && IsWord(p) && WordLists.ObjectPronouns.Contains(L(p))) p++;
                else if (p < seg.EndWord && IsWord(p) && _w[p].IsCapitalized) { while (p < seg.EndWord && IsWord(p) && _w[p].IsCapitalized) p++; }
                else if (p < seg.EndWord && IsWord(p) && WordLists.Determiners.Contains(L(p)))
                {
                    int x = p + 1, n = 0;
                    while (x < seg.EndWord && IsWord(x) && n < 3 && !WordLists.SubjectPronouns.Contains(L(x)) && L(x) is not ("to" or "that")) { x++; n++; }
                    p = x;
                }
                if (p < seg.EndWord && IsPunct(p, ',')) p++;
            }
        }
        if (p >= seg.EndWord) return;
        if (IsWord(p) && L(p) is "and" or "or" or "but" or "by" or "with" or "in" or "as" or "to" && !(cue.Class is CueClass.SpeechObject or CueClass.Intention && L(p) == "to")) return;
        if (!IsWord(p) && !InQuote(p) && !IsPunct(p, '“') && !IsPunct(p, '"')) return;
        if (cue.Class is CueClass.Cognition or CueClass.SpeechPost && !hasThat &&
            !(IsWord(p) && WordLists.SubjectPronouns.Contains(L(p)) && L(p) is not ("which" or "who" or "that"))) return;
        if (cue.Class == CueClass.Evidence && !hasThat && IsWord(p) && L(p) is "up" or "out" or "off") return;

        int end = ContentEnd(p, seg);
        var content = TrimContent(_w[p].Start, end);
        if (content is null) return;
        int words = 0;
        for (int x = p; x < _w.Count && _w[x].Start < content.Value.End; x++) if (IsWord(x)) words++;
        if (words < 2 && !InQuote(p) && !(cue.Class == CueClass.Intention && words == 1 && _w[p].IsCapitalized)) return;

        double conf = cue.Class switch
        {
            CueClass.Cognition => 0.5,
            CueClass.Intention => 0.55,
            CueClass.Evidence => 0.7,
            _ => shared is not null ? 0.75 : 0.8,
        };
        Add(new Candidate
        {
            Source = shared is null ? src : shared.Source, Cue = Span(cf, cl), CueLemma = cue.Lemma, Content = content.Value,
            Block = seg.Block, Confidence = conf, SharesSourceWith = shared,
        });
    }

    /// <summary>A name or pronoun opening the segment (after "But", "And"), if nothing has used it.</summary>
    private TextSpan? SentenceSubject(Segment seg, int limit)
    {
        int i = seg.FirstWord;
        if (i < limit && IsWord(i) && L(i) is "but" or "and" or "so" or "yet") i++;
        if (i >= limit || !IsWord(i) || _used[i] || InQuote(i) || WordLists.Determiners.Contains(L(i))) return null;
        if (WordLists.SubjectPronouns.Contains(L(i)) && L(i) is not ("which" or "that" or "who" or "it")) return Span(i, i);
        int j = i;
        while (j < limit && !_used[j] && !InQuote(j) && ((IsWord(j) && _w[j].IsCapitalized) || (IsPunct(j, '.') && j > i))) j++;
        while (j > i && !IsWord(j - 1)) j--;
        if (j == i || (j < limit && IsWord(j) && L(j) is "of" or "and")) return null;
        return Span(i, j - 1);
    }

    /// <summary>Where forward content ends: the segment end, or before ", according to", ", adding …", "and stated …", used words.</summary>
    private int ContentEnd(int from, Segment seg)
    {
        for (int x = from; x < seg.EndWord; x++)
        {
            if (_used[x]) return _w[x].Start;
            if (InQuote(x)) continue;
            if (IsPunct(x, ',') && x + 1 < seg.EndWord && IsWord(x + 1))
            {
                var n = L(x + 1);
                if (n == "according") return _w[x].Start;
                if (n == "but" && x > from + 2) return _w[x].Start;
                if (IsIng(x + 1) && n.Length > 5 && x > from + 2) return _w[x].Start;
                if (n is "who" or "which" && x > from + 2) return _w[x].Start;
                // ", Mr. McKinley said that …": a new attribution clause starts after the comma
                for (int y = x + 1, words = 0; y < seg.EndWord && words < 7; y++)
                {
                    if (InQuote(y) || IsPunct(y, ',')) break;
                    if (!IsWord(y)) continue;
                    words++;
                    if (words == 1 && !(_w[y].IsCapitalized || WordLists.SubjectPronouns.Contains(L(y)) || WordLists.Determiners.Contains(L(y)))) break;
                    if (words > 1 && WordLists.LeftBoundaries.Contains(L(y)) && !WordLists.Auxiliaries.Contains(L(y))) break;
                    if (words > 1 && !IsIng(y) && _lex.Verb(L(y)) is { Class: CueClass.Speech or CueClass.SpeechObject } && VerbCue(y) is not null) return _w[x].Start;
                }
            }
            if (IsWord(x) && L(x) == "in" && x > from + 1 && x + 2 < seg.EndWord && IsWord(x + 1) && WordLists.Determiners.Contains(L(x + 1)) &&
                IsWord(x + 2) && WordLists.MediumNouns.Contains(L(x + 2)))
                return _w[x].Start;
            if (IsWord(x) && L(x) is "and" or "but")
            {
                int y = x + 1;
                while (y < seg.EndWord && IsWord(y) && (WordLists.Adverbs.Contains(L(y)) || WordLists.Auxiliaries.Contains(L(y)))) y++;
                if (y < seg.EndWord && IsWord(y) && !IsIng(y) && _lex.Verb(L(y)) is { Class: CueClass.Speech or CueClass.SpeechObject or CueClass.Evidence or CueClass.SpeechPost })
                    return _w[x].Start;
            }
        }
        return seg.End;
    }

    // ---------------------------------------------------------------- quotations left over: split, floating, partial

    private void QuotePass(CancellationToken ct)
    {
        int blockIdx = 0;
        for (int qi = 0; qi < _quotes.Count; qi++)
        {
            if ((qi & 255) == 0) ct.ThrowIfCancellationRequested();
            var q = _quotes[qi];
            while (blockIdx < _a.Blocks.Count && _a.Blocks[blockIdx].End <= q.Start) blockIdx++;
            if (blockIdx >= _a.Blocks.Count) break;
            var qs = q.Span;
            Candidate? owner = null;
            foreach (var c in OverlappingCandidates(qs)) { owner = c; break; }
            int fw = WordAtOrAfter(q.Start);
            int words = 0;
            for (int x = fw; x < _w.Count && _w[x].Start < q.End && words < 8; x++) if (IsWord(x)) words++;
            bool segStart = StartsSegment(q.Start);
            if (owner is not null)
            {
                // a quotation inside someone's reported content: a partial quote of that source
                if (owner.Content.Contains(qs) && !(owner.Content.Start == q.Start && owner.Content.End == q.End) && !segStart && words <= 6)
                    _out.Add(new Candidate
                    {
                        Kind = QuoteKind.Partial, Source = owner.Source, Cue = owner.Cue, CueLemma = owner.CueLemma, Content = InnerOf(q),
                        Block = owner.Block, Confidence = Math.Min(owner.Confidence, 0.7), SharesSourceWith = owner, Speaker = owner.Speaker,
                    });
                continue;
            }
            if (!segStart || (words < 4 && !q.OpenMissing))
            {
                _out.Add(new Candidate { Kind = QuoteKind.Partial, Content = InnerOf(q), Block = blockIdx, Confidence = 0.3 });
                continue;
            }
            // split by its attribution: the last attributed direct quotation earlier in the same block
            Candidate? prev = null;
            for (int i = _out.Count - 1; i >= 0; i--)
            {
                var c = _out[i];
                if (c.Block == blockIdx && c.Content.End <= q.Start && c.Source is not null && c.Kind != QuoteKind.Partial && ContainsQuote(c.Content)) { prev = c; break; }
            }
            if (prev is not null)
            {
                Add(new Candidate
                {
                    Source = prev.Source, Cue = prev.Cue, CueLemma = prev.CueLemma, Content = qs, Block = blockIdx,
                    Confidence = 0.85, SharesSourceWith = prev,
                });
                continue;
            }
            // floating: a quoted paragraph right after a paragraph that names a speaker
            var block = _a.Blocks[blockIdx];
            if (SkipSpace(block.Start, block.End) == q.Start && blockIdx > 0)
            {
                var last = LastAttributedIn(blockIdx - 1);
                if (last is not null)
                {
                    Add(new Candidate
                    {
                        Source = last.Source, Content = qs, Block = blockIdx, Confidence = 0.6, SharesSourceWith = last,
                        CueLemma = null,
                    });
                    continue;
                }
                var person = LastPersonMentionIn(_a.Blocks[blockIdx - 1]);
                if (person is not null)
                {
                    Add(new Candidate { Source = person.Value.Span, Content = qs, Block = blockIdx, Confidence = 0.5, Speaker = person.Value.Id });
                    continue;
                }
            }
            Add(new Candidate { Content = qs, Block = blockIdx, Confidence = 0.3 });
        }
    }

    private TextSpan InnerOf(QuotedSpan q)
    {
        int s = q.Start, e = q.End;
        if (!q.OpenMissing && s < e) s++;
        if (!q.CloseMissing && e > s) e--;
        while (s < e && _t[s] is '\'' or '`') s++;
        while (e > s && _t[e - 1] == '\'') e--;
        return s < e ? new TextSpan(s, e) : q.Span;
    }

    private bool StartsSegment(int pos)
    {
        foreach (var s in SegmentsAround(pos))
        {
            if (s.Start == pos) return true;
            // only a colon, comma or dash and spaces between a cue and the quotation
            int i = pos - 1;
            while (i >= s.Start && char.IsWhiteSpace(_t[i])) i--;
            if (i >= s.Start && _t[i] is ':') return true;
        }
        return false;
    }

    private IEnumerable<Segment> SegmentsAround(int pos)
    {
        int lo = 0, hi = _segs.Count;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (_segs[mid].End <= pos) lo = mid + 1; else hi = mid; }
        if (lo < _segs.Count && _segs[lo].Start <= pos) yield return _segs[lo];
    }

    private IEnumerable<Candidate> OverlappingCandidates(TextSpan s)
    {
        foreach (var c in _out) if (c.Kind != QuoteKind.Partial && c.Content.Overlaps(s)) yield return c;
    }

    private bool ContainsQuote(TextSpan content)
    {
        foreach (var q in _quotes) { if (q.Start >= content.End) break; if (content.Contains(q.Span)) return true; }
        return false;
    }

    private Candidate? LastAttributedIn(int block)
    {
        for (int i = _out.Count - 1; i >= 0; i--)
            if (_out[i].Block == block && _out[i].Source is not null && _out[i].Kind != QuoteKind.Partial) return _out[i];
        return null;
    }

    private (TextSpan Span, string Id)? LastPersonMentionIn(Block block)
    {
        (TextSpan, string)? best = null;
        int bestStart = -1;
        foreach (var e in _a.Entities)
        {
            if (e.Type != EntityType.PERSON) continue;
            foreach (var m in e.Mentions)
                if (m.Start >= block.Start && m.End <= block.End && m.Start > bestStart) { bestStart = m.Start; best = (m.Span, e.Id); }
        }
        return best;
    }

    // ---------------------------------------------------------------- unmarked first-person paragraphs after an attribution

    private void FirstPersonPass()
    {
        if (_out.Count == 0) return;
        var blocksWithCandidates = new HashSet<int>();
        var firstPersonOnly = new Dictionary<int, bool>();
        foreach (var c in _out)
        {
            blocksWithCandidates.Add(c.Block);
            bool fp = c.Source is { } s && WordLists.FirstPerson.Contains(_a.Covered(s.Start, s.End).ToLowerInvariant());
            firstPersonOnly[c.Block] = (!firstPersonOnly.TryGetValue(c.Block, out var prev) || prev) && fp;
        }
        int qi = 0;
        for (int b = 1; b < _a.Blocks.Count; b++)
        {
            var block = _a.Blocks[b];
            if (block.Kind == BlockKind.Heading) continue;
            bool onlyFirstPerson = firstPersonOnly.TryGetValue(b, out var fpo) && fpo;
            if (blocksWithCandidates.Contains(b) && !onlyFirstPerson) continue;
            while (qi < _quotes.Count && _quotes[qi].End <= block.Start) qi++;
            if (qi < _quotes.Count && _quotes[qi].Start < block.End) continue;
            var last = LastAttributedIn(b - 1);
            if (last is null) continue;
            int fw = WordAtOrAfter(block.Start);
            int words = 0; bool first = false;
            for (int x = fw; x < _w.Count && _w[x].Start < block.End; x++)
            {
                if (!IsWord(x)) continue;
                words++;
                if (WordLists.FirstPerson.Contains(L(x)) && (L(x) != "i" || _t[_w[x].Start] == 'I') && (L(x) != "us" || _t[_w[x].Start] == 'u')) first = true;
            }
            if (!first || words < 6) continue;
            var content = TrimContent(block.Start, block.End);
            if (content is null) continue;
            if (onlyFirstPerson) _out.RemoveAll(x => x.Block == b);
            var c = new Candidate { Source = last.Source, Content = content.Value, Block = b, Confidence = 0.4, SharesSourceWith = last, Kind = QuoteKind.Direct };
            _out.Add(c);
            Use(c.Content);
            blocksWithCandidates.Add(b);
        }
    }

    // ---------------------------------------------------------------- kinds

    private void AssignKinds()
    {
        foreach (var c in _out)
        {
            if (c.Kind == QuoteKind.Partial || (c.Kind == QuoteKind.Direct && c.Confidence <= 0.4)) continue;
            int quoted = 0, plain = 0;
            for (int x = WordAtOrAfter(c.Content.Start); x < _w.Count && _w[x].Start < c.Content.End; x++)
            {
                if (!IsWord(x)) continue;
                if (InQuote(x) && c.Content.Contains(_quotes[_quoteOfWord[x]].Span with { End = Math.Min(_quotes[_quoteOfWord[x]].End, c.Content.End + 1) })) quoted++;
                else if (InQuote(x)) quoted++;
                else if ((c.Source is { } s && s.Contains(_w[x].Span)) || (c.Cue is { } cu && cu.Contains(_w[x].Span))) continue;
                else plain++;
            }
            c.Kind = quoted > 0 && plain == 0 ? QuoteKind.Direct : quoted > 0 ? QuoteKind.Mixed : QuoteKind.Indirect;
        }
    }
}
