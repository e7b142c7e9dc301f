namespace Wirecheck.Nlp.Tests.Quotes;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Quotes;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

/// <summary>Builds an article by hand (one paragraph block per line), with hand-made entities, and runs the quotes stage.</summary>
internal static class QuoteArticles
{
    public sealed record E(string Id, EntityType Type, string Name, string[] Mentions, string[]? Titles = null, string[]? Aliases = null);

    public static Article Make(string text, params E[] entities)
    {
        var a = Prepare(text, entities);
        new AttributionStage().Process(a, CancellationToken.None);
        AssertInvariants(a);
        return a;
    }

    /// <summary>The article with paragraphs, tokens, sentences and the given entities, before the attribution stage.</summary>
    public static Article Prepare(string text, params E[] entities)
    {
        var a = new Article(text, new InputInfo("test", null, null));
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start) a.Blocks.Add(new Block(start, i, BlockKind.Paragraph));
                start = i + 1;
            }
        }
        a.Tokens.AddRange(Tokenizer.Tokenize(a.Text));
        a.Sentences.AddRange(SentenceSplitter.Split(a.Text, a.Tokens, a.Blocks));
        foreach (var e in entities)
        {
            var ent = new Entity { Id = e.Id, Name = e.Name, Type = e.Type };
            if (e.Titles is not null) ent.Titles.AddRange(e.Titles);
            if (e.Aliases is not null) ent.Aliases.AddRange(e.Aliases);
            foreach (var m in e.Mentions)
            {
                // every whole-word occurrence of the mention text
                int from = 0;
                while ((from = text.IndexOf(m, from, StringComparison.Ordinal)) >= 0)
                {
                    int end = from + m.Length;
                    bool wordStart = from == 0 || !char.IsLetter(text[from - 1]);
                    bool wordEnd = end == text.Length || !char.IsLetter(text[end]);
                    if (wordStart && wordEnd && !ent.Mentions.Exists(x => x.Start <= from && x.End >= end)
                        && !a.Entities.Exists(o => o.Mentions.Exists(x => x.Start <= from && x.End >= end)))
                        ent.Mentions.Add(new Mention(from, end, "test"));
                    from = end;
                }
            }
            ent.Mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
            a.Entities.Add(ent);
        }
        return a;
    }

    public static void AssertInvariants(Article a)
    {
        var ids = a.Entities.Select(e => e.Id).ToHashSet();
        foreach (var q in a.Quotes)
        {
            foreach (var s in new[] { q.Source, q.Cue, (TextSpan?)q.Content })
                if (s is { } span) Assert.True(span.Start >= 0 && span.End <= a.Text.Length && span.Start < span.End, $"{q.Id}: bad range {span}");
            if (q.Speaker is not null) Assert.Contains(q.Speaker, ids);
            Assert.InRange(q.Confidence, 0.0, 1.0);
        }
    }

    public static string C(Article a, Quote q) => a[q.Content];
    public static string? Src(Article a, Quote q) => q.Source is { } s ? a[s] : null;
    public static Quote One(Article a, string contentContains) =>
        Assert.Single(a.Quotes, q => a[q.Content].Contains(contentContains, StringComparison.Ordinal) && q.Kind != QuoteKind.Partial);
}
