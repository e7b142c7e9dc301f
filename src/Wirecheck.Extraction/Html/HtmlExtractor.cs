namespace Wirecheck.Extraction.Html;

using Wirecheck.Core.Model;
using Wirecheck.Core.Text;
using Wirecheck.Extraction.Html.Dom;
using Wirecheck.Extraction.Repairs;

/// <summary>
/// HTML to <see cref="Article"/>: metadata, main content (see <see cref="ContentSelector"/>) as blocks, repairs.
/// Every character of the clean text maps back to the decoded HTML through the <see cref="SourceMap"/>.
/// </summary>
public static class HtmlExtractor
{
    public static Article Extract(string html, InputInfo info, ExtractionOptions options, IReadOnlyList<string>? warnings, CancellationToken ct) =>
        Extract(html.AsMemory(), info, options, warnings, ct);

    /// <summary>Extracts from decoded HTML in any char buffer (nothing of the article refers to it afterwards).</summary>
    public static Article Extract(ReadOnlyMemory<char> html, InputInfo info, ExtractionOptions options, IReadOnlyList<string>? warnings, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(options.Timeout);
        var token = cts.Token;
        var extraWarnings = new List<string>();
        int inputLength = html.Length;
        html = HtmlGuard.Apply(html, options.MaxHtmlChars, extraWarnings);
        try
        {
            using var doc = HtmlParser.Parse(html, options.MaxHtmlDepth, token);
            if (doc.DroppedDeepTags > 0)
                extraWarnings.Add($"{doc.DroppedDeepTags} tags nested deeper than {options.MaxHtmlDepth} levels were ignored");
            return Build(doc, inputLength, info, options, warnings, extraWarnings, token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"HTML extraction took longer than {options.Timeout.TotalSeconds:0} s");
        }
    }

    private static Article Build(HtmlDocument doc, int inputLength, InputInfo info, ExtractionOptions options, IReadOnlyList<string>? warnings,
        List<string> extraWarnings, CancellationToken ct)
    {
        var meta = new ArticleMeta();
        MetadataReader.Read(doc, meta, info.Url);
        var removed = new List<Removed>();
        var tb = new TextBuilder();
        var blocks = new List<Block>();
        int body = doc.Body;
        if (doc.Name(body) == "frameset")
        {
            extraWarnings.Add("the page is a frameset: its frames are separate pages and were not fetched");
        }
        else
        {
            var hints = ExtractionHints.Default;
            DomCleaner.Clean(doc, body, hints, removed, ct);
            var set = BlockCollector.Collect(doc, body, ct);
            var selection = ContentSelector.Select(doc, body, set.Blocks, hints, meta.Title);
            removed.AddRange(selection.Dropped);
            if (selection.Blocks.Count == 0) extraWarnings.Add("no article text found on the page");
            Write(doc, set, selection.Blocks, tb, blocks, options);
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

    /// <summary>
    /// Writes the kept blocks into the builder, mapping each text node back to the input (every text node knows
    /// its source span) and applying repairs.
    /// </summary>
    private static void Write(HtmlDocument doc, BlockSet set, List<HtmlBlock> kept, TextBuilder tb, List<Block> blocks, ExtractionOptions options)
    {
        bool previousOpen = false;
        bool afterHeading = true;
        foreach (var b in kept)
        {
            var text = b.Text;
            if (tb.Length > 0) tb.AppendSynthetic("\n\n");
            int start = tb.Length;
            if (!options.Verbatim && b.Kind is BlockKind.Paragraph or BlockKind.Blockquote)
            {
                int first = b.NodeCount > 0 ? doc.SourceStart(set.NodeIds[b.NodeFirst]) : 0;
                foreach (var r in ParagraphRepairs.Plan(text, previousOpen, allowDropCap: afterHeading))
                    tb.AppendRepair(r.Kind, "", r.Insert, first, r.Note);
            }
            for (int k = 0; k < b.NodeCount; k++)
            {
                int j = b.NodeFirst + k;
                int s = Math.Min(set.NodeStarts[j], text.Length);
                int e = k + 1 < b.NodeCount ? Math.Min(set.NodeStarts[j + 1], text.Length) : text.Length;
                if (e <= s) continue;
                var piece = text.AsSpan(s, e - s);
                int node = set.NodeIds[j];
                int pos = doc.SourceStart(node);
                if (!doc.IsVerbatim(node)) { tb.AppendMapped(piece, pos, doc.SourceLength(node)); continue; }
                var data = doc.Text(node);
                if (piece.SequenceEqual(data)) tb.AppendFromInput(piece, pos);
                else if (piece.Length > 0 && piece[0] == ' ' && piece[1..].SequenceEqual(data))
                {
                    tb.AppendMapped(" ", pos, 0);
                    tb.AppendFromInput(piece[1..], pos);
                }
                else tb.AppendMapped(piece, pos, data.Length);
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
