namespace Wirecheck.Nlp.Tests.Entities;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Entities;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

/// <summary>Builds an article from paragraphs and runs the entity layers with the fake country lookup.</summary>
internal static class EntityTestPipeline
{
    public static Article Article(params string[] paragraphs)
    {
        var text = string.Join("\n", paragraphs);
        var a = new Article(text, new InputInfo(null, null, ""));
        int pos = 0;
        foreach (var p in paragraphs)
        {
            a.Blocks.Add(new Block(pos, pos + p.Length, BlockKind.Paragraph));
            pos += p.Length + 1;
        }
        Tokenizer.Tokenize(text, a.Tokens);
        SentenceSplitter.Split(text, a.Tokens, a.Blocks, a.Sentences);
        return a;
    }

    public static Article Run(bool withModel, params string[] paragraphs)
    {
        var a = Article(paragraphs);
        var lex = EntityLexicons.Default;
        if (withModel) new EntityModelStage().Process(a, default);
        new EntityPatternStage(new PatternRecognizer(lex, FakeCountries.Instance)).Process(a, default);
        new EntityGazetteerStage(FakeCountries.Instance).Process(a, default);
        new EntityResolverStage(new EntityResolver(lex, FakeCountries.Instance, new RulesFirstPolicy())).Process(a, default);
        return a;
    }

    public static Entity? Named(Article a, string name) => a.Entities.FirstOrDefault(e => e.Name == name || e.Aliases.Contains(name));

    public static string[] MentionTexts(Article a, Entity e) => e.Mentions.Select(m => a.Covered(m.Start, m.End)).ToArray();
}
