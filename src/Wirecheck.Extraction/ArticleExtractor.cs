namespace Wirecheck.Extraction;

using Wirecheck.Core.Model;
using Wirecheck.Extraction.Html;
using Wirecheck.Extraction.Input;
using Wirecheck.Extraction.Text;

/// <summary>The one entry point from input to <see cref="Article"/>, used by extract, analyze and ingest.</summary>
public static class ArticleExtractor
{
    public static async Task<Article> ReadAsync(string spec, ExtractionOptions options, CancellationToken ct = default)
    {
        var raw = await InputReader.ReadAsync(spec, options, ct);
        return Extract(raw, options, ct);
    }

    public static Article Extract(RawInput raw, ExtractionOptions options, CancellationToken ct = default)
    {
        var warnings = new List<string>();
        var decoded = TextDecoder.Decode(raw.Bytes, raw.ContentType, warnings);
        var info = new InputInfo(raw.Path, raw.Url, raw.Sha256);
        return ExtractString(decoded, raw.Kind, info, options, warnings, ct);
    }

    public static Article ExtractString(string decoded, InputKind kind, InputInfo info, ExtractionOptions options,
        IReadOnlyList<string>? warnings = null, CancellationToken ct = default)
    {
        var article = kind == InputKind.Html
            ? HtmlExtractor.Extract(decoded, info, options, warnings, ct)
            : PlainTextExtractor.Extract(decoded, info, options, warnings);
        if (article.Meta.Url is null && info.Url is not null) article.Meta.Url = info.Url;
        return article;
    }
}
