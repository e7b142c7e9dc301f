namespace Wirecheck.Extraction.Html;

using AngleSharp.Dom;
using Wirecheck.Core.Model;

/// <summary>
/// Walks the (cleaned) body in document order and cuts its text into blocks, one per run of text owned by a
/// block-level element; whitespace is collapsed. Iterative, so deep nesting cannot overflow the stack.
/// </summary>
public static class BlockCollector
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
        "td", "th", "ul", "caption", "html", "menu", "legend", "br",
    };

    public static bool IsBlock(string localName) => BlockTags.Contains(localName);

    public static List<HtmlBlock> Collect(IElement root, CancellationToken ct)
    {
        var blocks = new List<HtmlBlock>();
        var owners = new Stack<IElement>();
        HtmlBlock? current = null;
        bool pendingSpace = false;
        int linkDepth = 0, quoteDepth = 0;
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        int steps = 0;

        void Close()
        {
            if (current is not null)
            {
                var t = current.Builder.ToString().TrimEnd();
                current.Text = t;
                if (t.Length > 0) blocks.Add(current);
            }
            current = null;
            pendingSpace = false;
        }

        while (stack.Count > 0)
        {
            if ((++steps & 4095) == 0) ct.ThrowIfCancellationRequested();
            var (node, exit) = stack.Pop();
            if (node is IElement el)
            {
                var name = el.LocalName;
                bool block = BlockTags.Contains(name);
                bool link = name == "a";
                if (exit)
                {
                    if (link) linkDepth--;
                    if (name == "blockquote") quoteDepth--;
                    if (block) { Close(); owners.Pop(); }
                    continue;
                }
                if (name == "br" || name == "hr") { Close(); continue; }
                if (block) { Close(); owners.Push(el); }
                if (link) linkDepth++;
                if (name == "blockquote") quoteDepth++;
                stack.Push((el, true));
                for (var c = el.LastChild; c is not null; c = c.PreviousSibling) stack.Push((c, false));
                if (!block && !link && name is "img" or "input") pendingSpace = true;
                continue;
            }
            if (exit || node is not IText text) continue;
            var data = text.Data;
            if (data.Length == 0) continue;
            if (current is null)
            {
                if (data.AsSpan().IsWhiteSpace()) continue;
                var owner = owners.Count > 0 ? owners.Peek() : root;
                current = new HtmlBlock(owner, KindOf(owner, quoteDepth > 0), blocks.Count) { InBlockquote = quoteDepth > 0 };
            }
            var sb = current.Builder;
            int before = sb.Length;
            current.Nodes.Add(text);
            current.NodeStarts.Add(before);
            foreach (var ch in data)
            {
                if (char.IsWhiteSpace(ch)) { pendingSpace = sb.Length > 0; continue; }
                if (pendingSpace) { if (sb.Length > 0) sb.Append(' '); pendingSpace = false; }
                sb.Append(ch);
            }
            if (linkDepth > 0)
            {
                current.LinkChars += sb.Length - before;
                if (before == 0) current.StartsWithLink = true;
                if (current.StartsWithLink && current.LeadingLinkChars == before) current.LeadingLinkChars = sb.Length;
            }
        }
        Close();
        return blocks;
    }

    private static BlockKind KindOf(IElement owner, bool inQuote)
    {
        if (inQuote) return BlockKind.Blockquote;
        return owner.LocalName switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
            "li" or "dd" or "dt" => BlockKind.ListItem,
            "blockquote" => BlockKind.Blockquote,
            _ => BlockKind.Paragraph,
        };
    }
}
