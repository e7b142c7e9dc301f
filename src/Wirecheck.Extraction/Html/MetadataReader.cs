namespace Wirecheck.Extraction.Html;

using System.Globalization;
using System.Text.Json;
using Wirecheck.Core.Model;
using Wirecheck.Extraction.Html.Dom;

/// <summary>
/// Reads article metadata from, in order of trust: JSON-LD (NewsArticle and kin), OpenGraph and article:* meta,
/// other meta tags (author, date, Dublin Core, parsely), <c>&lt;time&gt;</c>, and a date in the URL.
/// The title loses its site suffix ("… | Site", "… - Site").
/// </summary>
public static class MetadataReader
{
    private const int MaxJsonLdChars = 1_000_000;

    /// <summary>The meta names and properties read below; other meta tags are skipped without a copy.</summary>
    private static readonly HashSet<string> Wanted = new(StringComparer.OrdinalIgnoreCase)
    {
        "article:author", "author", "og:site_name", "application-name", "twitter:site", "og:title", "twitter:title", "title",
        "dc.title", "sailthru.title", "og:description", "description", "twitter:description", "parsely-author",
        "sailthru.author", "dc.creator", "byl", "article:published_time", "og:published_time", "datePublished", "pubdate",
        "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date",
        "sailthru.date", "article.published", "published_time", "article:modified_time", "og:updated_time", "dateModified",
        "last-modified", "dcterms.modified", "article.updated", "og:url", "og:locale", "content-language", "language",
        "dc.language",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WantedLookup = Wanted.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Read(HtmlDocument doc, ArticleMeta meta, string? inputUrl)
    {
        // keys are the canonical strings of Wanted: an ordinal dictionary is enough
        var metas = new Dictionary<string, string>(StringComparer.Ordinal);
        var articleAuthors = new List<string>();
        var ld = new JsonLd();
        int title = -1, h1 = -1, canonical = -1;
        string? timeDate = null;
        foreach (int i in doc.MetadataNodes)
        {
            var name = doc.Name(i);
            switch (name)
            {
                case "meta":
                {
                    int k = doc.FindAttr(i, "property");
                    if (k < 0) k = doc.FindAttr(i, "name");
                    if (k < 0) k = doc.FindAttr(i, "itemprop");
                    int c = doc.FindAttr(i, "content");
                    if (k < 0 || c < 0) break;
                    var keySpan = doc.AttrValueSpan(k).Trim();
                    if (keySpan.IsEmpty || !WantedLookup.TryGetValue(keySpan, out var key)) break;
                    var content = doc.AttrValue(c).Trim();
                    if (content.Length == 0) break;
                    if (key.Equals("article:author", StringComparison.OrdinalIgnoreCase) || key.Equals("author", StringComparison.OrdinalIgnoreCase))
                        if (!content.StartsWith("http", StringComparison.OrdinalIgnoreCase)) articleAuthors.Add(content);
                    metas.TryAdd(key, content);
                    break;
                }
                case "script":
                {
                    int t = doc.FindAttr(i, "type");
                    if (t < 0 || !doc.AttrValueSpan(t).Equals("application/ld+json", StringComparison.OrdinalIgnoreCase)) break;
                    int child = doc.FirstChild(i);
                    if (child < 0 || !doc.IsText(child)) break;
                    int len = doc.SourceLength(child);
                    if (len > MaxJsonLdChars) break;
                    try
                    {
                        using var jd = JsonDocument.Parse(doc.Source.Slice(doc.SourceStart(child), len),
                            new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                        ld.Visit(jd.RootElement, 0);
                    }
                    catch (JsonException) { }
                    break;
                }
                case "title":
                    if (title < 0 && !doc.InForeign(i)) title = i;
                    break;
                case "h1":
                    if (h1 < 0) h1 = i;
                    break;
                case "time":
                    if (timeDate is null && doc.GetAttr(i, "datetime") is { } dt && ParseDate(dt) is not null) timeDate = dt;
                    break;
                case "link":
                    if (canonical < 0 && doc.Parent(i) == doc.Head && doc.FindAttr(i, "rel") is var r and >= 0
                        && doc.AttrValueSpan(r).Equals("canonical", StringComparison.OrdinalIgnoreCase)) canonical = i;
                    break;
            }
        }

        string? site = ld.Publisher ?? Get(metas, "og:site_name", "application-name", "twitter:site");
        if (site is not null && site.StartsWith('@')) site = site[1..];
        meta.Site ??= site;

        string? docTitle = title < 0 ? null : Collapse(doc.TextContent(title));
        var rawTitle = ld.Headline ?? Get(metas, "og:title", "twitter:title", "title", "dc.title", "sailthru.title") ?? docTitle;
        var h1Text = h1 < 0 ? null : doc.TextContent(h1);
        meta.Title ??= CleanTitle(rawTitle, site, h1Text is null ? null : Collapse(h1Text));

        meta.Subtitle ??= Get(metas, "og:description", "description", "twitter:description") ?? ld.Description;

        var authors = ld.Authors.Count > 0 ? ld.Authors : articleAuthors;
        if (authors.Count == 0 && Get(metas, "parsely-author", "sailthru.author", "dc.creator", "byl") is { } a) authors = new List<string> { StripBy(a) };
        foreach (var name in authors.Select(StripBy).Where(n => n.Length is > 1 and < 100).Distinct(StringComparer.OrdinalIgnoreCase))
            meta.Authors.Add(name);

        meta.Published ??= ParseDate(ld.Published) ?? ParseDate(Get(metas, "article:published_time", "og:published_time", "datePublished",
            "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date",
            "sailthru.date", "article.published", "published_time"));
        meta.Modified ??= ParseDate(ld.Modified) ?? ParseDate(Get(metas, "article:modified_time", "og:updated_time", "dateModified",
            "last-modified", "dcterms.modified", "article.updated"));
        if (meta.Published is null && timeDate is not null) meta.Published = ParseDate(timeDate);

        var canonicalUrl = (canonical < 0 ? null : doc.GetAttr(canonical, "href")) ?? Get(metas, "og:url") ?? ld.Url;
        if (canonicalUrl is not null && Uri.TryCreate(canonicalUrl, UriKind.Absolute, out var cu) && cu.Scheme is "http" or "https")
            meta.Url ??= cu.ToString();
        meta.Url ??= inputUrl;
        meta.Published ??= DateFromUrl(meta.Url);

        var lang = (doc.Html >= 0 ? doc.GetAttr(doc.Html, "lang") : null) ?? Get(metas, "og:locale", "content-language", "language", "dc.language") ?? ld.Language;
        if (!string.IsNullOrWhiteSpace(lang)) meta.Language ??= lang.Trim().Replace('_', '-').Split('-')[0].ToLowerInvariant();
    }

    private static string? Get(Dictionary<string, string> metas, params string[] keys)
    {
        foreach (var k in keys)
            if (WantedLookup.TryGetValue(k, out var canonical) && metas.TryGetValue(canonical, out var v) && v.Length > 0) return v;
        return null;
    }

    /// <summary>Removes a site suffix or prefix ("Title | Site", "Site - Title"), preferring the H1 when it matches.</summary>
    public static string? CleanTitle(string? title, string? site, string? h1)
    {
        if (string.IsNullOrWhiteSpace(title)) return string.IsNullOrWhiteSpace(h1) ? null : h1.Trim();
        var t = Collapse(title);
        if (!string.IsNullOrWhiteSpace(h1) && h1.Length > 10 && t.StartsWith(h1, StringComparison.OrdinalIgnoreCase)) return h1;
        foreach (var sep in new[] { " | ", " - ", " – ", " — ", " :: ", " · ", " » " })
        {
            int i = t.LastIndexOf(sep, StringComparison.Ordinal);
            if (i > 0)
            {
                var tail = t[(i + sep.Length)..];
                bool isSite = site is not null && (tail.Contains(site, StringComparison.OrdinalIgnoreCase) || site.Contains(tail, StringComparison.OrdinalIgnoreCase));
                if (isSite || (tail.Split(' ').Length <= 4 && i > tail.Length)) return t[..i].Trim();
            }
            int j = t.IndexOf(sep, StringComparison.Ordinal);
            if (j > 0 && site is not null && t[..j].Equals(site, StringComparison.OrdinalIgnoreCase)) return t[(j + sep.Length)..].Trim();
        }
        return t;
    }

    public static DateTimeOffset? ParseDate(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        if (s.Length > 64) return null;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var d)
            && d.Year is >= 1990 and <= 2100) return d;
        if (long.TryParse(s, out var epoch) && epoch > 600_000_000)
            return epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
        return null;
    }

    /// <summary>A date written into the URL path: /2019/11/19/ or /2019-11-19/ or /20191119/.</summary>
    public static DateTimeOffset? DateFromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var u)) return null;
        var parts = u.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 4 && int.TryParse(parts[i], out var y) && y is >= 1990 and <= 2100 && i + 1 < parts.Length
                && int.TryParse(parts[i + 1], out var mo) && mo is >= 1 and <= 12)
            {
                int day = i + 2 < parts.Length && int.TryParse(parts[i + 2], out var dd) && dd is >= 1 and <= 31 ? dd : 1;
                if (day <= DateTime.DaysInMonth(y, mo)) return new DateTimeOffset(y, mo, day, 0, 0, 0, TimeSpan.Zero);
            }
            var p = parts[i];
            if (p.Length >= 10 && DateTime.TryParseExact(p[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt))
                return new DateTimeOffset(dt.Year, dt.Month, dt.Day, 0, 0, 0, TimeSpan.Zero);
        }
        return null;
    }

    private static string StripBy(string s)
    {
        s = Collapse(s);
        return s.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? s[3..].Trim() : s;
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>What JSON-LD says about the article (the first article-like object wins).</summary>
    private sealed class JsonLd
    {
        public string? Headline, Description, Published, Modified, Publisher, Url, Language;
        public List<string> Authors { get; } = new();
        private bool _found;

        private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
        {
            "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting",
            "ReviewNewsArticle", "BackgroundNewsArticle", "TechArticle", "ScholarlyArticle", "Report", "LiveBlogPosting", "WebPage",
        };

        public void Visit(JsonElement e, int depth)
        {
            if (depth > 16) return;
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var x in e.EnumerateArray()) Visit(x, depth + 1);
                return;
            }
            if (e.ValueKind != JsonValueKind.Object) return;
            if (e.TryGetProperty("@graph", out var g)) Visit(g, depth + 1);
            if (!e.TryGetProperty("@type", out var type)) return;
            bool isArticle = type.ValueKind == JsonValueKind.String ? ArticleTypes.Contains(type.GetString()!)
                : type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!));
            if (!isArticle) return;
            bool isWebPage = type.ValueKind == JsonValueKind.String && type.GetString() == "WebPage";
            if (_found && isWebPage) return;
            if (isWebPage && !e.TryGetProperty("headline", out _)) return;
            _found = true;
            Headline ??= Str(e, "headline") ?? Str(e, "name");
            Description ??= Str(e, "description");
            Published ??= Str(e, "datePublished") ?? Str(e, "dateCreated");
            Modified ??= Str(e, "dateModified");
            Url ??= Str(e, "url") ?? Str(e, "mainEntityOfPage");
            Language ??= Str(e, "inLanguage");
            if (e.TryGetProperty("publisher", out var pub)) Publisher ??= NameOf(pub);
            if (Authors.Count == 0 && e.TryGetProperty("author", out var au))
            {
                if (au.ValueKind == JsonValueKind.Array)
                {
                    foreach (var a in au.EnumerateArray()) if (NameOf(a) is { } n) Authors.Add(n);
                }
                else if (NameOf(au) is { } n) Authors.Add(n);
            }
        }

        private static string? Str(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var v)) return null;
            if (v.ValueKind == JsonValueKind.String) return string.IsNullOrWhiteSpace(v.GetString()) ? null : v.GetString()!.Trim();
            if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String) return id.GetString();
            return null;
        }

        private static string? NameOf(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.String) return e.GetString();
            if (e.ValueKind == JsonValueKind.Array) { foreach (var x in e.EnumerateArray()) return NameOf(x); return null; }
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("name", out var n))
                return n.ValueKind == JsonValueKind.String ? n.GetString() : NameOf(n);
            return null;
        }
    }
}
