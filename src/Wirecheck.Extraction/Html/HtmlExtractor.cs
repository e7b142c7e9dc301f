namespace Wirecheck.Extraction.Html;

using AngleSharp.Html.Parser;
using Wirecheck.Core.Model;
using Wirecheck.Extraction.Text;

/// <summary>HTML to <see cref="Article"/>: main content, metadata and repairs.</summary>
public static class HtmlExtractor
{
    public static Article Extract(string html, InputInfo info, ExtractionOptions options, IReadOnlyList<string>? warnings, CancellationToken ct)
    {
        var parser = new HtmlParser();
        var doc = parser.ParseDocument(html);
        var body = doc.Body?.TextContent ?? "";
        var article = PlainTextExtractor.Extract(body, info, options with { Verbatim = true }, warnings);
        article.Meta.Title = doc.Title;
        return article;
    }
}
