namespace Wirecheck.Extraction.Html;

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Wirecheck.Core.Model;
using Wirecheck.Core.Text;
using Wirecheck.Extraction.Repairs;

/// <summary>
/// HTML to <see cref="Article"/>: metadata, main content (see <see cref="ContentSelector"/>) as blocks, repairs.
/// Every character of the clean text maps back to the decoded HTML through the <see cref="SourceMap"/>.
/// </summary>
public static class HtmlExtractor
{
    /// <summary>Element nesting deeper than this is flattened by the parser's caller (we stop descending).</summary>
    public const int MaxDepth = 2048;

    /// <summary>One parser per thread: building one is costly (its browsing context and services).</summary>
    [ThreadStatic] private static HtmlParser? _parser;

    public static Article Extract(string html, InputInfo info, ExtractionOptions options, IReadOnlyList<string>? warnings, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(options.Timeout);
        var token = cts.Token;
        var extraWarnings = new List<string>();
        int inputLength = html.Length;
        html = HtmlGuard.Apply(html, options.MaxHtmlDepth, options.MaxHtmlChars, extraWarnings);
        var parser = _parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        IDocument doc;
        try { token.ThrowIfCancellationRequested(); doc = parser.ParseDocument(html); }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"HTML parsing took longer than {options.Timeout.TotalSeconds:0} s");
        }
        try
        {
            return Build(doc, html, inputLength, info, options, warnings, extraWarnings, token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"HTML extraction took longer than {options.Timeout.TotalSeconds:0} s");
        }
        finally { doc.Dispose(); }
    }

    private static Article Build(IDocument doc, string html, int inputLength, InputInfo info, ExtractionOptions options, IReadOnlyList<string>? warnings,
        List<string> extraWarnings, CancellationToken ct)
    {
        var meta = new ArticleMeta();
        MetadataReader.Read(doc, meta, info.Url);
        var removed = new List<Removed>();
        var tb = new TextBuilder();
        var blocks = new List<Block>();
        var body = doc.Body;
        if (body is null || body.LocalName == "frameset")
        {
            extraWarnings.Add(body is null ? "the page has no body" : "the page is a frameset: its frames are separate pages and were not fetched");
        }
        else
        {
            var hints = ExtractionHints.Default;
            FlattenDeep(body, extraWarnings, ct);
            DomCleaner.Clean(body, hints, removed, ct);
            var htmlBlocks = BlockCollector.Collect(body, ct);
            var selection = ContentSelector.Select(body, htmlBlocks, hints, meta.Title);
            removed.AddRange(selection.Dropped);
            if (selection.Blocks.Count == 0) extraWarnings.Add("no article text found on the page");
            Write(selection.Blocks, html, tb, blocks, options);
        }
        var article = new Article(tb.ToText(), info, tb.ToSourceMap(inputLength));
        Copy(meta, article.Meta);
        article.Blocks.AddRange(blocks);
        article.Repairs.AddRange(tb.Repairs);
        article.Removed.AddRange(removed);
        if (warnings is not null) article.Warnings.AddRange(warnings);
        article.Warnings.AddRange(extraWarnings);
        return article;
    }

    /// <summary>Writes the kept blocks into the builder, mapping each text node back to the input and applying repairs.</summary>
    private static void Write(List<HtmlBlock> kept, string html, TextBuilder tb, List<Block> blocks, ExtractionOptions options)
    {
        int cursor = 0;
        bool previousOpen = false;
        bool afterHeading = true;
        foreach (var b in kept)
        {
            var text = b.Text;
            if (tb.Length > 0) tb.AppendSynthetic("\n\n");
            int start = tb.Length;
            var positions = new int[b.Nodes.Count];
            var exact = new bool[b.Nodes.Count];
            for (int k = 0; k < b.Nodes.Count; k++)
            {
                var (pos, ok) = Locate(html, b.Nodes[k], cursor);
                positions[k] = pos;
                exact[k] = ok;
                if (pos >= cursor) cursor = ok ? pos + b.Nodes[k].Data.Length : pos;
            }
            if (!options.Verbatim && b.Kind is BlockKind.Paragraph or BlockKind.Blockquote)
            {
                foreach (var r in ParagraphRepairs.Plan(text, previousOpen, allowDropCap: afterHeading))
                    tb.AppendRepair(r.Kind, "", r.Insert, positions.Length > 0 ? positions[0] : 0, r.Note);
            }
            for (int k = 0; k < b.Nodes.Count; k++)
            {
                int s = Math.Min(b.NodeStarts[k], text.Length);
                int e = k + 1 < b.Nodes.Count ? Math.Min(b.NodeStarts[k + 1], text.Length) : text.Length;
                if (e <= s) continue;
                var piece = text.AsSpan(s, e - s);
                var data = b.Nodes[k].Data;
                if (exact[k] && piece.SequenceEqual(data.AsSpan())) tb.AppendFromInput(piece, positions[k]);
                else if (exact[k] && piece.Length > 0 && piece[0] == ' ' && piece[1..].SequenceEqual(data.AsSpan()))
                {
                    tb.AppendMapped(" ", positions[k], 0);
                    tb.AppendFromInput(piece[1..], positions[k]);
                }
                else tb.AppendMapped(piece, positions[k], exact[k] ? data.Length : 0);
            }
            tb.TrimEnd();
            if (tb.Length > start)
            {
                blocks.Add(new Block(start, tb.Length, b.Kind));
                if (b.Kind is BlockKind.Paragraph or BlockKind.Blockquote) previousOpen = ParagraphRepairs.LeavesQuoteOpen(text);
                afterHeading = b.Kind == BlockKind.Heading;
            }
        }
    }

    /// <summary>Finds a text node's raw text in the input at or after its parent's start tag; (position, exact?).</summary>
    private static (int Pos, bool Exact) Locate(string html, IText node, int cursor)
    {
        int from = cursor;
        if (node.ParentElement?.SourceReference is { } sr)
        {
            int idx = sr.Position.Index;
            if (idx > from && idx < html.Length) from = idx;
        }
        from = Math.Clamp(from, 0, html.Length);
        var data = node.Data;
        int probe = Math.Min(data.Length, 48);
        if (probe == 0) return (from, false);
        int window = Math.Min(html.Length - from, 65536);
        int found = html.AsSpan(from, window).IndexOf(data.AsSpan(0, probe), StringComparison.Ordinal);
        if (found < 0) return (from, false);
        int pos = from + found;
        bool exact = pos + data.Length <= html.Length && html.AsSpan(pos, data.Length).SequenceEqual(data.AsSpan());
        return (pos, exact);
    }

    /// <summary>Drops the content of elements nested deeper than <see cref="MaxDepth"/> (a pathological page).</summary>
    private static void FlattenDeep(IElement body, List<string> warnings, CancellationToken ct)
    {
        var stack = new Stack<(IElement El, int Depth)>();
        stack.Push((body, 0));
        int steps = 0;
        bool cut = false;
        while (stack.Count > 0)
        {
            if ((++steps & 4095) == 0) ct.ThrowIfCancellationRequested();
            var (el, depth) = stack.Pop();
            if (depth >= MaxDepth)
            {
                while (el.FirstChild is { } c) el.RemoveChild(c);
                cut = true;
                continue;
            }
            for (var c = el.FirstElementChild; c is not null; c = c.NextElementSibling) stack.Push((c, depth + 1));
        }
        if (cut) warnings.Add($"elements nested deeper than {MaxDepth} levels were dropped");
    }

    private static void Copy(ArticleMeta from, ArticleMeta to)
    {
        to.Title = from.Title;
        to.Subtitle = from.Subtitle;
        to.Authors.AddRange(from.Authors);
        to.Published = from.Published;
        to.Modified = from.Modified;
        to.Site = from.Site;
        to.Url = from.Url;
        to.Language = from.Language;
    }
}
