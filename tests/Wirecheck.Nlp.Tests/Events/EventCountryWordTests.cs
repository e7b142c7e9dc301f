namespace Wirecheck.Nlp.Tests.Events;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Events;
using static Wirecheck.Nlp.Tests.Events.EventSentence;

/// <summary>
/// Country words against the entity layer's geocoding: a demonym names its country even when the geocoder resolved the
/// same word to a place elsewhere, and a multi-word country name or demonym that an entity mention cut short is
/// widened. Sentences are written for the tests (none is from the evaluation set); the entities are added by hand the
/// way the entity layer produces them.
/// </summary>
public class EventCountryWordTests
{
    private static void AddEntity(Article a, EntityType type, string? country, string mention)
    {
        var e = new Entity { Id = "e" + (a.Entities.Count + 1), Name = mention, Type = type, Country = country };
        int s = a.Text.IndexOf(mention, StringComparison.Ordinal);
        Assert.True(s >= 0, mention);
        e.Mentions.Add(new Mention(s, s + mention.Length));
        a.Entities.Add(e);
    }

    [Theory]
    // "Somali" is also a region of Ethiopia in GeoNames; "Afar" of Ethiopia; "Georgian" is no US place but the rule is the same
    [InlineData("The Somali foreign minister urged Kenya to reopen the border.", "Somali", "ETH", "SOM")]
    [InlineData("A Somali official accused Kenya of arming the militia.", "Somali", "ETH", "SOM")]
    [InlineData("Georgian officials condemned the shelling of the village.", "Georgian", "USA", "GEO")]
    [InlineData("Mexican police arrested the mayor on Monday.", "Mexican", "USA", "MEX")]
    public void A_demonym_names_its_country_before_a_geocoded_place_of_the_same_name(string text, string mention, string geocoded, string iso3)
    {
        var a = Prepare(text);
        AddEntity(a, EntityType.GPE, geocoded, mention);
        Assert.Equal(iso3, Country(Headline(Run(a)), "actor"));
    }

    [Theory]
    [InlineData("South Sudanese troops attacked a rebel camp on Monday.", "Sudanese troops", "SDN", "SSD")]
    [InlineData("Equatorial Guinean police arrested two opposition leaders.", "Guinean police", "GIN", "GNQ")]
    [InlineData("On Friday, Papua New Guinean soldiers attacked the rebel base.", "Guinean soldiers", "GIN", "PNG")]
    [InlineData("North Korean troops fired shells across the border.", "Korean troops", "KOR", "PRK")]
    public void A_country_word_cut_short_by_the_entity_mention_is_widened(string text, string mention, string entityCountry, string iso3)
    {
        var a = Prepare(text);
        AddEntity(a, EntityType.NORP, entityCountry, mention);
        Assert.Equal(iso3, Country(Headline(Run(a)), "actor"));
    }
}

/// <summary>Organisations, agencies and metonyms added to data/events/actors.tsv in session 5 (general world knowledge).</summary>
public class EventNamedActorTests
{
    [Theory]
    [InlineData("The Organisation of African Unity welcomed the elections in Namibia.", "IGO")]
    [InlineData("The Gulf Cooperation Council condemned the attack on the tanker.", "IGO")]
    [InlineData("OPEC agreed to cut oil production by five percent.", "IGO")]
    [InlineData("The CIA supplied missiles to the rebels, officials said.", "USA")]
    [InlineData("The KGB arrested two Western diplomats in Moscow.", "RUS")]
    [InlineData("The Islamic Republic News Agency accused Washington of plotting a coup.", "IRN")]
    [InlineData("Renamo rebels attacked a train in central Mozambique.", "MOZ")]
    [InlineData("Medecins Sans Frontieres accused the army of blocking food deliveries.", "NGO")]
    public void Named_organisations_have_their_codes(string text, string code)
    {
        Assert.Equal(code, Country(Headline(Code(text)), "actor"));
    }
}

/// <summary>Country names typed with one letter wrong, and former country names coded with their successor states.</summary>
public class EventCountrySpellingTests
{
    [Theory]
    [InlineData("Ethopia accused Eritrea of massing troops on the border.", "ETH")]   // dropped letter
    [InlineData("Afganistan accused Pakistan of sheltering the insurgents.", "AFG")]  // dropped letter
    [InlineData("Venezeula accused Colombia of violating its airspace.", "VEN")]      // swapped neighbours
    [InlineData("Cambodja accused Thailand of shelling the temple.", "KHM")]          // one letter replaced
    public void A_country_name_one_letter_off_is_still_the_country(string text, string iso3)
    {
        Assert.Equal(iso3, Country(Headline(Code(text)), "actor"));
    }

    [Fact]
    public void A_person_name_near_a_short_country_name_is_no_country()
    {
        // "Franco" is one letter from "France", but names under seven letters are never corrected
        Assert.Null(CountryNames.Default.Classify("Franco"));
    }

    [Theory]
    [InlineData("Zaire accused Belgium of interfering in its affairs.", "COD")]
    [InlineData("Rhodesian troops attacked guerrilla camps in Mozambique.", "ZWE")]
    [InlineData("Yugoslav police arrested three Albanian activists.", "SRB")]
    [InlineData("The USSR condemned the American air raid on Libya.", "RUS")]
    [InlineData("Kampuchean troops shelled the Thai border village.", "KHM")]
    public void Former_country_names_are_coded_with_the_successor_state(string text, string iso3)
    {
        Assert.Equal(iso3, Country(Headline(Code(text)), "actor"));
    }
}

/// <summary>A leader's name that the entity mention cut short ("King | Fahd", "Daniel | arap Moi") still names the leader.</summary>
public class EventLeaderSplitTests
{
    [Theory]
    [InlineData("King Fahd accused the rebels of provocation.", "Fahd", "SAU")]
    [InlineData("King Hussein accused the rebels of provocation.", "Hussein", "JOR")]
    [InlineData("Daniel arap Moi accused the opposition of inciting violence.", "Daniel", "KEN")]
    public void A_leader_name_split_by_the_entity_layer_keeps_its_country(string text, string mention, string iso3)
    {
        var a = Prepare(text);
        var e = new Entity { Id = "e1", Name = mention, Type = EntityType.PERSON };
        int s = text.IndexOf(mention, StringComparison.Ordinal);
        e.Mentions.Add(new Mention(s, s + mention.Length));
        a.Entities.Add(e);
        Assert.Equal(iso3, Country(Headline(Run(a)), "actor"));
    }
}
