namespace Wirecheck.Nlp.Numbers;

using System.Globalization;

/// <summary>
/// Reads a run of digits with <c>,</c>/<c>.</c> separators as written in English news ("1,200.50"), and the
/// other locales' forms it can tell apart ("1.200,50", "3,5") with a warning. Bounded: more than
/// <see cref="MaxIntegerDigits"/> integer digits is out of range (no overflow, no exception).
/// </summary>
public static class DigitParser
{
    public const int MaxIntegerDigits = 308;

    /// <summary>Parses <paramref name="s"/>; on success <paramref name="warning"/> may still note a locale guess.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out double value, out string? warning)
    {
        value = 0;
        warning = null;
        int commas = 0, dots = 0, lastSep = -1;
        for (int k = 0; k < s.Length; k++)
        {
            if (s[k] == ',') { commas++; lastSep = k; }
            else if (s[k] == '.') { dots++; lastSep = k; }
        }
        int intDigits = 0;
        for (int k = 0; k < s.Length && s[k] != '.' && s[k] != ','; k++) intDigits++;
        if (s.Length - commas - dots > MaxIntegerDigits && (commas + dots == 0 || intDigits + 3 * commas > MaxIntegerDigits))
        {
            warning = $"number with {s.Length - commas - dots} digits is out of range; ignored";
            return false;
        }
        Span<char> buf = s.Length <= 512 ? stackalloc char[s.Length] : new char[s.Length];
        int n = 0;
        if (commas == 0 && dots == 0) return Finish(s, out value, ref warning);
        if (dots == 0)
        {
            if (GroupsOfThree(s, ',')) { n = Strip(s, ',', buf); return Finish(buf[..n], out value, ref warning); }
            if (commas == 1 && s.Length - lastSep - 1 <= 2)
            {
                n = Copy(s, buf, ',', '.');
                warning = $"'{s}' read with a decimal comma";
                return Finish(buf[..n], out value, ref warning);
            }
            warning = $"'{s}' is not a number in any known notation; ignored";
            return false;
        }
        if (commas == 0)
        {
            if (dots == 1) return Finish(s, out value, ref warning);
            if (GroupsOfThree(s, '.'))
            {
                n = Strip(s, '.', buf);
                warning = $"'{s}' read with dots as thousands separators";
                return Finish(buf[..n], out value, ref warning);
            }
            return false; // a version number or an address, not a quantity
        }
        if (s[lastSep] == '.' && s[..lastSep].IndexOf('.') < 0 && GroupsOfThree(s[..lastSep], ','))
        {
            n = Strip(s, ',', buf);
            return Finish(buf[..n], out value, ref warning);
        }
        if (s[lastSep] == ',' && s[..lastSep].IndexOf(',') < 0 && GroupsOfThree(s[..lastSep], '.'))
        {
            int m = 0;
            foreach (var c in s)
            {
                if (c == '.') continue;
                buf[m++] = c == ',' ? '.' : c;
            }
            warning = $"'{s}' read in the continental notation (dot for thousands, comma for decimals)";
            return Finish(buf[..m], out value, ref warning);
        }
        warning = $"'{s}' mixes separators in no known notation; ignored";
        return false;
    }

    private static bool Finish(ReadOnlySpan<char> digits, out double value, ref string? warning)
    {
        if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            warning = $"'{Clip(digits)}' is out of range; ignored";
            value = 0;
            return false;
        }
        return true;
    }

    private static string Clip(ReadOnlySpan<char> s) => s.Length <= 24 ? s.ToString() : s[..20].ToString() + "…";

    /// <summary>"1,234,567": a first group of 1–3 digits, then groups of exactly three.</summary>
    private static bool GroupsOfThree(ReadOnlySpan<char> s, char sep)
    {
        int first = s.IndexOf(sep);
        if (first < 1 || first > 3) return false;
        int k = first;
        while (k < s.Length)
        {
            if (s[k] != sep) return false;
            int g = 0;
            k++;
            while (k < s.Length && char.IsAsciiDigit(s[k])) { g++; k++; }
            if (g != 3) return false;
        }
        return true;
    }

    private static int Strip(ReadOnlySpan<char> s, char sep, Span<char> buf)
    {
        int n = 0;
        foreach (var c in s) if (c != sep) buf[n++] = c;
        return n;
    }

    private static int Copy(ReadOnlySpan<char> s, Span<char> buf, char from, char to)
    {
        int n = 0;
        foreach (var c in s) buf[n++] = c == from ? to : c;
        return n;
    }
}
