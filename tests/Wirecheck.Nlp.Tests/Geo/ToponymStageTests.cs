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
