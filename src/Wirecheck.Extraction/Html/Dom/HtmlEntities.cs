namespace Wirecheck.Extraction.Html.Dom;

using System.Collections.Concurrent;
using System.Net;
using System.Text;

/// <summary>
/// Character references: numeric ones per the HTML spec (windows-1252 remapping of 0x80–0x9F, invalid code points
/// become U+FFFD), named ones with a semicolon through <see cref="WebUtility.HtmlDecode(string)"/>'s table (cached),
/// and the common legacy names without a semicolon (&amp;amp &amp;lt &amp;gt &amp;quot &amp;nbsp &amp;copy &amp;reg) as the spec allows.
/// NUL characters are dropped, as the tree builder does with them in text.
/// </summary>
public static class HtmlEntities
{
    private const int MaxName = 32;
    private const int MaxCache = 4096;
    private static readonly ConcurrentDictionary<string, string> Named = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamedLookup =
        Named.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] Legacy = { "amp", "lt", "gt", "quot", "nbsp", "copy", "reg" };

    private static readonly char[] Win1252 =
    {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    };

    [ThreadStatic] private static StringBuilder? _sb;

    /// <summary>Decodes the character references in <paramref name="raw"/> (attribute rules when <paramref name="attribute"/>).</summary>
    public static string Decode(ReadOnlySpan<char> raw, bool attribute)
    {
        var sb = _sb ??= new StringBuilder(256);
        sb.Clear();
        int i = 0;
        while (i < raw.Length)
        {
            int amp = raw[i..].IndexOfAny('&', '\0');
            if (amp < 0) { sb.Append(raw[i..]); break; }
            sb.Append(raw.Slice(i, amp));
            i += amp;
            if (raw[i] == '\0') { i++; continue; }
            i = Reference(raw, i, attribute, sb);
        }
        var s = sb.ToString();
        if (sb.Capacity > 1 << 16) _sb = null;
        return s;
    }

    /// <summary>Decodes the reference at raw[amp] == '&amp;' into <paramref name="sb"/>; returns the index after it.</summary>
    private static int Reference(ReadOnlySpan<char> raw, int amp, bool attribute, StringBuilder sb)
    {
        int p = amp + 1;
        if (p < raw.Length && raw[p] == '#')
        {
            p++;
            bool hex = p < raw.Length && (raw[p] == 'x' || raw[p] == 'X');
            if (hex) p++;
            int digits = p;
            long value = 0;
            while (p < raw.Length && (hex ? char.IsAsciiHexDigit(raw[p]) : char.IsAsciiDigit(raw[p])))
            {
                if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + HexValue(raw[p]);
                p++;
            }
            if (p == digits) { sb.Append('&'); return amp + 1; }
            if (p < raw.Length && raw[p] == ';') p++;
            AppendCodePoint(sb, value);
            return p;
        }
        int start = p;
        while (p < raw.Length && p - start < MaxName && char.IsAsciiLetterOrDigit(raw[p])) p++;
        if (p == start) { sb.Append('&'); return amp + 1; }
        var name = raw[start..p];
        if (p < raw.Length && raw[p] == ';')
        {
            if (Lookup(name) is { } v) { sb.Append(v); return p + 1; }
            sb.Append('&');
            return amp + 1;
        }
        // legacy references without a semicolon: longest known prefix
        foreach (var l in Legacy)
        {
            if (!name.StartsWith(l, StringComparison.Ordinal)) continue;
            int after = start + l.Length;
            if (attribute && after < raw.Length && (char.IsAsciiLetterOrDigit(raw[after]) || raw[after] == '=')) break;
            sb.Append(Lookup(l.AsSpan())!);
            return after;
        }
        sb.Append('&');
        return amp + 1;
    }

    private static string? Lookup(ReadOnlySpan<char> name)
    {
        if (NamedLookup.TryGetValue(name, out var v)) return v.Length == 0 ? null : v;
        var key = name.ToString();
        var probe = "&" + key + ";";
        var decoded = WebUtility.HtmlDecode(probe);
        var value = decoded == probe ? "" : decoded;
        if (Named.Count < MaxCache) Named.TryAdd(key, value);
        return value.Length == 0 ? null : value;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static void AppendCodePoint(StringBuilder sb, long cp)
    {
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { sb.Append('\uFFFD'); return; }
        if (cp >= 0x80 && cp <= 0x9F) { sb.Append(Win1252[cp - 0x80]); return; }
        if (cp < 0x10000) { sb.Append((char)cp); return; }
        sb.Append(char.ConvertFromUtf32((int)cp));
    }
}
