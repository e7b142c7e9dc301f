namespace Wirecheck.Store.Tests.Support;

using System.Text;
using Wirecheck.Core.Model;
using Wirecheck.Extraction.Input;
using Wirecheck.Store.Corpus;
using Wirecheck.Store.Ingest;
using Wirecheck.Store.Rows;

/// <summary>Builds annotated articles by hand (entities, quotes, claims, events found by their words in the text).</summary>
public sealed class ArticleBuilder
{
    private readonly Article _a;
    private int _e, _q, _c, _v;

    public ArticleBuilder(string text, string? site = null, string? published = null, string? title = null, string? url = null)
    {
        url ??= site is null ? null : $"https://{site}/{Guid.NewGuid():N}";
        _a = new Article(text, new InputInfo(null, url, null));
        _a.Meta.Site = site;
        _a.Meta.Title = title;
        _a.Meta.Url = url;
        if (published is not null) _a.Meta.Published = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
    }

    public Article Article => _a;

    public TextSpan Find(string words, int occurrence = 0)
    {
        int i = -1;
        for (int k = 0; k <= occurrence; k++)
        {
            i = _a.Text.IndexOf(words, i + 1, StringComparison.Ordinal);
            if (i < 0) throw new ArgumentException($"'{words}' not in text");
        }
        return new TextSpan(i, i + words.Length);
    }

    public string Entity(EntityType type, string name, params string[] mentions)
    {
        var e = new Entity { Id = "e" + ++_e, Type = type, Name = name };
        foreach (var m in mentions.Length == 0 ? new[] { name } : mentions)
        {
            var s = Find(m);
            e.Mentions.Add(new Mention(s.Start, s.End));
        }
        _a.Entities.Add(e);
        return e.Id;
    }

    public string Place(string name, long geonameId, string country, double lat, double lon, string feature = "PCLI")
    {
        var id = Entity(EntityType.GPE, name);
        _a.FindEntity(id)!.Geo = new GeoRef(geonameId, name, feature, country, null, lat, lon);
        return id;
    }

    public string Quote(string? speaker, string source, string cue, string content, string? lemma = null)
    {
        var q = new Quote { Id = "q" + ++_q, Kind = QuoteKind.Indirect, Speaker = speaker, Source = Find(source), Cue = Find(cue), CueLemma = lemma, Content = Find(content), Confidence = 0.9 };
        _a.Quotes.Add(q);
        return q.Id;
    }

    public string Claim(string span, string quantityWords, double value, string? obj = null, string? predicate = null, string? hedge = null,
        double? min = null, double? max = null, string? attributedTo = null, bool approximate = false)
    {
        var c = new Claim
        {
            Id = "c" + ++_c, Span = Find(span), QuantitySpan = Find(quantityWords),
            Quantity = new Quantity { Value = value, Min = min, Max = max, MinInclusive = min is not null && hedge is null, MaxInclusive = max is not null, Hedge = hedge, Approximate = approximate },
            Object = obj, Predicate = predicate, AttributedTo = attributedTo,
        };
        _a.Claims.Add(c);
        return c.Id;
    }

    public string Event(string type, string trigger, string[] actors, string[] recipients, bool negated = false)
    {
        var v = new Event { Id = "v" + ++_v, Type = type, Trigger = Find(trigger), Negated = negated };
        v.Actors.AddRange(actors);
        v.Recipients.AddRange(recipients);
        _a.Events.Add(v);
        return v.Id;
    }

    public PreparedArticle Prepare(string version = "test")
    {
        var doc = new SourceDocument(_a.Input.Url ?? "test", Encoding.UTF8.GetBytes(_a.Text), InputKind.Text, null, _a.Input.Url, _a.Meta.Published);
        return ArticlePreparer.Prepare(doc, _a, version);
    }

    private static long _nextId;

    /// <summary>The cross-article view of this article, without a database.</summary>
    public CorpusArticle ToCorpus(long? id = null)
    {
        long articleId = id ?? Interlocked.Increment(ref _nextId);
        var rows = RowBuilder.Build(_a);
        long n = 0;
        rows = new ArticleRows(
            rows.Entities.Select(e => e with { Id = articleId * 1000 + ++n, ArticleId = articleId }).ToList(),
            rows.Quotes.Select(q => q with { Id = articleId * 1000 + ++n, ArticleId = articleId }).ToList(),
            rows.Claims.Select(c => c with { Id = articleId * 1000 + ++n, ArticleId = articleId }).ToList(),
            rows.Events.Select(v => v with { Id = articleId * 1000 + ++n, ArticleId = articleId }).ToList());
        return new CorpusArticle(articleId, _a.Meta.Site, _a.Meta.Published, _a.Meta.Title, _a.Text, rows);
    }
}
