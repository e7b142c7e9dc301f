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
        var info = new InputInfo(raw.Path, raw.Url, raw.Sha256);
        if (raw.Kind == InputKind.Html)
        {
            // HTML is decoded into a pooled buffer: the page itself never becomes a (large) string
            using var html = TextDecoder.DecodePooled(raw.Bytes, raw.ContentType, warnings);
            var article = HtmlExtractor.Extract(html.Memory, info, options, warnings, ct);
            if (article.Meta.Url is null && info.Url is not null) article.Meta.Url = info.Url;
            return article;
        }
        var decoded = TextDecoder.Decode(raw.Bytes, raw.ContentType, warnings);
        return ExtractString(decoded, raw.Kind, info, options, warnings, ct);
    }

    public static Article ExtractString(string decoded, InputKind kind, InputInfo info, ExtractionOptions options,
        IReadOnlyList<string>? warnings = null, CancellationToken ct = default)
    {
        var article = kind == InputKind.Html
            ? HtmlExtractor.Extract(decoded.AsMemory(), info, options, warnings, ct)
            : PlainTextExtractor.Extract(decoded, info, options, warnings);
        if (article.Meta.Url is null && info.Url is not null) article.Meta.Url = info.Url;
        return article;
    }
}
