namespace Wirecheck.Extraction.Text;

using Wirecheck.Core.Model;
using Wirecheck.Core.Text;

/// <summary>
/// Plain text to <see cref="Article"/>: one block per non-empty line (or per paragraph separated by
/// blank lines when the text is hard-wrapped), the first line as the title when it reads like a
/// headline, short standalone lines told apart as headings or page debris.
/// </summary>
public static class PlainTextExtractor
{
    public static Article Extract(string input, InputInfo info, ExtractionOptions options, IReadOnlyList<string>? warnings = null)
    {
        if (options.Verbatim) return Verbatim(input, info, warnings);
        var lines = LineSplitter.Split(input);
        var classified = LineClassifier.Classify(input, lines);
        var tb = new TextBuilder();
        var blocks = new List<Block>();
        var removed = new List<Removed>();
        string? title = null;
        foreach (var line in classified)
        {
            var text = input.AsSpan(line.Start, line.End - line.Start);
            switch (line.Role)
            {
                case LineRole.Title:
                    title = text.ToString();
                    continue;
                case LineRole.Debris:
                    removed.Add(new Removed(line.RemovedKind ?? "debris", text.ToString()));
                    continue;
            }
            if (tb.Length > 0) tb.AppendSynthetic("\n\n");
            int start = tb.Length;
            line.Repair?.Invoke(tb, input, line);
            if (line.Repair is null) tb.AppendFromInput(text, line.Start);
            blocks.Add(new Block(start, tb.Length, line.Role == LineRole.Heading ? BlockKind.Heading : line.Kind));
        }
        var article = new Article(tb.ToText(), info, tb.ToSourceMap(input.Length));
        article.Meta.Title = title;
        article.Blocks.AddRange(blocks);
        article.Repairs.AddRange(tb.Repairs);
        article.Removed.AddRange(removed);
        if (warnings is not null) article.Warnings.AddRange(warnings);
        return article;
    }

    /// <summary>The input is the text: one paragraph block per line, nothing removed or changed.</summary>
    public static Article Verbatim(string input, InputInfo info, IReadOnlyList<string>? warnings = null)
    {
        var article = new Article(input, info);
        foreach (var l in LineSplitter.Split(input))
            article.Blocks.Add(new Block(l.Start, l.End, BlockKind.Paragraph));
        if (warnings is not null) article.Warnings.AddRange(warnings);
        return article;
    }
}
