namespace Wirecheck.Extraction.Html;

/// <summary>
/// Bounds what reaches the HTML parser, whose tree building slows down badly on pathological nesting:
/// tags nested deeper than a limit are blanked out (replaced by spaces of the same length, so that every
/// offset still maps to the input), and a page longer than a limit is cut at a tag boundary.
/// One linear scan; the input is copied only when something is changed.
/// </summary>
public static class HtmlGuard
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "frame", "keygen", "!doctype",
    };

    // elements that close their open sibling: they do not nest in practice
    private static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead", "tfoot", "optgroup", "rb", "rt", "rp",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    public static string Apply(string html, int maxDepth, int maxChars, List<string> warnings)
    {
        if (html.Length > maxChars)
        {
            int cut = html.LastIndexOf('<', maxChars);
            if (cut < maxChars / 2) cut = maxChars;
            html = html[..cut];
            warnings.Add($"the page is longer than {maxChars / 1_000_000} million characters; only its beginning was read");
        }
        char[]? copy = null;
        int depth = 0, blanked = 0;
        int i = 0, n = html.Length;
        while (i < n)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n) break;
            char c = html[lt + 1];
            if (c == '!')
            {
                int end = html.AsSpan(lt).StartsWith("<!--") ? html.IndexOf("-->", lt + 4, StringComparison.Ordinal) : html.IndexOf('>', lt);
                if (end < 0) break;
                i = end + 1;
                continue;
            }
            bool closing = c == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= n || !char.IsAsciiLetter(html[nameStart])) { i = lt + 1; continue; }
            int p = nameStart;
            while (p < n && (char.IsAsciiLetterOrDigit(html[p]) || html[p] == '-' || html[p] == ':')) p++;
            var name = html.AsSpan(nameStart, p - nameStart).ToString();
            int gt = TagEnd(html, p);
            if (gt < 0) break;
            bool selfClose = html[gt - 1] == '/';
            i = gt + 1;
            if (closing)
            {
                if (Void.Contains(name) || SelfClosing.Contains(name)) continue;
                if (depth > maxDepth) { Blank(ref copy, html, lt, gt); blanked++; }
                if (depth > 0) depth--;
                continue;
            }
            if (RawText.Contains(name))
            {
                int close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? n : close;
                continue;
            }
            if (Void.Contains(name) || selfClose || SelfClosing.Contains(name)) continue;
            depth++;
            if (depth > maxDepth) { Blank(ref copy, html, lt, gt); blanked++; }
        }
        if (blanked > 0) warnings.Add($"{blanked} tags nested deeper than {maxDepth} levels were ignored");
        return copy is null ? html : new string(copy);
    }

    private static int TagEnd(string html, int from)
    {
        char quote = '\0';
        for (int i = from; i < html.Length; i++)
        {
            char c = html[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '"' or '\'') { if (html[i - 1] == '=' || char.IsWhiteSpace(html[i - 1])) quote = c; continue; }
            if (c == '>') return i;
        }
        return -1;
    }

    private static void Blank(ref char[]? copy, string html, int start, int end)
    {
        copy ??= html.ToCharArray();
        for (int k = start; k <= end; k++) copy[k] = ' ';
    }
}
