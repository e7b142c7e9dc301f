namespace Wirecheck.Extraction.Html.Dom;

/// <summary>What the parser and the extraction need to know about a tag name.</summary>
[Flags]
public enum TagFlags
{
    None = 0,
    /// <summary>Never has content (br, img, meta, …).</summary>
    Void = 1 << 0,
    /// <summary>Content is raw text up to the matching end tag (script, style, …).</summary>
    RawText = 1 << 1,
    /// <summary>Raw text with character references (title, textarea).</summary>
    RcData = 1 << 2,
    /// <summary>Its start tag closes an open &lt;p&gt; (div, ul, h1, table, …).</summary>
    ClosesP = 1 << 3,
    /// <summary>"Special" in the HTML spec: a stray end tag of another name does not close it.</summary>
    Special = 1 << 4,
    /// <summary>Belongs in &lt;head&gt; when it comes before the body.</summary>
    HeadContent = 1 << 5,
    /// <summary>h1 … h6.</summary>
    Heading = 1 << 6,
    /// <summary>Bounds the default element scope (html, table, td, th, caption, object, …).</summary>
    Scope = 1 << 7,
    /// <summary>A block for text collection: its text is a block of its own.</summary>
    Block = 1 << 8,
    /// <summary>Never article text: removed with everything in it.</summary>
    Never = 1 << 9,
    /// <summary>Page furniture by its name (nav, aside, footer, header, figure, menu).</summary>
    Structural = 1 << 10,
    /// <summary>Foreign content roots (svg, math).</summary>
    Foreign = 1 << 11,
    /// <summary>Block end tags that close only an element in (default) scope.</summary>
    ScopedEnd = 1 << 12,
    /// <summary>Read by the metadata reader (meta, script, title, h1, time, link): listed while parsing.</summary>
    Metadata = 1 << 13,
}
