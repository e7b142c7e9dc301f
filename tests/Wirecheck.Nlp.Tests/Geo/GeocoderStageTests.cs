namespace Wirecheck.Nlp.Tests.Geo;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Geo;

public class GeocoderStageTests
{
    /// <summary>An article whose entities are built by hand: each (name, type) entity gets every occurrence of its name as a mention.</summary>
    private static Article ArticleWith(string text, params (string Name, EntityType Type)[] entities)
    {
        var a = new Article(text, new InputInfo(null, null, null));
        int id = 0;
        foreach (var (name, type) in entities)
        {
            var e = new Entity { Id = "e" + ++id, Name = name, Type = type };
            for (int i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
                e.Mentions.Add(new Mention(i, i + name.Length));
            Assert.NotEmpty(e.Mentions);
            a.Entities.Add(e);
        }
        a.MarkAssigned(Layers.Entities);
        return a;
    }

    private static Entity Run(Article a, string name)
    {
        new GeocoderStage().Process(a, CancellationToken.None);
        Assert.True(a.IsAssigned(Layers.Geo));
        return a.Entities.Single(e => e.Name == name);
    }

    [Fact]
    public void Donetsk_region_is_the_oblast_not_the_city()
    {
        var a = ArticleWith("Russian forces shelled the Donetsk region overnight, Ukrainian officials said.", ("Donetsk", EntityType.GPE));
        var e = Run(a, "Donetsk");
        Assert.NotNull(e.Geo);
        Assert.Equal("ADM1", e.Geo!.Feature);
        Assert.Equal("UA", e.Geo.Country);
        Assert.Equal("05", e.Geo.Admin1);
        Assert.Equal(709716, e.Geo.GeonameId);
        Assert.Equal("UKR", e.Country);
    }

    [Fact]
    public void Donetsk_region_as_the_entity_name_is_the_oblast()
    {
        var a = ArticleWith("Fighting continued in Donetsk Oblast on Monday.", ("Donetsk Oblast", EntityType.GPE));
        var e = Run(a, "Donetsk Oblast");
        Assert.Equal("ADM1", e.Geo!.Feature);
        Assert.Equal("05", e.Geo.Admin1);
    }

    [Fact]
    public void Bare_Donetsk_in_Ukraine_is_the_Ukrainian_city()
    {
        var a = ArticleWith("Explosions were heard in Donetsk, in eastern Ukraine.", ("Donetsk", EntityType.GPE), ("Ukraine", EntityType.GPE));
        var e = Run(a, "Donetsk");
        Assert.StartsWith("PPL", e.Geo!.Feature);
        Assert.Equal("UA", e.Geo.Country);
        Assert.Equal(709717, e.Geo.GeonameId);
    }

    [Fact]
    public void Georgia_next_to_Tbilisi_is_the_country()
    {
        var a = ArticleWith("Protesters gathered in Tbilisi as Georgia's parliament debated the bill.", ("Tbilisi", EntityType.GPE), ("Georgia", EntityType.GPE));
        var e = Run(a, "Georgia");
        Assert.Equal("PCLI", e.Geo!.Feature);
        Assert.Equal("GE", e.Geo.Country);
        Assert.Equal("GEO", e.Country);
    }

    [Fact]
    public void Georgia_next_to_Atlanta_is_the_US_state()
    {
        var a = ArticleWith("Storms hit Atlanta on Tuesday, and the governor of Georgia declared an emergency.", ("Atlanta", EntityType.GPE), ("Georgia", EntityType.GPE));
        var e = Run(a, "Georgia");
        Assert.Equal("ADM1", e.Geo!.Feature);
        Assert.Equal("US", e.Geo.Country);
        Assert.Equal("GA", e.Geo.Admin1);
        Assert.Equal("USA", e.Country);
    }

    [Fact]
    public void A_state_after_town_comma_is_the_state_that_holds_the_town()
    {
        // "Town, State": the name after the comma is the division holding the town, not a same-named town elsewhere.
        var a = ArticleWith("A fire broke out at the courthouse in downtown Buffalo, New York, on Friday.", ("Buffalo", EntityType.GPE), ("New York", EntityType.GPE));
        var e = Run(a, "New York");
        Assert.Equal("ADM1", e.Geo!.Feature);
        Assert.Equal("US", e.Geo.Country);
        Assert.Equal("NY", e.Geo.Admin1);
        var b = ArticleWith("The flight from Atlanta, Georgia landed safely.", ("Atlanta", EntityType.GPE), ("Georgia", EntityType.GPE));
        Assert.Equal("ADM1", Run(b, "Georgia").Geo!.Feature);
    }

    [Fact]
    public void A_list_of_states_keeps_an_ambiguous_member_a_state()
    {
        var a = ArticleWith("Cases were reported in Arizona, Colorado, Georgia, Illinois and Missouri.",
            ("Arizona", EntityType.GPE), ("Colorado", EntityType.GPE), ("Georgia", EntityType.GPE), ("Illinois", EntityType.GPE), ("Missouri", EntityType.GPE));
        var e = Run(a, "Georgia");
        Assert.Equal("ADM1", e.Geo!.Feature);
        Assert.Equal("US", e.Geo.Country);
    }

    [Fact]
    public void A_province_known_by_its_short_name_is_found()
    {
        // GeoNames names the Philippine provinces "Province of Pangasinan"; news writes "Pangasinan".
        var a = ArticleWith("Outbreaks were confirmed in Pangasinan and Zambales, in the Philippines.",
            ("Pangasinan", EntityType.GPE), ("Zambales", EntityType.GPE), ("Philippines", EntityType.GPE));
        var e = Run(a, "Pangasinan");
        Assert.NotNull(e.Geo);
        Assert.Equal("PH", e.Geo!.Country);
        Assert.Equal("ADM2", e.Geo.Feature);
    }

    [Fact]
    public void St_abbreviation_is_read_as_Saint()
    {
        var a = ArticleWith("Aid reached St. Marc, north of Port-au-Prince, Haiti.", ("St. Marc", EntityType.GPE), ("Port-au-Prince", EntityType.GPE), ("Haiti", EntityType.GPE));
        var e = Run(a, "St. Marc");
        Assert.NotNull(e.Geo);
        Assert.Equal("HT", e.Geo!.Country);
    }

    [Fact]
    public void Paris_alone_is_the_French_capital_and_Paris_Texas_is_not()
    {
        var fr = ArticleWith("Talks resumed in Paris on Friday.", ("Paris", EntityType.GPE));
        Assert.Equal("FR", Run(fr, "Paris").Geo!.Country);
        var tx = ArticleWith("The tornado struck Paris, a small town in northeast Texas near Dallas.", ("Paris", EntityType.GPE), ("Texas", EntityType.GPE), ("Dallas", EntityType.GPE));
        var e = Run(tx, "Paris");
        Assert.Equal("US", e.Geo!.Country);
        Assert.Equal("TX", e.Geo.Admin1);
    }

    [Fact]
    public void Only_places_are_geocoded_and_existing_countries_are_kept()
    {
        var a = ArticleWith("Lin Jian spoke in Beijing about Ukraine.", ("Lin Jian", EntityType.PERSON), ("Beijing", EntityType.GPE), ("Ukraine", EntityType.GPE));
        a.Entities[2].Country = "UKR";
        new GeocoderStage().Process(a, CancellationToken.None);
        Assert.Null(a.Entities[0].Geo);
        Assert.Null(a.Entities[0].Country);
        Assert.Equal("CN", a.Entities[1].Geo!.Country);
        Assert.Equal("CHN", a.Entities[1].Country);
        Assert.Equal("PCLI", a.Entities[2].Geo!.Feature);
    }

    [Fact]
    public void Unknown_cyrillic_and_oversized_names_give_no_geo_and_no_error()
    {
        var longName = new string('X', 10_000);
        var text = "Qwzxplk and Москва and " + longName + " and 北京.";
        var a = ArticleWith(text, ("Qwzxplk", EntityType.GPE), ("Москва", EntityType.GPE), (longName, EntityType.LOC), ("北京", EntityType.GPE));
        new GeocoderStage().Process(a, CancellationToken.None);
        Assert.All(a.Entities, e => Assert.Null(e.Geo));
    }

    [Fact]
    public void Mentions_outside_the_text_are_ignored()
    {
        var a = new Article("Kyiv", new InputInfo(null, null, null));
        var e = new Entity { Id = "e1", Name = "Kyiv", Type = EntityType.GPE };
        e.Mentions.Add(new Mention(0, 4));
        e.Mentions.Add(new Mention(2, 400));
        a.Entities.Add(e);
        new GeocoderStage().Process(a, CancellationToken.None);
        Assert.Equal(703448, e.Geo!.GeonameId);
    }

    [Fact]
    public void Stage_declares_entities_in_and_geo_out()
    {
        var info = new GeocoderStage().Info;
        Assert.Contains(Layers.Entities, info.Requires);
        Assert.Contains(Layers.Geo, info.Assigns);
    }
}
