namespace Wirecheck.Extraction.Html;

using Wirecheck.Core.Model;

/// <summary>A run of text owned by one block-level element (a paragraph, heading, list item, quote or cell).</summary>
public sealed class HtmlBlock(int owner, BlockKind kind, int index)
{
    /// <summary>The owning element's node index in the <see cref="Dom.HtmlDocument"/>.</summary>
    public int Owner { get; } = owner;
    public BlockKind Kind { get; } = kind;
    public int Index { get; } = index;
    /// <summary>The text nodes the block was read from: <see cref="BlockSet.NodeIds"/>[NodeFirst .. NodeFirst + NodeCount).</summary>
    public int NodeFirst { get; init; }
    public int NodeCount { get; set; }
    public int LinkChars { get; set; }
    /// <summary>The block's first characters are link text (a teaser headline followed by its excerpt).</summary>
    public bool StartsWithLink { get; set; }
    /// <summary>Characters of the leading link.</summary>
    public int LeadingLinkChars { get; set; }
    public bool InBlockquote { get; init; }
    public string Text { get; set; } = "";
    public int Length => Text.Length;
    /// <summary>A teaser: a link headline of some length, then a little text.</summary>
    public bool IsTeaser => StartsWithLink && LeadingLinkChars >= 30 && LinkDensity >= 0.2;
    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1.0, (double)LinkChars / Text.Length);
}
