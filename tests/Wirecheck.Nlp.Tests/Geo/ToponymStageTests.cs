namespace Wirecheck.Nlp.Tests.Geo;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Geo;

public class ToponymStageTests
{
    private static List<(string Text, EntityType Type, string? Country)> Run(string text)
    {
        var a = new Article(text, new InputInfo(null, null, null));
        new ToponymStage().Process(a, CancellationToken.None);
        Assert.True(a.IsAssigned(Layers.EntityCandidates));
        Assert.All(a.EntityCandidates, c => Assert.Equal(ToponymStage.Source, c.Source));
        return a.EntityCandidates.Select(c => (text[c.Start..c.End], c.Type, c.Country)).ToList();
    }

    [Fact]
    public void Finds_places_continents_and_demonyms()
    {
        var found = Run("Chinese officials met Ukrainian envoys in Kyiv and the Donetsk region before flying to Africa.");
        Assert.Contains(("Chinese", EntityType.NORP, "CHN"), found);
        Assert.Contains(("Ukrainian", EntityType.NORP, "UKR"), found);
        Assert.Contains(found, f => f.Text == "Kyiv" && f.Type == EntityType.GPE);
        Assert.Contains(found, f => f.Text == "Donetsk region" && f.Type == EntityType.GPE);
        Assert.Contains(found, f => f.Text == "Africa" && f.Type == EntityType.LOC);
    }

    [Fact]
    public void Skips_common_words_and_names_inside_longer_names()
    {
        var found = Run("March was cold. The Washington Post quoted President Lincoln.");
        Assert.DoesNotContain(found, f => f.Text is "March" or "Washington" or "Lincoln");
    }

    [Fact]
    public void A_country_before_another_capitalised_word_is_still_the_country()
    {
        var found = Run("Samples went to the U.S. Centers for Disease Control, and UK Secretary of Health Alan Johnson spoke.");
        Assert.Contains(found, f => f.Text == "U.S." && f.Type == EntityType.GPE && f.Country == "USA");
        Assert.Contains(found, f => f.Text == "UK" && f.Type == EntityType.GPE && f.Country == "GBR");
    }

    [Fact]
    public void A_capital_acronym_at_a_sentence_end_does_not_take_the_full_stop()
    {
        var found = Run("A dead swan was found in the UK. The tests came back positive in the U.S. too.");
        Assert.Contains(found, f => f.Text == "UK");
        Assert.DoesNotContain(found, f => f.Text == "UK.");
        Assert.Contains(found, f => f.Text == "U.S.");
    }

    [Fact]
    public void Bad_input_is_bounded()
    {
        Assert.Empty(Run(""));
        Assert.Empty(Run("no capitals here at all, not even paris"));
        var caps = string.Join(' ', Enumerable.Repeat("ALPHA BRAVO", 5000));
        Assert.NotNull(Run(caps));
        Assert.NotNull(Run("Москва и 北京 " + new string('a', 100_000)));
    }

    [Fact]
    public void A_town_name_used_as_a_surname_is_dropped_throughout_the_article()
    {
        var found = Run("President Barack Obama visited Kenya. Obama said the outbreak in Nairobi was contained.");
        Assert.DoesNotContain(found, f => f.Text == "Obama");
        Assert.Contains(found, f => f.Text == "Kenya");
        Assert.Contains(found, f => f.Text == "Nairobi");
    }
}
