namespace Wirecheck.Store.Ingest;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Wirecheck.Core.Json;
using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;
using Wirecheck.Extraction;
using Wirecheck.Extraction.Input;
using Wirecheck.Store.Rows;

/// <summary>Extraction, analysis and packing of one document: the CPU-heavy part, safe to run in parallel.</summary>
public static class ArticlePreparer
{
    public static Article Analyze(SourceDocument doc, ExtractionOptions options, Pipeline pipeline, CancellationToken ct)
    {
        var article = Extract(doc, options, ct);
        pipeline.Run(article, ct);
        return article;
    }

    /// <summary>The article (text, metadata) of a document, before any pipeline stage.</summary>
    public static Article Extract(SourceDocument doc, ExtractionOptions options, CancellationToken ct)
    {
        var raw = new RawInput(doc.Bytes, doc.Path, doc.Url, doc.ContentType, doc.Kind);
        var article = ArticleExtractor.Extract(raw, options, ct);
        if (article.Meta.Published is null && doc.Published is not null) article.Meta.Published = doc.Published;
        if (article.Meta.Url is null && doc.Url is not null) article.Meta.Url = doc.Url;
        return article;
    }

    public static PreparedArticle Prepare(SourceDocument doc, Article article, string pipelineVersion)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        using (var w = new System.Text.Json.Utf8JsonWriter(buffer, ContractWriter.Compact))
            ContractWriter.Write(w, article);
        var json = buffer.WrittenSpan;
        var url = article.Meta.Url ?? doc.Url;
        return new PreparedArticle
        {
            UrlKey = doc.UrlKey,
            ContentHash = doc.ContentHash,
            TextHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Text))),
            Url = url,
            Path = doc.Path,
            Title = article.Meta.Title,
            Site = article.Meta.Site ?? HostOf(url),
            Published = FormatDate(article.Meta.Published),
            RawKind = doc.Kind == InputKind.Html ? "html" : "text",
            RawPacked = Compression.Pack(doc.Bytes),
            RawSize = doc.Bytes.Length,
            AnalysisPacked = Compression.Pack(json),
            PipelineVersion = pipelineVersion,
            Text = article.Text,
            SimHash = SimHash.Compute(article.Text),
            Rows = RowBuilder.Build(article),
        };
    }

    public static string? FormatDate(DateTimeOffset? d) =>
        d?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var u)) return null;
        var h = u.Host.ToLowerInvariant();
        return h.StartsWith("www.", StringComparison.Ordinal) ? h[4..] : h;
    }
}
