namespace Wirecheck.Bench.Store;

using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;

/// <summary>
/// News-like articles for the search bench, recombined from the shared development texts: the bodies of the
/// 88 article-extraction dev pages and the 229 GeoVirus WikiNews articles give the paragraphs, the CheckThat!
/// training sentences give quotes. Each generated article is a run of paragraphs from one source article, one
/// paragraph from another, and a quote; about half of its numbers are changed. Deterministic for a seed and
/// index, so a store can be generated in several runs.
/// </summary>
public sealed class NewsCorpusGenerator
{
    private static readonly string[] Sites =
    {
        "reuters.com", "apnews.com", "bbc.co.uk", "theguardian.com", "nytimes.com", "aljazeera.com", "dw.com", "france24.com",
        "cnn.com", "npr.org", "lemonde.fr", "spiegel.de", "elpais.com", "abc.net.au", "cbc.ca", "thehindu.com", "scmp.com",
        "kyivindependent.com", "japantimes.co.jp", "news24.com", "irishtimes.com", "straitstimes.com", "latimes.com", "ft.com",
    };

    private static readonly string[] Surnames =
    {
        "Smith", "Garcia", "Nguyen", "Kowalski", "Okafor", "Haddad", "Petrenko", "Rossi", "Tanaka", "Silva", "Müller", "Dubois",
        "Khan", "Ivanova", "Mensah", "Larsen", "Cohen", "Moreno", "Chen", "O'Brien", "Novak", "Adeyemi", "Sato", "Fischer",
    };

    private static readonly string[] Roles =
    {
        "a spokesperson for the ministry", "the regional governor", "an opposition lawmaker", "a senior official", "the mayor",
        "a company spokesperson", "a professor of public health", "the police chief", "a union leader", "an analyst",
    };

    private readonly List<string[]> _articles = new();
    private readonly List<string> _quotes = new();
    private readonly string[] _firstNames;
    private readonly int _seed;

    public NewsCorpusGenerator(string shared, int seed = 11)
    {
        _seed = seed;
        var gt = Path.Combine(shared, "datasets", "article-extraction", "ground-truth.dev.json");
        using (var doc = JsonDocument.Parse(File.ReadAllText(gt)))
            foreach (var p in doc.RootElement.EnumerateObject())
                if (p.Value.TryGetProperty("articleBody", out var body) && body.GetString() is { Length: > 400 } text)
                    AddArticle(text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        var geo = Path.Combine(shared, "datasets", "geo", "GeoVirus", "GeoVirus.xml.gz");
        using (var gz = new GZipStream(File.OpenRead(geo), CompressionMode.Decompress))
        using (var xr = XmlReader.Create(gz))
            while (xr.ReadToFollowing("text"))
                AddArticle(ParagraphsOf(xr.ReadElementContentAsString()));

        var cw = Path.Combine(shared, "datasets", "checkworthy", "CT24_checkworthy_english_train.tsv.gz");
        using (var gz = new GZipStream(File.OpenRead(cw), CompressionMode.Decompress))
        using (var sr = new StreamReader(gz))
        {
            sr.ReadLine();
            while (sr.ReadLine() is { } line)
            {
                var cols = line.Split('\t');
                if (cols.Length >= 2 && cols[1].Length is > 40 and < 300) _quotes.Add(cols[1].Trim().Trim('"'));
            }
        }
        var names = Path.Combine(shared, "datasets", "gazetteers", "first-names");
        _firstNames = Directory.Exists(names)
            ? Directory.GetFiles(names, "*.txt").SelectMany(File.ReadLines).Where(n => n.Length is > 2 and < 12).Distinct().ToArray()
            : new[] { "Anna", "David", "Maria", "John", "Fatima", "Li" };
        if (_articles.Count == 0 || _quotes.Count == 0) throw new InvalidOperationException("no source texts found under " + shared);
    }

    public int SourceArticles => _articles.Count;
    public int SourceParagraphs => _articles.Sum(a => a.Length);
    public int SourceQuotes => _quotes.Count;

    private void AddArticle(string[] paragraphs)
    {
        var ps = paragraphs.Where(p => p.Length > 60).ToArray();
        if (ps.Length >= 2) _articles.Add(ps);
    }

    /// <summary>GeoVirus texts have no paragraph breaks: three sentences make one.</summary>
    private static string[] ParagraphsOf(string text)
    {
        var sentences = Regex.Split(text.Trim(), @"(?<=[.!?][""”]?)\s+(?=[A-Z""“])");
        var list = new List<string>();
        for (int i = 0; i < sentences.Length; i += 3) list.Add(string.Join(' ', sentences.Skip(i).Take(3)));
        return list.ToArray();
    }

    /// <summary>The article with this index: title, text, site, URL and publication time (five minutes apart on average).</summary>
    public GeneratedArticle Article(int index)
    {
        var rng = new Random(HashCode.Combine(_seed, index));
        var main = _articles[rng.Next(_articles.Count)];
        var other = _articles[rng.Next(_articles.Count)];
        int start = rng.Next(Math.Max(1, main.Length - 2));
        int take = Math.Min(main.Length - start, rng.Next(3, 7));
        var paragraphs = main.Skip(start).Take(take).Select(p => Vary(p, rng)).ToList();
        paragraphs.Insert(rng.Next(1, paragraphs.Count + 1), Vary(other[rng.Next(other.Length)], rng));
        var speaker = $"{_firstNames[rng.Next(_firstNames.Length)]} {Surnames[rng.Next(Surnames.Length)]}";
        var quote = $"\u201c{_quotes[rng.Next(_quotes.Count)]}\u201d said {speaker}, {Roles[rng.Next(Roles.Length)]}.";
        paragraphs.Insert(rng.Next(1, paragraphs.Count + 1), quote);
        var title = Title(paragraphs[0]);
        var site = Sites[rng.Next(Sites.Length)];
        var published = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(index * 5L + rng.Next(5));
        var url = $"https://www.{site}/{published:yyyy/MM/dd}/{Slug(title)}-{index}";
        var text = title + "\n\n" + string.Join("\n\n", paragraphs);
        return new GeneratedArticle(title, text, site, url, published);
    }

    private static string Vary(string paragraph, Random rng)
    {
        // about half of the numbers change (same number of digits), so figures differ between copies
        return Regex.Replace(paragraph, @"\d+", m =>
        {
            if (rng.Next(2) == 0 || m.Value.Length > 6) return m.Value;
            var sb = new StringBuilder(m.Value.Length);
            sb.Append((char)('1' + rng.Next(9)));
            for (int i = 1; i < m.Value.Length; i++) sb.Append((char)('0' + rng.Next(10)));
            return sb.ToString();
        });
    }

    private static string Title(string paragraph)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(12);
        return string.Join(' ', words).TrimEnd(',', '.', ';', ':');
    }

    private static string Slug(string title)
    {
        var sb = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (sb.Length >= 60) break;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}

/// <summary>One generated article.</summary>
public sealed record GeneratedArticle(string Title, string Text, string Site, string Url, DateTimeOffset Published);
