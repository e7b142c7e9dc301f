namespace Wirecheck.Nlp.Tests.Entities;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Entities;

public class PatternRecognizerTests
{
    private static List<(string Text, EntityCandidate C)> Candidates(string text)
    {
        var a = EntityTestPipeline.Article(text);
        new EntityPatternStage(new PatternRecognizer(EntityLexicons.Default, FakeCountries.Instance)).Process(a, default);
        return a.EntityCandidates.Select(c => (a.Covered(c.Start, c.End), c)).ToList();
    }

    [Fact]
    public void Title_before_name_gives_person_with_title_and_the_organisation_inside_it()
    {
        var c = Candidates("Chinese Foreign Ministry spokesperson Lin Jian denied it.");
        var person = Assert.Single(c, x => x.C.Type == EntityType.PERSON);
        Assert.Equal("Lin Jian", person.Text);
        Assert.Equal("Chinese Foreign Ministry spokesperson", person.C.Title);
        Assert.Equal("CHN", person.C.Country);
        Assert.Equal("GOV", person.C.Sector);
        var org = Assert.Single(c, x => x.C.Type == EntityType.ORG);
        Assert.Equal("Chinese Foreign Ministry", org.Text);
        Assert.Equal("CHN", org.C.Country);
    }

    [Fact]
    public void Demonym_and_title_give_country_and_sector()
    {
        var person = Assert.Single(Candidates("According to Ukrainian President Volodymyr Zelenskyy, more came."), x => x.C.Type == EntityType.PERSON);
        Assert.Equal("Volodymyr Zelenskyy", person.Text);
        Assert.Equal(("UKR", "GOV", "Ukrainian President"), (person.C.Country, person.C.Sector, person.C.Title));
    }

    [Theory]
    [InlineData("Officers of the Security Service of Ukraine detained him.", "Security Service of Ukraine", "GOV", "UKR")]
    [InlineData("Soldiers of the 81st Airmobile Brigade held the line.", "81st Airmobile Brigade", "MIL", null)]
    [InlineData("The Armed Forces of Ukraine said so.", "Armed Forces of Ukraine", "MIL", "UKR")]
    public void Organisation_forms(string text, string expected, string sector, string? country)
    {
        var org = Assert.Single(Candidates(text), x => x.C.Source == PatternRecognizer.SourceOrg);
        Assert.Equal(expected, org.Text);
        Assert.Equal(sector, org.C.Sector);
        Assert.Equal(country, org.C.Country);
    }

    [Fact]
    public void Demonym_with_group_noun_is_an_actor_and_alone_is_norp()
    {
        var c = Candidates("Ukrainian forces captured two Chinese nationals.");
        var forces = Assert.Single(c, x => x.C.Type == EntityType.ORG);
        Assert.Equal(("Ukrainian forces", "UKR", "MIL"), (forces.Text, forces.C.Country, forces.C.Sector));
        var norp = Assert.Single(c, x => x.C.Type == EntityType.NORP);
        Assert.Equal(("Chinese", "CHN"), (norp.Text, norp.C.Country));
    }

    [Fact]
    public void X_based_and_agencies_and_regions()
    {
        var c = Candidates("Ukrinform said a Moscow-based center recruited men in the Donetsk region.");
        Assert.Contains(c, x => x.Text == "Ukrinform" && x.C.Sector == "JRN" && x.C.Country == "UKR");
        Assert.Contains(c, x => x.Text == "Moscow" && x.C.Type == EntityType.GPE && x.C.Country == "RUS" && x.C.Source == PatternRecognizer.SourceBased);
        Assert.Contains(c, x => x.Text == "Donetsk region" && x.C.Type == EntityType.GPE);
    }

    [Fact]
    public void Short_agency_names_need_their_own_casing()
    {
        Assert.Contains(Candidates("AP reported it first."), x => x.Text == "AP" && x.C.Sector == "JRN");
        Assert.DoesNotContain(Candidates("Ap reported it first."), x => x.C.Source == PatternRecognizer.SourceAgency);
    }

    [Fact]
    public void A_title_followed_by_a_lower_case_word_names_nobody()
    {
        Assert.DoesNotContain(Candidates("The president said the minister would resign."), x => x.C.Type == EntityType.PERSON);
    }
}
