namespace Wirecheck.Store.Ingest;

using System.IO.Compression;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Wirecheck.Extraction;
using Wirecheck.Extraction.Input;

/// <summary>
/// Turns command-line inputs into <see cref="IngestItem"/>s: directories recursively, files by extension,
/// JSONL lines, feeds (files or URLs; each item's content when full, else its link), and plain URLs.
/// </summary>
public static class SourceLister
{
    private static readonly string[] ArticleExtensions = { ".html", ".htm", ".txt", ".gz", ".jsonl", ".xml", ".rss", ".atom" };

    public static async IAsyncEnumerable<IngestItem> ListAsync(IEnumerable<string> inputs, ExtractionOptions options, IngestOptions ingest,
        [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var input in inputs)
        {
            ct.ThrowIfCancellationRequested();
            if (InputReader.IsUrl(input))
            {
                await foreach (var item in FromUrlAsync(input, options, ct)) yield return item;
            }
            else if (Directory.Exists(input))
            {
                IEnumerable<string> files;
                string? error = null;
                try
                {
                    files = Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                        .Where(IsArticleFile).Order(StringComparer.Ordinal).ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { files = Array.Empty<string>(); error = e.Message; }
                if (error is not null) yield return new IngestItem(input) { Error = error };
                foreach (var f in files)
                    foreach (var item in FromFile(f, ingest)) yield return item;
            }
            else if (File.Exists(input))
            {
                foreach (var item in FromFile(input, ingest)) yield return item;
            }
            else yield return new IngestItem(input) { Error = "no such file, directory or URL" };
        }
    }

    public static bool IsArticleFile(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.')) return false;
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return Array.IndexOf(ArticleExtensions, ext) >= 0;
    }

    private static string InnerExtension(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Path.GetExtension(name).ToLowerInvariant();
    }

    private static IEnumerable<IngestItem> FromFile(string path, IngestOptions ingest)
    {
        var inner = InnerExtension(path);
        if (inner == ".jsonl") return FromJsonl(path, ingest);
        if (inner is ".xml" or ".rss" or ".atom") return FromFeedFile(path);
        return new[] { new IngestItem(path) { FilePath = path } };
    }

    private static IEnumerable<IngestItem> FromFeedFile(string path)
    {
        byte[] bytes;
        string? error = null;
        try { bytes = ReadFile(path, 64L * 1024 * 1024); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or InputException) { bytes = Array.Empty<byte>(); error = e.Message; }
        if (error is not null) return new[] { new IngestItem(path) { Error = error } };
        return FromFeedBytes(path, bytes, null);
    }

    private static IEnumerable<IngestItem> FromJsonl(string path, IngestOptions ingest)
    {
        TextReader reader;
        try
        {
            Stream s = File.OpenRead(path);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) s = new GZipStream(s, CompressionMode.Decompress);
            reader = new StreamReader(s, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return new[] { new IngestItem(path) { Error = e.Message } }; }
        return Lines(path, reader, ingest);
    }

    private static IEnumerable<IngestItem> Lines(string path, TextReader reader, IngestOptions ingest)
    {
        using var _ = reader;
        int lineNo = 0;
        while (true)
        {
            string? line;
            string? readError = null;
            try { line = reader.ReadLine(); }
            catch (Exception e) when (e is IOException or InvalidDataException) { line = null; readError = e.Message; }
            if (readError is not null) { yield return new IngestItem($"{path}:{lineNo + 1}") { Error = readError }; yield break; }
            if (line is null) yield break;
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var origin = $"{path}:{lineNo}";
            if (line.Length > ingest.MaxJsonlLineChars) { yield return new IngestItem(origin) { Error = "line larger than the limit" }; continue; }
            yield return ParseJsonlLine(origin, line);
        }
    }

    /// <summary>One JSONL record: <c>{"url": …, "html": … | "text": …, "published": …}</c>.</summary>
    public static IngestItem ParseJsonlLine(string origin, string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new IngestItem(origin) { Error = "not a JSON object" };
            string? url = Prop(root, "url");
            string? html = Prop(root, "html");
            string? text = Prop(root, "text");
            DateTimeOffset? published = null;
            if (Prop(root, "published") is { } p)
            {
                if (DateTimeOffset.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d)) published = d;
            }
            if (html is null && text is null)
                return url is not null ? new IngestItem(origin) { Url = url, Published = published } : new IngestItem(origin) { Error = "no html, text or url field" };
            var bytes = Encoding.UTF8.GetBytes(html ?? text!);
            return new IngestItem(origin)
            {
                Document = new SourceDocument(origin, bytes, html is not null ? InputKind.Html : InputKind.Text, null, url, published),
            };
        }
        catch (JsonException e) { return new IngestItem(origin) { Error = $"invalid JSON: {e.Message}" }; }
    }

    private static string? Prop(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static async IAsyncEnumerable<IngestItem> FromUrlAsync(string url, ExtractionOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        RawInput? raw = null;
        string? error = null;
        try { raw = await UrlFetcher.FetchAsync(url, options, ct); }
        catch (InputException e) { error = e.Message; }
        if (raw is null) { yield return new IngestItem(url) { Error = error ?? "fetch failed" }; yield break; }
        if (FeedReader.LooksLikeFeed(raw.Bytes, raw.ContentType))
        {
            foreach (var item in FromFeedBytes(url, raw.Bytes, raw.Url ?? url)) yield return item;
            yield break;
        }
        yield return new IngestItem(url) { Document = new SourceDocument(url, raw.Bytes, raw.Kind, null, raw.Url ?? url, null, raw.ContentType) };
    }

    private static IEnumerable<IngestItem> FromFeedBytes(string origin, byte[] bytes, string? feedUrl)
    {
        IReadOnlyList<FeedItem> items;
        try { items = FeedReader.Parse(bytes); }
        catch (Exception e) when (e is FormatException or System.Xml.XmlException or InvalidOperationException) { return new[] { new IngestItem(origin) { Error = $"not a readable feed: {e.Message}" } }; }
        var result = new List<IngestItem>(items.Count);
        int n = 0;
        foreach (var it in items)
        {
            n++;
            var itemOrigin = $"{origin}#{n}";
            string? link = it.Link;
            if (link is not null && feedUrl is not null && Uri.TryCreate(new Uri(feedUrl), link, out var abs)) link = abs.ToString();
            if (FeedReader.TextLength(it.Content) >= FeedReader.FullContentChars)
            {
                var html = $"<html><head><title>{WebUtility.HtmlEncode(it.Title ?? "")}</title></head><body><article><h1>{WebUtility.HtmlEncode(it.Title ?? "")}</h1>{it.Content}</article></body></html>";
                result.Add(new IngestItem(itemOrigin)
                {
                    Document = new SourceDocument(link ?? itemOrigin, Encoding.UTF8.GetBytes(html), InputKind.Html, null, link, it.Published),
                });
            }
            else if (link is not null && InputReader.IsUrl(link)) result.Add(new IngestItem(link) { Url = link, Published = it.Published });
            else result.Add(new IngestItem(itemOrigin) { Error = "feed item has neither full content nor an http(s) link" });
        }
        return result;
    }


    /// <summary>Reads a file (gunzipping .gz) with a size bound.</summary>
    public static byte[] ReadFile(string path, long max)
    {
        using var fs = File.OpenRead(path);
        Stream s = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(fs, CompressionMode.Decompress) : fs;
        using var ms = new MemoryStream();
        var buf = new byte[81920];
        int n;
        while ((n = s.Read(buf)) > 0)
        {
            if (ms.Length + n > max) throw new InputException($"larger than the limit of {max / (1024 * 1024)} MB");
            ms.Write(buf, 0, n);
        }
        if (!ReferenceEquals(s, fs)) s.Dispose();
        return ms.ToArray();
    }
}
