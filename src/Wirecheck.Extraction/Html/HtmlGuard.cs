namespace Wirecheck.Extraction.Html;

/// <summary>
/// Bounds what reaches the HTML parser: a page longer than a limit is cut at a tag boundary (with a warning).
/// Nesting depth is bounded by the parser itself (<see cref="Dom.HtmlParser"/>).
/// </summary>
public static class HtmlGuard
{
    public static ReadOnlyMemory<char> Apply(ReadOnlyMemory<char> html, int maxChars, List<string> warnings)
    {
        if (html.Length <= maxChars) return html;
        int cut = html.Span[..(maxChars + 1)].LastIndexOf('<');
        if (cut < maxChars / 2) cut = maxChars;
        warnings.Add($"the page is longer than {maxChars / 1_000_000} million characters; only its beginning was read");
        return html[..cut];
    }
}
