namespace Wirecheck.Extraction.Html;

using System.Text;
using Wirecheck.Core.Model;
using Wirecheck.Extraction.Html.Dom;

/// <summary>
/// Walks the (cleaned) body in document order and cuts its text into blocks, one per run of text owned by a
/// block-level element; whitespace is collapsed; link characters are counted on the way. Iterative (an array
/// stack), so deep nesting cannot overflow the call stack.
/// </summary>
public static class BlockCollector
{
    [ThreadStatic] private static StringBuilder? _sb;

    /// <summary>Exactly the characters <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    internal static readonly System.Buffers.SearchValues<char> WhiteSpace =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    public static bool IsBlock(string localName) => (HtmlTags.FlagsOf(localName) & TagFlags.Block) != 0;

    public static BlockSet Collect(HtmlDocument doc, int root, CancellationToken ct)
    {
        var set = new BlockSet();
        var blocks = set.Blocks;
        var owners = new Stack<int>();
        var sb = _sb ??= new StringBuilder(1024);
        sb.Clear();
        HtmlBlock? current = null;
        bool pendingSpace = false;
        int linkDepth = 0, quoteDepth = 0;
        var open = new Stack<int>();
        int steps = 0;

        void Close()
        {
            if (current is not null)
            {
                int len = sb.Length;
                while (len > 0 && char.IsWhiteSpace(sb[len - 1])) len--;
                if (len > 0)
                {
                    current.Text = sb.ToString(0, len);
                    current.NodeCount = set.NodeIds.Count - current.NodeFirst;
                    blocks.Add(current);
                }
                else
                {
                    set.NodeIds.RemoveRange(current.NodeFirst, set.NodeIds.Count - current.NodeFirst);
                    set.NodeStarts.RemoveRange(current.NodeFirst, set.NodeStarts.Count - current.NodeFirst);
                }
            }
            current = null;
            sb.Clear();
            pendingSpace = false;
        }

        void Enter(int el)
        {
            var name = doc.Name(el);
            if ((doc.Flags(el) & TagFlags.Block) != 0) { Close(); owners.Push(el); }
            if (name == "a") linkDepth++;
            else if (name == "blockquote") quoteDepth++;
            else if (name is "img" or "input") pendingSpace = true;
        }

        void Exit(int el)
        {
            var name = doc.Name(el);
            if (name == "a") linkDepth--;
            else if (name == "blockquote") quoteDepth--;
            if ((doc.Flags(el) & TagFlags.Block) != 0) { Close(); owners.Pop(); }
        }

        Enter(root);
        open.Push(root);
        int cur = doc.FirstChild(root);
        while (open.Count > 0)
        {
            if ((++steps & 4095) == 0) ct.ThrowIfCancellationRequested();
            if (cur < 0)
            {
                int el = open.Pop();
                Exit(el);
                if (el == root) break;
                cur = doc.NextSibling(el);
                continue;
            }
            if (doc.IsRemoved(cur)) { cur = doc.NextSibling(cur); continue; }
            if (!doc.IsText(cur))
            {
                if (doc.Name(cur) is "br" or "hr") { Close(); cur = doc.NextSibling(cur); continue; }
                Enter(cur);
                open.Push(cur);
                cur = doc.FirstChild(cur);
                continue;
            }
            var data = doc.Text(cur);
            int node = cur;
            cur = doc.NextSibling(cur);
            if (data.Length == 0) continue;
            if (current is null)
            {
                if (data.IsWhiteSpace()) continue;
                var owner = owners.Count > 0 ? owners.Peek() : root;
                current = new HtmlBlock(owner, KindOf(doc, owner, quoteDepth > 0), blocks.Count)
                {
                    InBlockquote = quoteDepth > 0, NodeFirst = set.NodeIds.Count,
                };
            }
            int before = sb.Length;
            set.NodeIds.Add(node);
            set.NodeStarts.Add(before);
            // runs of non-space characters are appended whole; a whitespace run becomes one pending space
            var rest = data;
            while (!rest.IsEmpty)
            {
                int ws = rest.IndexOfAny(WhiteSpace);
                if (ws != 0)
                {
                    var run = ws < 0 ? rest : rest[..ws];
                    if (pendingSpace) { if (sb.Length > 0) sb.Append(' '); pendingSpace = false; }
                    sb.Append(run);
                    if (ws < 0) break;
                    rest = rest[ws..];
                }
                int end = rest.IndexOfAnyExcept(WhiteSpace);
                pendingSpace = sb.Length > 0;
                if (end < 0) break;
                rest = rest[end..];
            }
            if (linkDepth > 0)
            {
                current.LinkChars += sb.Length - before;
                if (before == 0) current.StartsWithLink = true;
                if (current.StartsWithLink && current.LeadingLinkChars == before) current.LeadingLinkChars = sb.Length;
            }
        }
        Close();
        if (sb.Capacity > 1 << 20) _sb = null;
        return set;
    }

    private static BlockKind KindOf(HtmlDocument doc, int owner, bool inQuote)
    {
        if (inQuote) return BlockKind.Blockquote;
        return doc.Name(owner) switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
            "li" or "dd" or "dt" => BlockKind.ListItem,
            "blockquote" => BlockKind.Blockquote,
            _ => BlockKind.Paragraph,
        };
    }
}
