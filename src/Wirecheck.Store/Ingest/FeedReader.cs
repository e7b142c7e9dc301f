namespace Wirecheck.Store.Ingest;

using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

/// <summary>Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds safely (no DTDs, bounded size) into <see cref="FeedItem"/>s.</summary>
public static class FeedReader
{
    /// <summary>Content shorter than this (in characters of text, tags removed) is a teaser: the link is fetched instead.</summary>
    public const int FullContentChars = 800;

    public static bool LooksLikeFeed(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (contentType is not null && (contentType.Contains("rss", StringComparison.OrdinalIgnoreCase) || contentType.Contains("atom", StringComparison.OrdinalIgnoreCase)))
            return true;
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith("<?xml", StringComparison.Ordinal))
        {
            int end = head.IndexOf("?>", StringComparison.Ordinal);
            head = end < 0 ? head : head[(end + 2)..];
            // skip comments and whitespace before the root element
            head = head.TrimStart();
            while (head.StartsWith("<!--", StringComparison.Ordinal)) { int c = head.IndexOf("-->", StringComparison.Ordinal); if (c < 0) break; head = head[(c + 3)..].TrimStart(); }
        }
        return head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<FeedItem> Parse(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 64L * 1024 * 1024 };
        XDocument doc;
        using (var ms = new MemoryStream(bytes))
        using (var reader = XmlReader.Create(ms, settings))
            doc = XDocument.Load(reader);
        var root = doc.Root ?? throw new FormatException("empty feed");
        var items = new List<FeedItem>();
        if (root.Name.LocalName == "feed")
        {
            foreach (var e in root.Elements().Where(x => x.Name.LocalName == "entry"))
            {
                var link = e.Elements().Where(x => x.Name.LocalName == "link")
                    .OrderBy(x => (string?)x.Attribute("rel") is null or "alternate" ? 0 : 1)
                    .Select(x => (string?)x.Attribute("href")).FirstOrDefault(h => !string.IsNullOrWhiteSpace(h));
                var content = Child(e, "content") ?? Child(e, "summary");
                items.Add(new FeedItem(link?.Trim(), Child(e, "title"), Date(Child(e, "published") ?? Child(e, "updated")), content));
            }
        }
        else
        {
            foreach (var e in root.Descendants().Where(x => x.Name.LocalName == "item"))
            {
                var link = Child(e, "link") ?? ((string?)e.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")));
                if (string.IsNullOrWhiteSpace(link) && e.Elements().FirstOrDefault(x => x.Name.LocalName == "guid") is { } g
                    && !string.Equals((string?)g.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase))
                    link = g.Value;
                var content = e.Elements().FirstOrDefault(x => x.Name.LocalName == "encoded")?.Value ?? Child(e, "description");
                items.Add(new FeedItem(link?.Trim(), Child(e, "title"), Date(Child(e, "pubDate") ?? Child(e, "date")), content));
            }
        }
        return items;
    }

    /// <summary>Approximate length of the text in an HTML fragment (tags skipped).</summary>
    public static int TextLength(string? html)
    {
        if (html is null) return 0;
        int n = 0;
        bool tag = false;
        foreach (char c in html)
        {
            if (c == '<') tag = true;
            else if (c == '>') tag = false;
            else if (!tag && !char.IsWhiteSpace(c)) n++;
        }
        return n;
    }

    private static string? Child(XElement e, string local) => e.Elements().FirstOrDefault(x => x.Name.LocalName == local)?.Value;

    private static DateTimeOffset? Date(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)) return d;
        // RFC 822 with a zone name ("GMT", "EST") that .NET does not parse
        var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 5)
        {
            var zone = parts[^1] switch { "GMT" or "UT" or "UTC" or "Z" => "+00:00", "EST" => "-05:00", "EDT" => "-04:00", "CST" => "-06:00", "CDT" => "-05:00", "PST" => "-08:00", "PDT" => "-07:00", _ => null };
            if (zone is not null && DateTimeOffset.TryParse(string.Join(' ', parts[..^1]) + " " + zone, CultureInfo.InvariantCulture, DateTimeStyles.None, out d)) return d;
        }
        return null;
    }
}
