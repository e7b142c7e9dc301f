namespace Wirecheck.Nlp.Numbers;

using Wirecheck.Core.Model;

/// <summary>
/// Finds numbers in every form news uses (digits, words, ordinals, fractions, percentages, money, ranges,
/// multipliers, vague quantities) and reads hedges as intervals. One left-to-right pass over
/// <see cref="Lex"/> pieces; pieces inside excluded spans (time expressions) are skipped.
/// </summary>
/// <remarks>
/// Interval conventions: "about/around/roughly v" → [0.9v, 1.1v]; "nearly/almost v" → [0.9v, v);
/// "just over v" → (v, 1.1v]; ranges are inclusive; vague words get the lower bound of data/numbers/vague.tsv.
/// </remarks>
public sealed class NumberScanner
{
    private readonly NumberLexicon _lex;

    public NumberScanner(NumberLexicon? lexicon = null) => _lex = lexicon ?? NumberLexicon.Default;

    /// <summary>Scans all of <paramref name="lex"/>, appending mentions in text order.</summary>
    public void Scan(string text, List<Lex> lex, IReadOnlyList<TextSpan> exclude, List<NumberMention> output, List<string> warnings)
    {
        int ex = 0;
        int i = 0;
        while (i < lex.Count)
        {
            while (ex < exclude.Count && exclude[ex].End <= lex[i].Start) ex++;
            if (ex < exclude.Count && exclude[ex].Start < lex[i].End) { i++; continue; }
            int next = TryAt(text, lex, i, Limit(lex, exclude, ex), output, warnings);
            i = next > i ? next : i + 1;
        }
    }

    /// <summary>Index of the first piece that starts inside the next excluded span (pieces from there on are off limits).</summary>
    private static int Limit(List<Lex> lex, IReadOnlyList<TextSpan> exclude, int ex)
    {
        if (ex >= exclude.Count) return lex.Count;
        int start = exclude[ex].Start;
        // binary search for the first piece ending after start
        int lo = 0, hi = lex.Count;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (lex[mid].End <= start) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private int TryAt(string text, List<Lex> lex, int i, int limit, List<NumberMention> output, List<string> warnings)
    {
        if (lex[i].Kind == LexKind.Punct && text[lex[i].Start] is not ('$' or '€' or '£' or '¥' or '₴' or '₽' or '₹' or '~')) return i + 1;
        // hedge or range opener first
        if (_lex.Hedges.TryMatch(text, lex, i, out var h) && h.EndIndex < limit && !IsPost(h.Value))
        {
            string hedgeText = text.Substring(lex[i].Start, lex[h.EndIndex - 1].End - lex[i].Start).ToLowerInvariant();
            if (h.Value is HedgeKind.Between or HedgeKind.From)
            {
                if (TryCore(text, lex, h.EndIndex, limit, warnings, out var a) && a.Form is NumberForm.Cardinal or NumberForm.Fraction)
                {
                    int j = a.End;
                    bool joiner = j < limit && (h.Value == HedgeKind.Between ? IsWord(text, lex[j], "and") : IsWord(text, lex[j], "to") || IsDash(text, lex[j]));
                    if (joiner && TryCore(text, lex, j + 1, limit, warnings, out var b) && b.Form == a.Form)
                    {
                        Harmonise(ref a, ref b);
                        if (a.Value <= b.Value)
                        {
                            output.Add(new NumberMention(lex[i].Start, lex[b.End - 1].End, new Quantity
                            {
                                Min = a.Value, Max = b.Value, MinInclusive = true, MaxInclusive = true, Hedge = hedgeText, Unit = b.Unit ?? a.Unit,
                            }));
                            return b.End;
                        }
                    }
                }
                if (h.Value == HedgeKind.Between) return h.EndIndex;
                return h.EndIndex; // "from 5": the number itself is read on the next step
            }
            if (TryCore(text, lex, h.EndIndex, limit, warnings, out var n) && n.Form is NumberForm.Cardinal or NumberForm.Fraction or NumberForm.Multiplier
                && !(h.Value == HedgeKind.Gt && hedgeText == "over" && n.End < limit && IsDurationUnit(text, lex[n.End])))
            {
                int end = n.End;
                output.Add(new NumberMention(lex[i].Start, lex[end - 1].End, Hedged(n, h.Value, hedgeText)));
                return end;
            }
            return i + 1;
        }

        if (!TryCore(text, lex, i, limit, warnings, out var c)) return i + 1;
        int e = c.End;
        // ranges: "50-60", "50 to 60"
        if (c.Form is NumberForm.Cardinal && e + 1 < limit && (IsDash(text, lex[e]) || IsWord(text, lex[e], "to"))
            && TryCore(text, lex, e + 1, limit, warnings, out var c2) && c2.Form == NumberForm.Cardinal)
        {
            var a = c;
            Harmonise(ref a, ref c2);
            if (a.Value < c2.Value)
            {
                output.Add(new NumberMention(lex[c.First].Start, lex[c2.End - 1].End, new Quantity
                {
                    Min = a.Value, Max = c2.Value, MinInclusive = true, MaxInclusive = true, Unit = c2.Unit ?? a.Unit,
                }));
                return c2.End;
            }
        }
        // postfix hedges: "150 or more", "20 or so", "100-plus"
        int pe = e;
        if (pe < limit && IsDash(text, lex[pe]) && pe + 1 < limit && IsWord(text, lex[pe + 1], "plus")) pe++;
        if (c.Form == NumberForm.Cardinal && pe < limit && _lex.Hedges.TryMatch(text, lex, pe, out var post) && IsPost(post.Value) && post.EndIndex <= limit)
        {
            string hedgeText = text.Substring(lex[pe].Start, lex[post.EndIndex - 1].End - lex[pe].Start).ToLowerInvariant();
            output.Add(new NumberMention(lex[c.First].Start, lex[post.EndIndex - 1].End, Hedged(c, post.Value, hedgeText)));
            return post.EndIndex;
        }
        output.Add(new NumberMention(lex[c.First].Start, lex[e - 1].End, Plain(c)));
        return e;
    }

    private static bool IsPost(HedgeKind k) => k is HedgeKind.GePost or HedgeKind.ApproxPost or HedgeKind.LePost;

    /// <summary>"between 50 and 60 million", "$5-10bn": the first number takes the second's scale and unit.</summary>
    private static void Harmonise(ref ScannedNumber a, ref ScannedNumber b)
    {
        if (a.Scale == 1 && b.Scale > 1 && a.Value * b.Scale <= b.Value && a.Value < 1000) { a.Value *= b.Scale; a.Scale = b.Scale; }
        if (a.Unit is null && b.Unit is not null) a.Unit = b.Unit;
        if (b.Unit is null && a.Unit is not null) b.Unit = a.Unit;
    }

    private static Quantity Plain(ScannedNumber n) => n.Form switch
    {
        NumberForm.Vague => new Quantity { Min = n.Value, MinInclusive = true, Vague = true, Unit = n.Unit },
        NumberForm.Ordinal => new Quantity { Value = n.Value, Min = n.Value, Max = n.Value, MinInclusive = true, MaxInclusive = true, Unit = "ordinal" },
        _ => new Quantity { Value = n.Value, Min = n.Value, Max = n.Value, MinInclusive = true, MaxInclusive = true, Unit = n.Unit },
    };

    private static Quantity Hedged(ScannedNumber n, HedgeKind kind, string hedge)
    {
        double v = n.Value;
        double lo = Math.Min(0.9 * v, 1.1 * v), hi = Math.Max(0.9 * v, 1.1 * v);
        var q = new Quantity { Value = v, Hedge = hedge, Unit = n.Unit };
        return kind switch
        {
            HedgeKind.Gt => q with { Min = v, MinInclusive = false },
            HedgeKind.Ge or HedgeKind.GePost => q with { Min = v, MinInclusive = true },
            HedgeKind.Lt => q with { Max = v, MaxInclusive = false },
            HedgeKind.Le or HedgeKind.LePost => q with { Max = v, MaxInclusive = true },
            HedgeKind.Approx or HedgeKind.ApproxPost => q with { Min = lo, Max = hi, MinInclusive = true, MaxInclusive = true, Approximate = true },
            HedgeKind.ApproxBelow => q with { Min = lo, Max = v, MinInclusive = true, MaxInclusive = false, Approximate = true },
            HedgeKind.ApproxAbove => q with { Min = v, Max = hi, MinInclusive = false, MaxInclusive = true, Approximate = true },
            _ => q with { Min = v, Max = v, MinInclusive = true, MaxInclusive = true },
        };
    }

    // ---- the core number at a position ----

    private bool TryCore(string text, List<Lex> lex, int i, int limit, List<string> warnings, out ScannedNumber n)
    {
        n = default;
        if (i >= limit) return false;
        int j = i;
        string? unit = null;
        if (_lex.Units.TryMatch(text, lex, j, out var pre) && pre.Value.IsPrefix && pre.EndIndex < limit
            && (lex[pre.EndIndex].Kind == LexKind.Digits || IsNumberWord(text, lex[pre.EndIndex])))
        {
            unit = pre.Value.Unit;
            j = pre.EndIndex;
        }
        bool ok = lex[j].Kind == LexKind.Digits ? TryDigits(text, lex, j, limit, warnings, ref n) : TryWords(text, lex, j, limit, ref n);
        if (!ok) return false;
        n.First = i;
        if (unit is not null) n.Unit = unit;
        if (n.Form is NumberForm.Cardinal or NumberForm.Vague) Suffixes(text, lex, limit, ref n);
        return true;
    }

    private bool IsNumberWord(string text, Lex l)
    {
        if (l.Kind != LexKind.Word) return false;
        var w = text.AsSpan(l.Start, l.Length);
        return _lex.TryCardinal(w, out _) || w.Equals("a", StringComparison.OrdinalIgnoreCase) || _lex.TryScale(w, out _);
    }

    /// <summary>Scale words, percent signs, units and currencies after the number.</summary>
    private void Suffixes(string text, List<Lex> lex, int limit, ref ScannedNumber n)
    {
        int j = n.End;
        if (n.Form == NumberForm.Cardinal)
        {
            while (j < limit && lex[j].Kind == LexKind.Word && _lex.TryScale(text.AsSpan(lex[j].Start, lex[j].Length), out var s)
                   && (s >= 1000 || (s == 100 && n.Value < 100 && n.Scale == 1) || (s == 12 && n.Value < 100 && n.Scale == 1)))
            {
                n.Value *= s;
                n.Scale = n.Scale * s;
                j++;
            }
            // multipliers: "three times as many", "tenfold"
            if (j < limit && IsWord(text, lex[j], "times") && j + 1 < limit && IsComparative(text, lex[j + 1])) { n.Form = NumberForm.Multiplier; n.Unit = "times"; j++; }
            else if (j + 1 < limit && IsDash(text, lex[j]) && !lex[j + 1].SpaceBefore && IsWord(text, lex[j + 1], "fold")) { n.Form = NumberForm.Multiplier; n.Unit = "times"; j += 2; }
        }
        if (j < limit && _lex.Units.TryMatch(text, lex, j, out var u) && !u.Value.IsPrefix && u.EndIndex <= limit)
        {
            // "5 m" is metres only when written apart from a currency
            n.Unit = n.Unit is not null && !u.Value.IsPercent ? n.Unit : u.Value.Unit;
            j = u.EndIndex;
        }
        n.End = j;
    }

    private bool TryDigits(string text, List<Lex> lex, int j, int limit, List<string> warnings, ref ScannedNumber n)
    {
        var l = lex[j];
        // glued to a word: "G7", "Su-25", "COVID-19" are names, not quantities
        if (!l.SpaceBefore && j > 0)
        {
            var p = lex[j - 1];
            if (p.Kind == LexKind.Word) return false;
            if (p.Kind == LexKind.Punct && j > 1 && !p.SpaceBefore)
            {
                char pc = text[p.Start];
                var pk = lex[j - 2].Kind;
                if (pc == '-' && pk == LexKind.Word) return false;
                if (pc is '=' or '_' or '\\' or '&' or '#' or '@' or '?') return false; // URLs, markup and code: "w=64", "id_5"

                if (pc is '/' or '.' or ':' && pk is LexKind.Word or LexKind.Digits) return false;
            }
        }
        var digits = text.AsSpan(l.Start, l.Length);
        int e = j + 1;
        if (e < limit && !lex[e].SpaceBefore && lex[e].Kind == LexKind.Punct && text[lex[e].Start] is '=' or '_' or '\\' or '&' or '@' or '#') return false;
        // scientific notation: 1e999, 2.5E-3
        if (e + 1 < limit && !lex[e].SpaceBefore && lex[e].Kind == LexKind.Word && lex[e].Length == 1 && (text[lex[e].Start] | 0x20) == 'e')
        {
            int k = e + 1;
            int sign = 1;
            if (k < limit && lex[k].Kind == LexKind.Punct && !lex[k].SpaceBefore && text[lex[k].Start] is '-' or '+') { sign = text[lex[k].Start] == '-' ? -1 : 1; k++; }
            if (k < limit && lex[k].Kind == LexKind.Digits && !lex[k].SpaceBefore)
            {
                var expText = text.AsSpan(lex[k].Start, lex[k].Length);
                var raw = text.AsSpan(l.Start, lex[k].End - l.Start);
                if (!DigitParser.TryParse(digits, out var mant, out _) || expText.Length > 4 || !int.TryParse(expText, out var exp)
                    || !double.IsFinite(mant * Math.Pow(10, sign * exp)))
                {
                    warnings.Add($"numbers: '{Clip(raw)}' at {l.Start} is out of range; ignored");
                    n.End = k + 1;
                    n.Form = NumberForm.Cardinal;
                    return false;
                }
                n.Value = mant * Math.Pow(10, sign * exp);
                n.Form = NumberForm.Cardinal;
                n.Scale = 1;
                n.End = k + 1;
                return true;
            }
        }
        if (!DigitParser.TryParse(digits, out var value, out var warning))
        {
            if (warning is not null) warnings.Add($"numbers: at {l.Start}: {warning}");
            return false;
        }
        if (warning is not null) warnings.Add($"numbers: at {l.Start}: {warning}");
        n.Value = value;
        n.Scale = 1;
        n.Form = NumberForm.Cardinal;
        n.Words = false;
        // glued letters: ordinal suffix, scale abbreviations, units; anything else makes it a name ("5G")
        if (e < limit && !lex[e].SpaceBefore && lex[e].Kind == LexKind.Word)
        {
            var suffix = text.AsSpan(lex[e].Start, lex[e].Length);
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
            { n.Form = NumberForm.Ordinal; n.End = e + 1; return true; }
            if (suffix.Equals("k", StringComparison.OrdinalIgnoreCase)) { n.Value *= 1e3; n.Scale = 1e3; e++; }
            else if (suffix.Equals("m", StringComparison.Ordinal) && j > 0 && IsCurrencyPrefix(text, lex, j)) { n.Value *= 1e6; n.Scale = 1e6; e++; }
            else if (suffix.Equals("bn", StringComparison.OrdinalIgnoreCase) || suffix.Equals("mn", StringComparison.OrdinalIgnoreCase)
                || (suffix.Equals("b", StringComparison.OrdinalIgnoreCase) && IsCurrencyPrefix(text, lex, j)))
            { double s = suffix[0] is 'm' or 'M' ? 1e6 : 1e9; n.Value *= s; n.Scale = s; e++; }
            else if (suffix.Equals("s", StringComparison.OrdinalIgnoreCase)) return false; // "1990s", "20s": decades and ages
            else if (_lex.Units.TryMatch(text, lex, e, out var u) && !u.Value.IsPrefix) { n.Unit = u.Value.Unit; e = u.EndIndex; }
            else return false;
        }
        // "3/4" (not a date "3/4/2024")
        else if (e + 1 < limit && !lex[e].SpaceBefore && text[lex[e].Start] == '/' && lex[e + 1].Kind == LexKind.Digits && !lex[e + 1].SpaceBefore)
        {
            if (e + 2 < limit && !lex[e + 2].SpaceBefore && text[lex[e + 2].Start] == '/') return false;
            if (!DigitParser.TryParse(text.AsSpan(lex[e + 1].Start, lex[e + 1].Length), out var den, out _) || den == 0) return false;
            n.Value = value / den;
            n.Form = NumberForm.Fraction;
            n.Unit = "fraction";
            n.End = e + 2;
            return true;
        }
        // "1 in 5"
        if (e + 1 < limit && IsWord(text, lex[e], "in") && lex[e + 1].Kind == LexKind.Digits
            && DigitParser.TryParse(text.AsSpan(lex[e + 1].Start, lex[e + 1].Length), out var d2, out _) && d2 > value && d2 <= 1000 && value >= 1 && value < 100
            && (e + 2 >= limit || lex[e + 2].Kind != LexKind.Digits))
        {
            n.Value = value / d2; n.Form = NumberForm.Fraction; n.Unit = "fraction"; n.End = e + 2; return true;
        }
        n.End = e;
        return true;
    }

    private bool IsCurrencyPrefix(string text, List<Lex> lex, int j)
    {
        for (int back = 1; back <= 2 && j - back >= 0; back++)
            if (_lex.Units.TryMatch(text, lex, j - back, out var u) && u.Value.IsPrefix && u.EndIndex == j) return true;
        return false;
    }

    private bool TryWords(string text, List<Lex> lex, int j, int limit, ref ScannedNumber n)
    {
        var l = lex[j];
        if (l.Kind != LexKind.Word) return false;
        var w = text.AsSpan(l.Start, l.Length);
        n.Words = true;
        n.Scale = 1;

        // vague quantities: "dozens of", "hundreds of thousands", "numerous"
        if (_lex.Vague.TryMatch(text, lex, j, out var vague) && vague.EndIndex <= limit)
        {
            int e = vague.EndIndex;
            bool hasOf = e < limit && IsWord(text, lex[e], "of");
            // "a number" and "a couple" only before "of"; "several" etc. stand alone
            var phrase = text.AsSpan(lex[j].Start, lex[vague.EndIndex - 1].End - lex[j].Start);
            if (!hasOf && (phrase.Equals("a number", StringComparison.OrdinalIgnoreCase) || phrase.Equals("a couple", StringComparison.OrdinalIgnoreCase))) return false;
            n.Value = vague.Value;
            n.Form = NumberForm.Vague;
            n.End = hasOf ? e + 1 : e;
            // "dozens of" keeps "of" out of the span's reading but inside the mention
            n.End = e;
            return true;
        }

        // "a dozen", "a hundred", "a million", "a third of", "a half"
        if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            if (j + 1 >= limit || lex[j + 1].Kind != LexKind.Word) return false;
            var w2 = text.AsSpan(lex[j + 1].Start, lex[j + 1].Length);
            if (_lex.TryScale(w2, out var s))
            {
                n.Value = s; n.Scale = s; n.Form = NumberForm.Cardinal; n.End = j + 2;
                ContinueCardinal(text, lex, limit, ref n);
                return true;
            }
            if (_lex.TryDenominator(w2, out var den) && j + 2 < limit && IsWord(text, lex[j + 2], "of") && !w2.Equals("second", StringComparison.OrdinalIgnoreCase))
            {
                n.Value = 1.0 / den; n.Form = NumberForm.Fraction; n.Unit = "fraction"; n.End = j + 2; return true;
            }
            return false;
        }
        // "half", "half a million"
        if (w.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            if (j + 2 < limit && IsWord(text, lex[j + 1], "a") && lex[j + 2].Kind == LexKind.Word
                && _lex.TryScale(text.AsSpan(lex[j + 2].Start, lex[j + 2].Length), out var s) && s >= 1000)
            { n.Value = 0.5 * s; n.Scale = s; n.Form = NumberForm.Cardinal; n.End = j + 3; return true; }
            if (j + 1 < limit && IsWord(text, lex[j + 1], "of")) { n.Value = 0.5; n.Form = NumberForm.Fraction; n.Unit = "fraction"; n.End = j + 1; return true; }
            return false;
        }
        // "twice as many", "thrice"
        if (w.Equals("twice", StringComparison.OrdinalIgnoreCase) || w.Equals("thrice", StringComparison.OrdinalIgnoreCase))
        {
            if (j + 1 < limit && IsComparative(text, lex[j + 1]))
            { n.Value = w[0] is 't' or 'T' && w.Length == 5 ? 2 : 3; n.Form = NumberForm.Multiplier; n.Unit = "times"; n.End = j + 1; return true; }
            return false;
        }
        // ordinals: "third", "twenty-first"
        if (_lex.TryOrdinal(w, out var ord))
        {
            n.Value = ord; n.Form = NumberForm.Ordinal; n.End = j + 1; return true;
        }
        if (!_lex.TryCardinal(w, out var first)) return false;
        n.Form = NumberForm.Cardinal;
        n.Value = first;
        n.End = j + 1;
        // "twenty-first"
        if (first >= 20 && first % 10 == 0 && n.End + 1 < limit && IsDash(text, lex[n.End]) && !lex[n.End].SpaceBefore
            && _lex.TryOrdinal(text.AsSpan(lex[n.End + 1].Start, lex[n.End + 1].Length), out var o2) && o2 < 10)
        { n.Value = first + o2; n.Form = NumberForm.Ordinal; n.End += 2; return true; }
        // fractions: "two-thirds", "three quarters", "one in five"
        {
            int k = n.End;
            if (k < limit && IsDash(text, lex[k]) && !lex[k].SpaceBefore) k++;
            if (k < limit && lex[k].Kind == LexKind.Word && _lex.TryDenominator(text.AsSpan(lex[k].Start, lex[k].Length), out var den) && den > 2
                && first > 0 && first < den && (k == n.End ? first > 1 || (k + 1 < limit && IsWord(text, lex[k + 1], "of")) : true))
            { n.Value = (double)first / den; n.Form = NumberForm.Fraction; n.Unit = "fraction"; n.End = k + 1; return true; }
            if (n.End + 1 < limit && IsWord(text, lex[n.End], "in") && lex[n.End + 1].Kind == LexKind.Word
                && _lex.TryCardinal(text.AsSpan(lex[n.End + 1].Start, lex[n.End + 1].Length), out var of) && of > first && first > 0)
            { n.Value = (double)first / of; n.Form = NumberForm.Fraction; n.Unit = "fraction"; n.End += 2; return true; }
        }
        ContinueCardinal(text, lex, limit, ref n);
        return true;
    }

    /// <summary>Continues a cardinal in words: "twenty-five thousand", "two hundred and fifty", "three million".</summary>
    private void ContinueCardinal(string text, List<Lex> lex, int limit, ref ScannedNumber n)
    {
        double total = 0, cur = n.Value;
        if (n.Scale >= 1000) { total = n.Value; cur = 0; }
        int k = n.End;
        bool lastWasNumber = true;
        while (k < limit)
        {
            var l = lex[k];
            if (l.Kind == LexKind.Punct && IsDash(text, l) && !l.SpaceBefore && k + 1 < limit && !lex[k + 1].SpaceBefore
                && _lex.TryCardinal(text.AsSpan(lex[k + 1].Start, lex[k + 1].Length), out var u) && u < 10 && u > 0 && cur % 100 >= 20 && cur % 10 == 0)
            { cur += u; k += 2; continue; }
            if (l.Kind != LexKind.Word) break;
            var w = text.AsSpan(l.Start, l.Length);
            if (_lex.TryCardinal(w, out var c))
            {
                if (!lastWasNumber && cur == 0 && total == 0) break;
                bool fits = (c < 10 && cur % 100 >= 20 && cur % 10 == 0) || (cur % 100 == 0 && c < 100 && c > 0 && (cur > 0 || total > 0));
                if (!fits) break;
                cur += c; k++; lastWasNumber = true; continue;
            }
            if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && k + 1 < limit && (cur % 100 == 0 && (cur > 0 || total > 0))
                && lex[k + 1].Kind == LexKind.Word && _lex.TryCardinal(text.AsSpan(lex[k + 1].Start, lex[k + 1].Length), out _))
            { k++; lastWasNumber = false; continue; }
            if (_lex.TryScale(w, out var s))
            {
                if (s == 100) { if (cur == 0 || cur >= 100) break; cur *= 100; k++; continue; }
                if (s == 12) { if (cur == 0 || cur >= 100) break; cur *= 12; k++; continue; }
                if (cur == 0) break;
                total += cur * s; cur = 0; n.Scale = s; k++; continue;
            }
            break;
        }
        n.Value = total + cur;
        n.End = k;
    }

    private static bool IsComparative(string text, Lex l)
    {
        if (l.Kind != LexKind.Word) return false;
        var w = text.AsSpan(l.Start, l.Length);
        return w.Equals("as", StringComparison.OrdinalIgnoreCase) || w.Equals("more", StringComparison.OrdinalIgnoreCase)
            || w.Equals("higher", StringComparison.OrdinalIgnoreCase) || w.Equals("larger", StringComparison.OrdinalIgnoreCase)
            || w.Equals("greater", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase)
            || w.Equals("bigger", StringComparison.OrdinalIgnoreCase) || w.Equals("faster", StringComparison.OrdinalIgnoreCase)
            || w.Equals("lower", StringComparison.OrdinalIgnoreCase) || w.Equals("that", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDurationUnit(string text, Lex l)
    {
        if (l.Kind != LexKind.Word) return false;
        var w = text.AsSpan(l.Start, l.Length);
        foreach (var u in DurationUnits) if (w.Equals(u, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] DurationUnits = ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "nights", "weekends"];

    internal static bool IsWord(string text, Lex l, string word) =>
        l.Kind == LexKind.Word && text.AsSpan(l.Start, l.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    internal static bool IsDash(string text, Lex l) => l.Kind == LexKind.Punct && text[l.Start] is '-' or '–' or '—' or '‒';

    private static string Clip(ReadOnlySpan<char> s) => s.Length <= 24 ? s.ToString() : s[..20].ToString() + "…";
}
