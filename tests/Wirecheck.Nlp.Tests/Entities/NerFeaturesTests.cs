namespace Wirecheck.Nlp.Tests.Entities;

using Wirecheck.Nlp.Entities;

public class NerFeaturesTests
{
    private static NerFeatures Features() => new(NerLexicon.Load(EntityLexicons.Default, FakeCountries.Instance));

    [Fact]
    public void Tokens_of_a_name_like_run_know_its_first_and_last_word_across_of()
    {
        var c = new NerFeatures.SentenceCache();
        Features().Prepare(["Storms", "hit", "the", "Bay", "of", "Bengal", "and", "Dhaka", "."], c);
        ulong bay = NerFeatures.Hash("bay", lower: true), bengal = NerFeatures.Hash("bengal", lower: true);
        Assert.Equal((bay, bengal), (c.RunFirst[3], c.RunLast[3]));
        Assert.Equal((bay, bengal), (c.RunFirst[5], c.RunLast[5]));
        Assert.Equal(0UL, c.RunLast[4]);  // the joiner itself
        Assert.Equal(0UL, c.RunLast[7]);  // a lone capitalised word is no run
        Assert.Equal(0UL, c.RunLast[0]);
    }

    [Fact]
    public void A_headline_cased_sentence_is_flagged_and_prose_is_not()
    {
        var f = Features();
        var c = new NerFeatures.SentenceCache();
        f.Prepare(["Afghan", "Girls", "Win", "Robotics", "Medal", "In", "Washington"], c);
        Assert.Equal(1, c.SentenceCase);
        f.Prepare(["The", "girls", "won", "a", "medal", "in", "Washington"], c);
        Assert.Equal(0, c.SentenceCase);
    }
}
