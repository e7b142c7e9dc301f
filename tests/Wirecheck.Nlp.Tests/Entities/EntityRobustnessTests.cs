namespace Wirecheck.Nlp.Tests.Entities;

using CsCheck;
using Wirecheck.Core.Model;
using Wirecheck.TestSupport;

/// <summary>Hostile input through every entity layer (with the committed model): a result, never a crash.</summary>
public class EntityRobustnessTests
{
    private static Article RunAll(string text)
    {
        var a = EntityTestPipeline.Run(true, text);
        Invariants.Check(a);
        foreach (var e in a.Entities)
            foreach (var m in e.Mentions)
                Assert.True(m.Start >= 0 && m.End <= a.Text.Length && m.Start < m.End);
        return a;
    }

    [Fact]
    public void No_capitals() => Assert.DoesNotContain(RunAll("the chinese government said he was captured in ukraine by forces of russia and he left.").Entities, e => e.Type == EntityType.PERSON);

    [Fact]
    public void All_capitals() => RunAll("THE CHINESE GOVERNMENT HAS CONFIRMED THAT TWO OF ITS CITIZENS WERE CAPTURED BY UKRAINIAN FORCES. HE SAID SO.");

    [Fact]
    public void Ten_thousand_capitalised_words()
    {
        var words = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => "Word" + (char)('a' + i % 26) + "x"));
        var a = RunAll(words + ".");
        Assert.True(a.Entities.Count < 10_000);
    }

    [Fact]
    public void Mixed_scripts() => RunAll("Президент Зеленський said 中国外交部发言人林剑 spoke in Київ with Lin Jian and 北京.");

    [Fact]
    public void Very_long_tokens() => RunAll("Ukrainian President " + new string('Z', 100_000) + " spoke. " + new string('x', 50_000) + " He left.");

    [Fact]
    public void Random_text_never_crashes() =>
        Gen.String[Gen.Char["AaBb .,\n’“”-ZzЖ中'"], 0, 300].Sample(s => { RunAll(s); }, iter: 200);
}
