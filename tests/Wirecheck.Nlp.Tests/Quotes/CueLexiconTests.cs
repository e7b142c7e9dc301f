namespace Wirecheck.Nlp.Tests.Quotes;

using Wirecheck.Nlp.Quotes;

public class CueLexiconTests
{
    [Theory]
    [InlineData("said", "say")]
    [InlineData("says", "say")]
    [InlineData("denied", "deny")]
    [InlineData("emphasized", "emphasize")]
    [InlineData("criticized", "criticize")]
    [InlineData("confirms", "confirm")]
    [InlineData("told", "tell")]
    [InlineData("showed", "show")]
    [InlineData("warned", "warn")]
    [InlineData("alleges", "allege")]
    public void Inflected_verbs_map_to_their_lemma(string form, string lemma)
    {
        Assert.Equal(lemma, CueLexicon.Default.Verb(form)?.Lemma);
    }

    [Fact]
    public void Nouns_and_phrases_are_separate_from_verbs()
    {
        Assert.Equal(CueClass.Noun, CueLexicon.Default.Noun("reports")?.Class);
        Assert.Null(CueLexicon.Default.Noun("said"));
        Assert.Contains(CueLexicon.Default.PhrasesStartingWith("according"), p => p.Entry.Lemma == "according to");
    }

    [Fact]
    public void A_malformed_entry_is_a_clear_error()
    {
        var e = Assert.Throws<FormatException>(() => CueLexicon.Load(["say\tsay\tspeech"]));
        Assert.Contains("4 tab-separated fields", e.Message);
        Assert.Throws<FormatException>(() => CueLexicon.Load(["say\tsay\tshouting\tsay said"]));
    }
}
