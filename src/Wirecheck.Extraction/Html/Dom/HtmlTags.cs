namespace Wirecheck.Extraction.Html.Dom;

/// <summary>The known tag names (lowercase, interned once) and their <see cref="TagFlags"/>.</summary>
public static class HtmlTags
{
    private static readonly Dictionary<string, TagFlags> Table = Build();
    private static readonly Dictionary<string, TagFlags>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic] private static Dictionary<string, string>? _unknown;

    /// <summary>The interned lowercase name of a tag and its flags; unknown names are lowercased (cached per thread).</summary>
    public static string Intern(ReadOnlySpan<char> raw, out TagFlags flags)
    {
        // names are nearly always lowercase already: an ordinal lookup first, lowercasing only on a miss
        if (Lookup.TryGetValue(raw, out var name, out flags)) return name;
        Span<char> buf = stackalloc char[64];
        var lower = raw.Length <= 64 ? buf[..raw.Length] : new char[raw.Length];
        raw.ToLowerInvariant(lower);
        if (!lower.SequenceEqual(raw) && Lookup.TryGetValue(lower, out name, out flags)) return name;
        flags = TagFlags.None;
        var cache = _unknown ??= new Dictionary<string, string>();
        var alt = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (alt.TryGetValue(lower, out var known)) return known;
        var s = lower.ToString();
        if (cache.Count > 4096) cache.Clear();
        cache[s] = s;
        return s;
    }

    public static TagFlags FlagsOf(string name) => Table.TryGetValue(name, out var f) ? f : TagFlags.None;

    private static Dictionary<string, TagFlags> Build()
    {
        var t = new Dictionary<string, TagFlags>(StringComparer.Ordinal);
        void Add(TagFlags f, params string[] names)
        {
            foreach (var n in names) t[n] = t.GetValueOrDefault(n) | f;
        }
        Add(TagFlags.Void, "area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "image", "input", "keygen",
            "link", "meta", "param", "source", "track", "wbr", "frame");
        Add(TagFlags.RawText, "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext", "template");
        Add(TagFlags.RcData, "title", "textarea");
        Add(TagFlags.ClosesP, "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
            "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search",
            "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt",
            "plaintext", "table", "hr", "xmp");
        Add(TagFlags.ScopedEnd, "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir",
            "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav",
            "ol", "pre", "search", "section", "summary", "ul", "form");
        Add(TagFlags.Special, "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote",
            "body", "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
            "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
            "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main",
            "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext",
            "pre", "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td", "template",
            "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");
        Add(TagFlags.HeadContent, "meta", "link", "title", "script", "style", "base", "basefont", "bgsound", "noscript", "template");
        Add(TagFlags.Heading, "h1", "h2", "h3", "h4", "h5", "h6");
        Add(TagFlags.Scope, "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template");
        Add(TagFlags.Block, "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
            "tr", "td", "th", "ul", "caption", "html", "menu", "legend", "br");
        Add(TagFlags.Never, "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
            "select", "option", "button", "input", "textarea", "head", "title", "meta", "link", "picture", "video", "audio",
            "source", "track", "map", "dialog", "figcaption", "label", "frame", "frameset");
        Add(TagFlags.Structural, "nav", "aside", "footer", "header", "figure", "menu");
        Add(TagFlags.Foreign, "svg", "math");
        Add(TagFlags.Metadata, "meta", "script", "title", "h1", "time", "link");
        // other names worth interning (no flags): formatting and table parts
        Add(TagFlags.None, "a", "b", "i", "em", "strong", "span", "small", "u", "s", "sub", "sup", "time", "font", "code",
            "abbr", "cite", "q", "mark", "tbody", "thead", "tfoot", "tr", "td", "th", "option", "optgroup", "label", "picture",
            "video", "audio", "canvas", "map", "path", "g", "use", "symbol", "defs", "rect", "circle", "polygon", "line",
            "clippath", "lineargradient", "stop", "ins", "del", "big", "nobr", "strike", "tt", "var", "kbd", "samp", "dfn",
            "bdi", "bdo", "data", "output", "progress", "meter", "rp", "rt", "ruby", "slot", "legend", "caption", "colgroup",
            "address");
        return t;
    }
}
