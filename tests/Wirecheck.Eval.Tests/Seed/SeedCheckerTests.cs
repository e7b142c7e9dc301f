namespace Wirecheck.Eval.Tests.Seed;

using System.Text.Json;
using Wirecheck.Core.Model;
using Wirecheck.Eval.Seed;

public class SeedCheckerTests
{
    [Fact]
    public void Normalisation_ignores_case_space_and_quote_style() =>
        Assert.Equal(SeedChecker.Norm("“The  Chinese\ngovernment’s”"), SeedChecker.Norm("\"the chinese government's\""));

    private static List<SeedItemResult> Check(string goldJson, Article a)
    {
        using var doc = JsonDocument.Parse(goldJson);
        return SeedChecker.Check(doc.RootElement, a);
    }

    [Fact]
    public void Entity_item_passes_only_when_every_field_holds()
    {
        var a = new Article("Lin Jian said. Lin left. He", new InputInfo(null, null, null));
        var e = new Entity { Id = "e1", Name = "Lin Jian", Type = EntityType.PERSON, Country = "CHN", Sector = "GOV" };
        e.Titles.Add("Foreign Ministry spokesperson");
        e.Mentions.AddRange([new Mention(0, 8), new Mention(15, 18), new Mention(25, 27)]);
        a.Entities.Add(e);
        var gold = """{"entities":[{"name":"Lin Jian","type":"PERSON","country":"CHN","sector":"GOV","titles_contain":["spokesperson"],"min_mentions":3,"mentions_must_include":["Lin","He"]}]}""";
        Assert.True(Check(gold, a).Single(r => r.Section == "entities").Passed);
        e.Sector = "MIL";
        var r2 = Check(gold, a).Single(r => r.Section == "entities");
        Assert.False(r2.Passed);
        Assert.Contains("sector", r2.Reason);
    }

    [Fact]
    public void Quote_item_checks_speaker_kind_and_cue_lemma()
    {
        var a = new Article("“It is clear,” Lin said.", new InputInfo(null, null, null));
        var e = new Entity { Id = "e1", Name = "Lin Jian", Type = EntityType.PERSON };
        a.Entities.Add(e);
        a.Quotes.Add(new Quote { Id = "q1", Kind = QuoteKind.Direct, Speaker = "e1", Source = new(15, 18), Cue = new(19, 23), CueLemma = "say", Content = new(1, 12), Confidence = 0.9 });
        var ok = """{"quotes":[{"speaker":"Lin Jian","kinds":["direct"],"content_contains":"is clear","cue_lemma":"say"}]}""";
        var badKind = """{"quotes":[{"speaker":"Lin Jian","kinds":["indirect"],"content_contains":"is clear"}]}""";
        var badLemma = """{"quotes":[{"speaker":"Lin Jian","kinds":["direct"],"content_contains":"is clear","cue_lemma":"deny"}]}""";
        Assert.True(Check(ok, a).Single(r => r.Section == "quotes").Passed);
        Assert.False(Check(badKind, a).Single(r => r.Section == "quotes").Passed);
        Assert.False(Check(badLemma, a).Single(r => r.Section == "quotes").Passed);
    }

    [Fact]
    public void Must_not_flags_boilerplate_people()
    {
        var a = new Article("Others are reading now", new InputInfo(null, null, null));
        var e = new Entity { Id = "e1", Name = "Others", Type = EntityType.PERSON };
        e.Mentions.Add(new Mention(0, 6));
        a.Entities.Add(e);
        Assert.False(Check("{}", a).First(r => r.Section == "must_not").Passed);
    }

    [Fact]
    public void Claim_place_may_be_named_by_an_alias_the_gold_entity_lists()
    {
        var a = new Article("Two were captured in Donetsk region.", new InputInfo(null, null, null));
        var place = new Entity { Id = "e1", Name = "Donetsk region", Type = EntityType.GPE };
        place.Mentions.Add(new Mention(21, 35));
        a.Entities.Add(place);
        a.Claims.Add(new Claim { Id = "c1", Span = new(0, 36), Quantity = new Quantity { Value = 2, Min = 2, Max = 2, MinInclusive = true, MaxInclusive = true }, Object = "people", Predicate = "captured", Place = "e1" });
        var withAlias = """{"entities":[{"name":"Donetsk Oblast","aliases":["Donetsk region"],"type":"GPE"}],"claims":[{"object_contains":"people","place":"Donetsk Oblast"}]}""";
        var withoutAlias = """{"claims":[{"object_contains":"people","place":"Donetsk Oblast"}]}""";
        Assert.True(Check(withAlias, a).Single(r => r.Section == "claims").Passed);
        Assert.False(Check(withoutAlias, a).Single(r => r.Section == "claims").Passed);
    }
}
