namespace Wirecheck.Extraction.Html;

/// <summary>The blocks of a page in document order, with the text nodes each was read from.</summary>
public sealed class BlockSet
{
    public List<HtmlBlock> Blocks { get; } = new();
    /// <summary>Text node indexes, block after block (see <see cref="HtmlBlock.NodeFirst"/>).</summary>
    public List<int> NodeIds { get; } = new();
    /// <summary>Where each node's text starts in its block's <see cref="HtmlBlock.Text"/> (parallel to <see cref="NodeIds"/>).</summary>
    public List<int> NodeStarts { get; } = new();
}
