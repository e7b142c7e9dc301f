namespace Wirecheck.Nlp.Claims;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Numbers;

/// <summary>
/// Reads one claim around a number: the counted object (the noun phrase after it, or the clause's
/// subject), the predicate (the verb phrase after the object, auxiliaries dropped), the time expression
/// and the place (a GPE/LOC entity after a locative preposition) in its sentence, and the quotation whose
/// content holds the number. Shallow, rule-based, and bounded to the number's sentence.
/// </summary>
public sealed class ClaimReader
{
    private const int MaxObjectWords = 5;
    private const int MaxPredicateWords = 12;
    private const int MaxLeftWords = 10;

    private readonly Article _a;
    private readonly string _t;
    private readonly List<Lex> _lex;
    private readonly ClaimLexicon _w;
    private readonly List<TextSpan> _bounds;
    private readonly List<(Mention Mention, Entity Entity)> _places = new();
    private readonly List<(Mention Mention, Entity Entity)> _actors = new();

    public ClaimReader(Article article, ClaimLexicon? lexicon = null)
    {
        _a = article;
        _t = article.Text;
        _lex = LexCache.Get(article);
        _w = lexicon ?? ClaimLexicon.Default;
        _bounds = article.Sentences.Count > 0 ? article.Sentences.Select(s => s.Span).ToList()
            : article.Blocks.Count > 0 ? article.Blocks.Select(b => b.Span).ToList() : [new TextSpan(0, _t.Length)];
        foreach (var e in article.Entities)
            foreach (var m in e.Mentions)
            {
                if (e.Type is EntityType.GPE or EntityType.LOC) _places.Add((m, e));
                if (e.Type is EntityType.GPE or EntityType.ORG or EntityType.NORP && e.Country is not null) _actors.Add((m, e));
            }
        _places.Sort((x, y) => x.Mention.Start.CompareTo(y.Mention.Start));
        _actors.Sort((x, y) => x.Mention.Start.CompareTo(y.Mention.Start));
    }

    /// <summary>The claim around <paramref name="m"/>, or null when the number is not a checkable count or amount.</summary>
    public Claim? Read(NumberMention m, string id)
    {
        var q = m.Quantity;
        if (q.Unit == "ordinal") return null;
        var covered = _t.AsSpan(m.Start, m.End - m.Start);
        if (q.Value == 1 && q.Hedge is null && (covered.Equals("one", StringComparison.OrdinalIgnoreCase) || covered.Equals("a", StringComparison.OrdinalIgnoreCase))) return null;

        int first = IndexAtOrAfter(m.Start);
        int after = IndexAtOrAfter(m.End);
        var bound = BoundOf(m.Start);
        int lo = IndexAtOrAfter(bound.Start), hi = IndexAtOrAfter(bound.End);
        int sLo = first, sHi = after;
        while (sLo - 1 >= lo && !IsSentenceEnd(sLo - 1)) sLo--;
        while (sHi < hi && !IsSentenceEnd(sHi)) sHi++;
        if (sLo >= sHi) return null;
        int spanEnd = sHi < _lex.Count && sHi < hi ? _lex[sHi].End : _lex[sHi - 1].End;
        var sentence = new TextSpan(_lex[sLo].Start, Math.Max(spanEnd, _lex[sHi - 1].End));

        // the counted object: "150 Chinese nationals", "two of its citizens", "45% of voters"
        int k = after;
        string? possessive = null;
        // "a 4-door coupe", "a 10-year-old boy": the hyphenated word belongs to what is counted
        if (k + 1 < sHi && _lex[k].Kind == LexKind.Punct && _t[_lex[k].Start] == '-' && !_lex[k].SpaceBefore && !_lex[k + 1].SpaceBefore && IsWord(k + 1)) k++;
        if (k < sHi && Is(k, "of")) k++;
        if (k < sHi && IsWord(k) && (_w.Possessives.Contains(Word(k)) || _w.Definite.Contains(Word(k)))) { if (_w.Possessives.Contains(Word(k))) possessive = Word(k); k++; }
        int objStart = k;
        int objEnd = NounPhrase(k, sHi);
        string? obj = objEnd > objStart ? Text(objStart, objEnd) : null;
        if (obj is not null && possessive is not null && ResolvePossessive(m, sLo, first) is { } demonym
            && !obj.Contains(demonym, StringComparison.OrdinalIgnoreCase))
            obj = demonym + " " + obj;

        // the predicate after the object
        string? predicate = Predicate(objEnd > objStart ? objEnd : after, sHi);

        // the left side of the clause: its subject (when no object follows) and verb
        int left = first - 1, words = 0;
        while (left >= sLo && words < MaxLeftWords)
        {
            if (_lex[left].Kind == LexKind.Punct && IsClausePunct(_t[_lex[left].Start])) break;
            if (IsWord(left) && _w.LeftBreaks.Contains(Word(left))) break;
            if (IsWord(left)) words++;
            left--;
        }
        int leftStart = left + 1;
        if (obj is null && leftStart < first)
        {
            int s = leftStart;
            while (s < first && IsWord(s) && _w.Definite.Contains(Word(s)) || s < first && (Is(s, "a") || Is(s, "an"))) s++;
            int se = NounPhrase(s, first);
            // without a tagger, a noun phrase running into the number or its preposition ends with the verb: "Unemployment rose (to)"
            if (se - s >= 2 && (se == first || IsWord(se) && _w.NounPhraseStops.Contains(Word(se)) && !_w.Auxiliaries.Contains(Word(se)))) se--;
            if (se > s)
            {
                obj = Text(s, se);
                int v = se;
                while (v < first && IsWord(v) && _w.Auxiliaries.Contains(Word(v))) v++;
                var verb = v < first ? Text(v, first) : null;
                predicate = Join(verb, predicate);
            }
        }
        else if (predicate is null && leftStart < first)
        {
            // the verb before the number, without its subject and auxiliaries: "We have issued (numerous warnings)" → "issued"
            int v = leftStart;
            for (int x = leftStart; x < first; x++) if (IsWord(x) && _w.Auxiliaries.Contains(Word(x))) v = x + 1;
            predicate = v < first ? Text(v, first) : Text(leftStart, first);
        }
        if (obj is null && predicate is null) return null;
        // scrape debris (markup, code, URLs) is not a statement
        if (LooksLikeCode(obj) || LooksLikeCode(predicate) || obj is not null && !char.IsLetter(obj[0]) || predicate is not null && !char.IsLetter(predicate[0])) return null;

        return new Claim
        {
            Id = id,
            Span = sentence,
            Quantity = q,
            QuantitySpan = m.Span,
            Object = obj,
            Predicate = predicate,
            Time = TimeIn(sentence, m),
            Place = PlaceIn(sentence, m, sLo),
            AttributedTo = QuoteOf(m)?.Id,
            Checkworthiness = SentenceScore(m.Start),
        };
    }

    private int NounPhrase(int k, int limit)
    {
        int words = 0, end = k;
        while (k < limit && words < MaxObjectWords)
        {
            if (IsWord(k))
            {
                var w = Word(k);
                if (_w.NounPhraseStops.Contains(w)) break;
                if (words > 0 && w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal))) break;
                if (words == 0 && w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal)) break;
                words++; k++; end = k;
                continue;
            }
            // hyphenated words: "Moscow-based", "anti-aircraft"
            if (_lex[k].Kind == LexKind.Punct && _t[_lex[k].Start] == '-' && words > 0 && k + 1 < limit && !_lex[k].SpaceBefore && !_lex[k + 1].SpaceBefore && IsWord(k + 1))
            { k++; continue; }
            break;
        }
        return end;
    }

    private string? Predicate(int k, int limit)
    {
        while (k < limit && IsWord(k) && _w.Auxiliaries.Contains(Word(k))) k++;
        int start = k, end = k, words = 0;
        while (k < limit && words < MaxPredicateWords)
        {
            var l = _lex[k];
            if (InTime(l.Start)) break;
            if (l.Kind == LexKind.Punct)
            {
                char c = _t[l.Start];
                if (c is '-' && !l.SpaceBefore) { k++; continue; }
                if (c is '’' or '\'' && k + 1 < limit && !_lex[k + 1].SpaceBefore && Is(k + 1, "s")) { k += 2; end = k; continue; }
                break;
            }
            if (IsWord(k) && _w.ClauseBreaks.Contains(Word(k))) break;
            // a second verb group after a reduced relative: "prisoners recently captured by … (had) …"
            if (IsWord(k) && words > 0 && _w.Auxiliaries.Contains(Word(k)) && Word(k) is not ("also" or "now" or "reportedly")) break;
            if (IsWord(k) && words == 0 && Is(k, "according")) break;
            words++; k++; end = k;
        }
        // a preposition left dangling before a time expression or a clause break: "… in (March 2024)"
        while (end > start && IsWord(end - 1) && _w.NounPhraseStops.Contains(Word(end - 1)) && !_w.Auxiliaries.Contains(Word(end - 1))) end--;
        return end > start ? Text(start, end) : null;
    }

    private string? ResolvePossessive(NumberMention m, int sLo, int first)
    {
        if (QuoteOf(m) is { } quote)
        {
            if (_a.FindEntity(quote.Speaker) is { Type: not EntityType.PERSON, Country: { } c } && _w.DemonymByCountry.TryGetValue(c, out var d1)) return d1;
            if (quote.Source is { } src && DemonymIn(src.Start, src.End) is { } d2) return d2;
        }
        int sentStart = _lex[sLo].Start;
        for (int i = _actors.Count - 1; i >= 0; i--)
        {
            var (mention, e) = _actors[i];
            if (mention.End > m.Start || mention.Start < sentStart) continue;
            if (_w.DemonymByCountry.TryGetValue(e.Country!, out var d)) return d;
        }
        return DemonymIn(sentStart, m.Start);
    }

    /// <summary>The last demonym word ("Chinese") written in [start, end).</summary>
    private string? DemonymIn(int start, int end)
    {
        int i = IndexAtOrAfter(start);
        string? found = null;
        for (; i < _lex.Count && _lex[i].End <= end; i++)
            if (IsWord(i) && char.IsUpper(_t[_lex[i].Start]) && _w.IsDemonym(Word(i))) found = Word(i);
        return found;
    }

    private TimeExpression? TimeIn(TextSpan sentence, NumberMention m)
    {
        TimeExpression? before = null;
        foreach (var t in _a.Times)
        {
            if (t.Start < sentence.Start || t.End > sentence.End) continue;
            if (t.Start >= m.End) return t;
            if (t.End <= m.Start) before = t;
        }
        return before;
    }

    private string? PlaceIn(TextSpan sentence, NumberMention m, int sLo)
    {
        string? afterNumber = null, beforeNumber = null;
        (Mention Mention, Entity Entity, bool Candidate)? prev = null;
        var candidates = new List<(Mention Mention, Entity Entity)>();
        foreach (var (mention, e) in _places)
        {
            if (mention.Start < sentence.Start || mention.End > sentence.End) continue;
            int pi = IndexAtOrAfter(mention.Start), pe = IndexAtOrAfter(mention.End);
            bool cand = false;
            if (pi - 1 >= sLo && IsWord(pi - 1) && _w.Locatives.Contains(Word(pi - 1))) cand = true;
            else if (pi - 2 >= sLo && Is(pi - 1, "the") && IsWord(pi - 2) && _w.Locatives.Contains(Word(pi - 2))) cand = true;
            if (pe + 1 < _lex.Count && _lex[pe].Kind == LexKind.Punct && _t[_lex[pe].Start] == '-' && !_lex[pe].SpaceBefore && Is(pe + 1, "based")) cand = true;
            // "in Ukraine's Donetsk region": the possessor hands the place on to what it modifies
            if (prev is { Candidate: true } p && pi >= 2 && Is(pi - 1, "s") && _lex[pi - 2].Kind == LexKind.Punct && _lex[pi - 2].Start == p.Mention.End)
            {
                cand = true;
                candidates.RemoveAll(c => c.Mention == p.Mention);
            }
            if (cand) candidates.Add((mention, e));
            prev = (mention, e, cand);
        }
        foreach (var (mention, e) in candidates)
        {
            if (mention.Start >= m.End) { afterNumber ??= e.Id; }
            else beforeNumber = e.Id;
        }
        return afterNumber ?? beforeNumber;
    }

    private Quote? QuoteOf(NumberMention m)
    {
        Quote? best = null;
        foreach (var q in _a.Quotes)
            if (q.Content.Start <= m.Start && m.End <= q.Content.End && (best is null || q.Content.Length < best.Content.Length)) best = q;
        return best;
    }

    private double? SentenceScore(int offset)
    {
        foreach (var s in _a.Sentences)
            if (s.Start <= offset && offset < s.End) return s.Checkworthiness;
        return null;
    }

    private bool InTime(int offset)
    {
        foreach (var t in _a.Times) if (t.Start <= offset && offset < t.End) return true;
        return false;
    }

    private TextSpan BoundOf(int offset)
    {
        foreach (var b in _bounds) if (b.Start <= offset && offset < b.End) return b;
        return new TextSpan(0, _t.Length);
    }

    private int IndexAtOrAfter(int offset)
    {
        int lo = 0, hi = _lex.Count;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (_lex[mid].Start < offset) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static bool LooksLikeCode(string? s) => s is not null && (s.AsSpan().IndexOfAny("=_\\{}<>[]|") >= 0 || s.Contains("&#", StringComparison.Ordinal));

    private bool IsSentenceEnd(int i) => _lex[i].Kind == LexKind.Punct && _t[_lex[i].Start] is '.' or '!' or '?' or '…';
    private static bool IsClausePunct(char c) => c is ',' or ';' or ':' or '"' or '“' or '”' or '(' or ')' or '—' or '–';
    private bool IsWord(int i) => _lex[i].Kind == LexKind.Word;
    private bool Is(int i, string w) => NumberScanner.IsWord(_t, _lex[i], w);
    private string Word(int i) => _t.Substring(_lex[i].Start, _lex[i].Length);
    private string Text(int from, int to) => _t[_lex[from].Start.._lex[to - 1].End];
    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + " " + b;
}
