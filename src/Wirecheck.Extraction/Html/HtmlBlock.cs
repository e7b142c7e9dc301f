namespace Wirecheck.Extraction.Html;

using System.Text;
using AngleSharp.Dom;
using Wirecheck.Core.Model;

/// <summary>A run of text owned by one block-level element (a paragraph, heading, list item, quote or cell).</summary>
public sealed class HtmlBlock(IElement owner, BlockKind kind, int index)
{
    public IElement Owner { get; } = owner;
    public BlockKind Kind { get; } = kind;
    public int Index { get; } = index;
    public StringBuilder Builder { get; } = new();
    /// <summary>The text nodes the block was read from, in order.</summary>
    public List<IText> Nodes { get; } = new();
    /// <summary>Where each node's text starts in <see cref="Text"/> (parallel to <see cref="Nodes"/>).</summary>
    public List<int> NodeStarts { get; } = new();
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
