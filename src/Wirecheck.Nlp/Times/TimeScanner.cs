namespace Wirecheck.Nlp.Times;

using System.Globalization;
using Wirecheck.Core.Model;
using Wirecheck.Nlp.Numbers;

/// <summary>
/// Finds time expressions and normalises them to ISO dates or ranges: absolute ones ("5 April 2024",
/// "between 2023 and 2024", "the 1990s") always; relative ones ("on Tuesday", "last week", "earlier this
/// month", "in April", "three days ago") against the publication date when it is known, else with a note.
/// </summary>
/// <remarks>
/// Conventions: a weekday alone or with "on" is its latest occurrence on or before the publication date;
/// "last X" the latest strictly before; weeks run Monday–Sunday; a month without a year takes the
/// publication year. Impossible dates ("February 30") keep the month and add a warning.
/// </remarks>
public static class TimeScanner
{
    private static readonly string[] MonthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly string[] MonthAbbr = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly HashSet<string> YearCues = new(StringComparer.OrdinalIgnoreCase)
    { "in", "since", "by", "from", "until", "till", "through", "during", "of", "before", "after", "early", "late", "mid", "around", "circa", "between", "and", "to", "year", "spring", "summer", "autumn", "fall", "winter", "throughout", "year's", "end", "start" };
    private static readonly HashSet<string> MonthCues = new(StringComparer.OrdinalIgnoreCase)
    { "in", "since", "by", "from", "until", "till", "through", "during", "of", "before", "after", "early", "late", "mid", "last", "next", "this", "between", "and", "to", "on", "throughout", "end", "start" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YearCueLookup = YearCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthCueLookup = MonthCues.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Scan(string text, List<Lex> lex, DateOnly? published, List<TimeExpression> output, List<string> warnings)
    {
        int i = 0;
        while (i < lex.Count)
        {
            int next = TryAt(text, lex, i, published, output, warnings);
            i = next > i ? next : i + 1;
        }
    }

    private static int TryAt(string text, List<Lex> lex, int i, DateOnly? p, List<TimeExpression> output, List<string> warnings)
    {
        var l = lex[i];
        // between/from Y1 and/to Y2; Y1-Y2
        if ((Is(text, l, "between") || Is(text, l, "from")) && i + 3 < lex.Count && Year(text, lex[i + 1]) is { } y1)
        {
            var j = lex[i + 2];
            bool joiner = Is(text, l, "between") ? Is(text, j, "and") : Is(text, j, "to") || NumberScanner.IsDash(text, j);
            if (joiner && YearOrShort(text, lex[i + 3], y1) is { } y2 && y2 >= y1)
                return Add(output, lex[i].Start, lex[i + 3].End, $"{y1:D4}-01-01", $"{y2:D4}-12-31", null, i + 4);
        }
        if (Year(text, l) is { } ya && i + 2 < lex.Count && NumberScanner.IsDash(text, lex[i + 1]) && YearOrShort(text, lex[i + 2], ya) is { } yb && yb > ya
            && (i == 0 || lex[i - 1].Kind != LexKind.Punct || text[lex[i - 1].Start] is not ('$' or '€' or '£')))
            return Add(output, l.Start, lex[i + 2].End, $"{ya:D4}-01-01", $"{yb:D4}-12-31", null, i + 3);
        // ISO 2024-03-05
        if (l.Kind == LexKind.Digits && l.Length == 4 && i + 4 < lex.Count && NumberScanner.IsDash(text, lex[i + 1]) && !lex[i + 1].SpaceBefore
            && lex[i + 2].Kind == LexKind.Digits && lex[i + 2].Length == 2 && !lex[i + 2].SpaceBefore && NumberScanner.IsDash(text, lex[i + 3])
            && lex[i + 4].Kind == LexKind.Digits && lex[i + 4].Length == 2 && !lex[i + 4].SpaceBefore)
        {
            int y = Int(text, l), m = Int(text, lex[i + 2]), d = Int(text, lex[i + 4]);
            return Day(text, output, warnings, l.Start, lex[i + 4].End, y, m, d, i + 5);
        }
        // decades: "the 1990s"
        if (l.Kind == LexKind.Digits && l.Length == 4 && i + 1 < lex.Count && !lex[i + 1].SpaceBefore && Is(text, lex[i + 1], "s"))
        {
            int y = Int(text, l);
            if (y % 10 == 0 && y >= 1000 && y < 2200) return Add(output, l.Start, lex[i + 1].End, $"{y:D4}-01-01", $"{y + 9:D4}-12-31", null, i + 2);
        }
        // day month [year]: "5 April 2024", "5th of April"
        if (l.Kind == LexKind.Digits && l.Length <= 2)
        {
            int k = i + 1;
            if (k < lex.Count && !lex[k].SpaceBefore && lex[k].Kind == LexKind.Word && IsOrdinalSuffix(text, lex[k])) k++;
            if (k < lex.Count && Is(text, lex[k], "of")) k++;
            if (k < lex.Count && Month(text, lex, k, out int m, out int afterMonth, strict: false))
            {
                int d = Int(text, l);
                int end = afterMonth;
                int? y = null;
                if (end < lex.Count && Year(text, lex[end]) is { } yy) { y = yy; end++; }
                return DayOfMonth(text, output, warnings, p, l.Start, lex[end - 1].End, y, m, d, end);
            }
        }
        // month-led: "April 5, 2024", "April 2024", "in April", "early April"
        if (l.Kind == LexKind.Word && Month(text, lex, i, out int mo, out int after, strict: !(i > 0 && MonthCueLookup.Contains(Span(text, lex[i - 1])))))
        {
            int k = after;
            if (k < lex.Count && lex[k].Kind == LexKind.Digits && lex[k].Length <= 2 && Int(text, lex[k]) is >= 1 and <= 31
                && !(k + 1 < lex.Count && !lex[k + 1].SpaceBefore && text[lex[k + 1].Start] is ':' or '.' or ','  && k + 2 < lex.Count && lex[k + 2].Kind == LexKind.Digits && !lex[k + 2].SpaceBefore))
            {
                int d = Int(text, lex[k]);
                int end = k + 1;
                if (end < lex.Count && !lex[end].SpaceBefore && lex[end].Kind == LexKind.Word && IsOrdinalSuffix(text, lex[end])) end++;
                int? y = null;
                int e2 = end;
                if (e2 < lex.Count && text[lex[e2].Start] == ',' ) e2++;
                if (e2 < lex.Count && Year(text, lex[e2]) is { } yy) { y = yy; end = e2 + 1; }
                return DayOfMonth(text, output, warnings, p, l.Start, lex[end - 1].End, y, mo, d, end);
            }
            if (k < lex.Count && Year(text, lex[k]) is { } yr)
            {
                var first = new DateOnly(yr, mo, 1);
                return Add(output, l.Start, lex[k].End, Iso(first), Iso(first.AddMonths(1).AddDays(-1)), null, k + 1);
            }
            if (p is { } pd)
            {
                var first = new DateOnly(pd.Year, mo, 1);
                return Add(output, l.Start, lex[after - 1].End, Iso(first), Iso(first.AddMonths(1).AddDays(-1)), "year taken from the publication date", after);
            }
            return Add(output, l.Start, lex[after - 1].End, null, null, "month without a year; publication date unknown", after);
        }
        // years: "in 2023", "2023,"
        if (Year(text, l) is { } year && IsYearContext(text, lex, i))
        {
            if (i > 0 && Is(text, lex[i - 1], "since"))
                return Add(output, lex[i - 1].Start, l.End, $"{year:D4}-01-01", p is { } pp ? Iso(pp) : null, p is null ? "open end" : null, i + 1);
            return Add(output, l.Start, l.End, $"{year:D4}-01-01", $"{year:D4}-12-31", null, i + 1);
        }
        if (l.Kind != LexKind.Word) return i + 1;
        return Relative(text, lex, i, p, output);
    }

    private static int Relative(string text, List<Lex> lex, int i, DateOnly? p, List<TimeExpression> output)
    {
        var l = lex[i];
        var w = Span(text, l);
        string Unknown = "relative to the publication date, which is unknown";
        // weekdays
        int wd = LowerIndexOf(w, Weekdays);
        if (wd < 0 && i + 1 < lex.Count && (Is(text, l, "last") || Is(text, l, "next") || Is(text, l, "this") || Is(text, l, "on")))
        {
            int wd2 = LowerIndexOf(Span(text, lex[i + 1]), Weekdays);
            if (wd2 >= 0 && char.IsUpper(text[lex[i + 1].Start]))
            {
                if (p is not { } pd) return Add(output, l.Start, lex[i + 1].End, null, null, Unknown, i + 2);
                var target = (DayOfWeek)((wd2 + 1) % 7);
                DateOnly d = Is(text, l, "next") ? NextAfter(pd, target) : Is(text, l, "last") ? LastBefore(pd, target, strict: true) : LastBefore(pd, target, strict: false);
                return Add(output, l.Start, lex[i + 1].End, Iso(d), Iso(d), null, i + 2);
            }
        }
        if (wd >= 0 && char.IsUpper(text[l.Start]))
        {
            if (p is not { } pd) return Add(output, l.Start, l.End, null, null, Unknown, i + 1);
            var d = LastBefore(pd, (DayOfWeek)((wd + 1) % 7), strict: false);
            return Add(output, l.Start, l.End, Iso(d), Iso(d), null, i + 1);
        }
        // today / yesterday / tomorrow / last night / this morning
        int dayShift = LowerEquals(w, "today") || LowerEquals(w, "tonight") ? 0 : LowerEquals(w, "yesterday") ? -1 : LowerEquals(w, "tomorrow") ? 1 : 99;
        int endIdx = i + 1;
        if (dayShift == 99 && i + 1 < lex.Count)
        {
            var w2 = Span(text, lex[i + 1]);
            if (Is(text, l, "last") && LowerEquals(w2, "night")) { dayShift = -1; endIdx = i + 2; }
            else if (Is(text, l, "this") && (LowerEquals(w2, "morning") || LowerEquals(w2, "afternoon") || LowerEquals(w2, "evening"))) { dayShift = 0; endIdx = i + 2; }
        }
        if (dayShift != 99)
        {
            if (p is not { } pd) return Add(output, l.Start, lex[endIdx - 1].End, null, null, Unknown, endIdx);
            var d = pd.AddDays(dayShift);
            return Add(output, l.Start, lex[endIdx - 1].End, Iso(d), Iso(d), null, endIdx);
        }
        // earlier/later this week|month|year; last/this/next week|month|year
        int k = i;
        string? part = null;
        if ((Is(text, l, "earlier") || Is(text, l, "later")) && k + 2 < lex.Count && Is(text, lex[k + 1], "this")) { part = w.ToString().ToLowerInvariant(); k++; }
        if (k + 1 < lex.Count && (Is(text, lex[k], "last") || Is(text, lex[k], "this") || Is(text, lex[k], "next") || Is(text, lex[k], "past")))
        {
            var unit = Word(text, lex[k + 1]).ToLowerInvariant();
            if (unit is "week" or "month" or "year" or "weekend")
            {
                int end = k + 2;
                if (p is not { } pd) return Add(output, l.Start, lex[end - 1].End, null, null, Unknown, end);
                int shift = Is(text, lex[k], "last") || Is(text, lex[k], "past") ? -1 : Is(text, lex[k], "next") ? 1 : 0;
                bool past = Is(text, lex[k], "past");
                DateOnly from, to;
                switch (unit)
                {
                    case "week":
                        if (past) { from = pd.AddDays(-7); to = pd; break; }
                        from = pd.AddDays(-(((int)pd.DayOfWeek + 6) % 7) + 7 * shift); to = from.AddDays(6); break;
                    case "weekend":
                        var sat = LastBefore(pd, DayOfWeek.Saturday, strict: false).AddDays(7 * (shift > 0 ? 1 : shift < 0 && pd.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? -1 : 0));
                        from = sat; to = sat.AddDays(1); break;
                    case "month":
                        if (past) { from = pd.AddMonths(-1); to = pd; break; }
                        from = new DateOnly(pd.Year, pd.Month, 1).AddMonths(shift); to = from.AddMonths(1).AddDays(-1); break;
                    default:
                        if (past) { from = pd.AddYears(-1); to = pd; break; }
                        from = new DateOnly(pd.Year + shift, 1, 1); to = new DateOnly(pd.Year + shift, 12, 31); break;
                }
                if (part == "earlier") to = pd < to ? pd : to;
                else if (part == "later") from = pd > from ? pd : from;
                return Add(output, l.Start, lex[end - 1].End, Iso(from), Iso(to), null, end);
            }
        }
        // "the past three years", "the last two weeks", "three days ago"
        {
            int s = i, j = i;
            if (Is(text, lex[j], "the") && j + 1 < lex.Count && (Is(text, lex[j + 1], "past") || Is(text, lex[j + 1], "last"))) j += 2;
            else if (Is(text, lex[j], "past") || Is(text, lex[j], "last")) j++;
            bool span = j > i;
            if (j + 1 < lex.Count && Count(text, lex[j]) is { } n && n > 0 && n <= 1000)
            {
                var unit = Word(text, lex[j + 1]).ToLowerInvariant();
                int days = unit switch { "days" or "day" => 1, "weeks" or "week" => 7, "months" or "month" => 30, "years" or "year" => 365, "decades" => 3650, _ => 0 };
                if (days > 0)
                {
                    if (span)
                    {
                        int end = j + 2;
                        if (p is not { } pd) return Add(output, lex[s].Start, lex[end - 1].End, null, null, Unknown, end);
                        var from = unit.StartsWith("month") ? pd.AddMonths(-n) : unit.StartsWith("year") ? pd.AddYears(-n) : unit.StartsWith("decade") ? pd.AddYears(-10 * n) : pd.AddDays(-days * n);
                        return Add(output, lex[s].Start, lex[end - 1].End, Iso(from), Iso(pd), null, end);
                    }
                    if (j + 2 < lex.Count && Is(text, lex[j + 2], "ago"))
                    {
                        int end = j + 3;
                        if (p is not { } pd) return Add(output, lex[s].Start, lex[end - 1].End, null, null, Unknown, end);
                        var at = unit.StartsWith("month") ? pd.AddMonths(-n) : unit.StartsWith("year") ? pd.AddYears(-n) : unit.StartsWith("decade") ? pd.AddYears(-10 * n) : pd.AddDays(-days * n);
                        return Add(output, lex[s].Start, lex[end - 1].End, Iso(at), Iso(at), "approximate", end);
                    }
                }
            }
        }
        return i + 1;
    }

    private static int? Count(string text, Lex l)
    {
        if (l.Kind == LexKind.Digits && l.Length <= 4) return Int(text, l);
        if (l.Kind == LexKind.Word && NumberLexicon.Default.TryCardinal(text.AsSpan(l.Start, l.Length), out var v)) return v;
        if (Is(text, l, "a") || Is(text, l, "an")) return 1;
        return null;
    }

    private static bool IsYearContext(string text, List<Lex> lex, int i)
    {
        if (i > 0)
        {
            var prev = lex[i - 1];
            if (prev.Kind == LexKind.Punct && text[prev.Start] is '$' or '€' or '£' or '¥' or '#' or '~') return false;
            if (prev.Kind == LexKind.Word && YearCueLookup.Contains(Span(text, prev))) return true;
            if (prev.Kind == LexKind.Punct && text[prev.Start] == '-' && !lex[i].SpaceBefore && i > 1 && Is(text, lex[i - 2], "mid")) return true;
        }
        if (i + 1 >= lex.Count) return true;
        var next = lex[i + 1];
        if (next.Kind == LexKind.Punct) return text[next.Start] is not ('%' or '-' or '–' or '/');
        // followed by a lower-case word: "2000 soldiers" is a count, "2023 alone" a year only after a cue
        return false;
    }

    private static bool IsOrdinalSuffix(string text, Lex l) =>
        Is(text, l, "st") || Is(text, l, "nd") || Is(text, l, "rd") || Is(text, l, "th");

    private static bool Month(string text, List<Lex> lex, int i, out int month, out int after, bool strict)
    {
        month = 0; after = i + 1;
        var l = lex[i];
        if (l.Kind != LexKind.Word || !char.IsUpper(text[l.Start])) return false;
        var w = Span(text, l);
        int m = LowerIndexOf(w, MonthNames);
        if (m < 0)
        {
            int a = LowerIndexOf(w, MonthAbbr);
            if (a < 0 && LowerEquals(w, "sept")) a = 8;
            if (a < 0 || LowerEquals(w, "may")) return false;
            // abbreviations need a following day or year ("Jan. 5", "Oct 2024")
            int k = i + 1;
            if (k < lex.Count && text[lex[k].Start] == '.' && !lex[k].SpaceBefore) k++;
            if (k >= lex.Count || lex[k].Kind != LexKind.Digits) return false;
            month = a + 1; after = k; return true;
        }
        month = m + 1;
        if (strict && (LowerEquals(w, "may") || LowerEquals(w, "march")))
        {
            // "May" and "March" alone are more often a verb or a name: need a day or a year next to them
            if (i + 1 >= lex.Count || lex[i + 1].Kind != LexKind.Digits) return false;
        }
        return true;
    }

    private static int DayOfMonth(string text, List<TimeExpression> output, List<string> warnings, DateOnly? p, int start, int end, int? year, int month, int day, int next)
    {
        if (year is null && p is null)
        {
            if (day < 1 || day > 31) return next;
            return Add(output, start, end, null, null, "date without a year; publication date unknown", next);
        }
        int y = year ?? p!.Value.Year;
        return Day(text, output, warnings, start, end, y, month, day, next, year is null ? "year taken from the publication date" : null);
    }

    private static int Day(string text, List<TimeExpression> output, List<string> warnings, int start, int end, int y, int m, int d, int next, string? note = null)
    {
        if (y < 1 || y > 9999 || m < 1 || m > 12)
        {
            warnings.Add($"times: '{text[start..end]}' at {start} is not a valid date; ignored");
            return next;
        }
        if (d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            warnings.Add($"times: '{text[start..end]}' at {start} is not a valid date (day {d}); read as the whole month");
            var first = new DateOnly(y, m, 1);
            return Add(output, start, end, Iso(first), Iso(first.AddMonths(1).AddDays(-1)), $"invalid day {d}; month kept", next);
        }
        var date = new DateOnly(y, m, d);
        return Add(output, start, end, Iso(date), Iso(date), note, next);
    }

    private static DateOnly LastBefore(DateOnly p, DayOfWeek target, bool strict)
    {
        int back = ((int)p.DayOfWeek - (int)target + 7) % 7;
        if (back == 0 && strict) back = 7;
        return p.AddDays(-back);
    }

    private static DateOnly NextAfter(DateOnly p, DayOfWeek target)
    {
        int fwd = ((int)target - (int)p.DayOfWeek + 7) % 7;
        return p.AddDays(fwd == 0 ? 7 : fwd);
    }

    private static int Add(List<TimeExpression> output, int start, int end, string? from, string? to, string? note, int next)
    {
        output.Add(new TimeExpression(start, end, from, to, note));
        return next;
    }

    private static int? Year(string text, Lex l)
    {
        if (l.Kind != LexKind.Digits || l.Length != 4) return null;
        int y = Int(text, l);
        return y is >= 1900 and <= 2100 ? y : null;
    }

    /// <summary>"2024" or, after a first year, the two-digit "24" of "2023-24".</summary>
    private static int? YearOrShort(string text, Lex l, int first)
    {
        if (Year(text, l) is { } y) return y;
        if (l.Kind == LexKind.Digits && l.Length == 2) { int s = first / 100 * 100 + Int(text, l); return s > first ? s : null; }
        return null;
    }

    private static int Int(string text, Lex l)
    {
        int v = 0;
        for (int k = l.Start; k < l.End && k - l.Start < 9; k++) { char c = text[k]; if (!char.IsAsciiDigit(c)) return -1; v = v * 10 + (c - '0'); }
        return v;
    }

    private static string Word(string text, Lex l) => text.Substring(l.Start, l.Length);
    private static ReadOnlySpan<char> Span(string text, Lex l) => text.AsSpan(l.Start, l.Length);

    /// <summary>Whether <paramref name="s"/> lower-cased (invariant, char by char, as string.ToLowerInvariant) is <paramref name="lower"/>, without a new string.</summary>
    private static bool LowerEquals(ReadOnlySpan<char> s, string lower)
    {
        if (s.Length != lower.Length) return false;
        for (int k = 0; k < s.Length; k++)
            if (char.ToLowerInvariant(s[k]) != lower[k]) return false;
        return true;
    }

    /// <summary>The index of the first of <paramref name="names"/> (lower-case) that <paramref name="s"/> lower-cased equals, or -1.</summary>
    private static int LowerIndexOf(ReadOnlySpan<char> s, string[] names)
    {
        for (int k = 0; k < names.Length; k++)
            if (LowerEquals(s, names[k])) return k;
        return -1;
    }
    private static bool Is(string text, Lex l, string w) => NumberScanner.IsWord(text, l, w);
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
