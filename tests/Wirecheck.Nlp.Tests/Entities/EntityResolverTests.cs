namespace Wirecheck.Nlp.Tests.Entities;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Entities;
using Wirecheck.TestSupport;

public class EntityResolverTests
{
    [Fact]
    public void Person_gets_surname_pronoun_and_description_mentions_and_titles()
    {
        var a = EntityTestPipeline.Run(false,
            "Chinese Foreign Ministry spokesperson Lin Jian denied any involvement.",
            "“The position is very clear,” Lin said. He also criticized the reports.",
            "Later the spokesperson repeated that he had nothing to add.");
        var lin = EntityTestPipeline.Named(a, "Lin Jian");
        Assert.NotNull(lin);
        Assert.Equal(EntityType.PERSON, lin!.Type);
        var mentions = EntityTestPipeline.MentionTexts(a, lin);
        Assert.Equal(new[] { "Lin Jian", "Lin", "He", "the spokesperson", "he" }, mentions);
        Assert.Contains("Chinese Foreign Ministry spokesperson", lin.Titles);
        Assert.Equal(("CHN", "GOV"), (lin.Country, lin.Sector));
        Invariants.Check(a);
    }

    [Fact]
    public void Name_variants_are_one_entity()
    {
        var a = EntityTestPipeline.Run(false,
            "Ukrainian President Volodymyr Zelenskyy spoke on Monday.",
            "Zelensky said the talks failed. Later President Zelenskiy left, and Volodymyr Zelensky returned.");
        var persons = a.Entities.Where(e => e.Type == EntityType.PERSON).ToList();
        var z = Assert.Single(persons);
        Assert.Equal("Volodymyr Zelenskyy", z.Name);
        Assert.Equal(4, z.Mentions.Count(m => m.Source != EntityResolver.SourcePronoun));
        Assert.Equal("UKR", z.Country);
    }

    [Fact]
    public void A_full_name_with_another_first_name_is_another_person_even_after_the_bare_surname()
    {
        // "Ivanka Trump" after "Donald Trump" and "Trump": the bare surname's key must not pull the daughter into the father
        var a = EntityTestPipeline.Article("Mark Halvers spoke on Monday.", "Halvers said the plan was fair. His daughter Ivana Halvers spoke on Tuesday.");
        foreach (var name in new[] { "Mark Halvers", "Halvers", "Ivana Halvers" })
        {
            int from = 0;
            while ((from = a.Text.IndexOf(name, from, StringComparison.Ordinal)) >= 0)
            {
                bool inside = a.EntityCandidates.Exists(c => c.Start <= from && from + name.Length <= c.End);
                if (!inside) a.EntityCandidates.Add(new EntityCandidate(from, from + name.Length, EntityType.PERSON, "model:test"));
                from += name.Length;
            }
        }
        a.EntityCandidates.Sort((x, y) => x.Start.CompareTo(y.Start));
        new EntityResolverStage(new EntityResolver(EntityLexicons.Default, FakeCountries.Instance, new RulesFirstPolicy())).Process(a, default);
        var mark = EntityTestPipeline.Named(a, "Mark Halvers");
        var ivana = EntityTestPipeline.Named(a, "Ivana Halvers");
        Assert.NotNull(mark);
        Assert.NotNull(ivana);
        Assert.NotEqual(mark!.Id, ivana!.Id);
        Assert.Equal(new[] { "Mark Halvers", "Halvers" }, EntityTestPipeline.MentionTexts(a, mark).Where(t => t.Contains("Halvers")));
    }

    [Fact]
    public void A_name_that_ends_a_longer_name_seen_before_is_the_same_person()
    {
        var a = EntityTestPipeline.Article("Aung Min Soe Tun arrived in the capital.", "Soe Tun said the talks went well.");
        foreach (var name in new[] { "Aung Min Soe Tun", "Soe Tun" })
        {
            int from = 0;
            while ((from = a.Text.IndexOf(name, from, StringComparison.Ordinal)) >= 0)
            {
                if (!a.EntityCandidates.Exists(c => c.Start <= from && from + name.Length <= c.End))
                    a.EntityCandidates.Add(new EntityCandidate(from, from + name.Length, EntityType.PERSON, "model:test"));
                from += name.Length;
            }
        }
        a.EntityCandidates.Sort((x, y) => x.Start.CompareTo(y.Start));
        new EntityResolverStage(new EntityResolver(EntityLexicons.Default, FakeCountries.Instance, new RulesFirstPolicy())).Process(a, default);
        var person = Assert.Single(a.Entities, e => e.Type == EntityType.PERSON);
        Assert.Equal("Aung Min Soe Tun", person.Name);
        Assert.Equal(2, person.Mentions.Count(m => m.Source != EntityResolver.SourcePronoun));
    }

    [Theory]
    [InlineData("Envoy Pak Song-il spoke on Monday.", "Pak Song", "Pak Song-il")]
    [InlineData("The Dana Rook-era rules were dropped.", "Dana Rook", "Dana Rook")]
    [InlineData("A Rand Poll-led group met.", "Rand Poll", "Rand Poll")]
    [InlineData("Ed Lee-Smith spoke.", "Ed Lee", "Ed Lee")]
    public void A_person_span_cut_at_a_hyphen_takes_the_rest_of_a_hyphenated_given_name(string text, string tagged, string expected)
    {
        var a = EntityTestPipeline.Article(text);
        int at = text.IndexOf(tagged, StringComparison.Ordinal);
        a.EntityCandidates.Add(new EntityCandidate(at, at + tagged.Length, EntityType.PERSON, "model:test"));
        new EntityResolverStage(new EntityResolver(EntityLexicons.Default, FakeCountries.Instance, new RulesFirstPolicy())).Process(a, default);
        Assert.Equal(expected, Assert.Single(a.Entities, e => e.Type == EntityType.PERSON).Name);
    }

    [Fact]
    public void A_first_name_the_tagger_left_out_keeps_a_relative_apart_from_the_person_with_that_surname()
    {
        // tagged "Keith Lamar Halvers" and, later, only "Halvers" of "Rakeya Halvers"; "Meanwhile Halvers" stays the surname
        // (a word the tagger's cluster vocabulary knows is no first name)
        var a = EntityTestPipeline.Article("Keith Lamar Halvers was stopped by police.", "Rakeya Halvers filmed the stop. Meanwhile Halvers left.");
        void Tag(string words, int nth)
        {
            int at = -1;
            for (int k = 0; k <= nth; k++) at = a.Text.IndexOf(words, at + 1, StringComparison.Ordinal);
            a.EntityCandidates.Add(new EntityCandidate(at, at + words.Length, EntityType.PERSON, "model:test"));
        }
        Tag("Keith Lamar Halvers", 0);
        Tag("Halvers", 1);
        Tag("Halvers", 2);
        new EntityResolverStage(new EntityResolver(EntityLexicons.Default, FakeCountries.Instance, new RulesFirstPolicy())).Process(a, default);
        var keith = EntityTestPipeline.Named(a, "Keith Lamar Halvers");
        var rakeya = EntityTestPipeline.Named(a, "Rakeya Halvers");
        Assert.NotNull(keith);
        Assert.NotNull(rakeya);
        Assert.NotEqual(keith!.Id, rakeya!.Id);
        Assert.DoesNotContain(a.Entities, e => e.Name.Contains("Meanwhile", StringComparison.Ordinal) || e.Aliases.Exists(x => x.Contains("Meanwhile", StringComparison.Ordinal)));
    }

    [Fact]
    public void Capital_acting_is_the_government_and_capital_as_location_is_a_place()
    {
        var a = EntityTestPipeline.Run(false,
            "Beijing confirms two men were captured.",
            "The talks were held in Beijing last week. China denied any involvement.");
        var china = EntityTestPipeline.Named(a, "China");
        Assert.NotNull(china);
        Assert.Equal(("CHN", "GOV", EntityType.GPE), (china!.Country, china.Sector, china.Type));
        var texts = EntityTestPipeline.MentionTexts(a, china);
        Assert.Equal(new[] { "Beijing", "China" }, texts);
        Assert.Equal(EntityResolver.SourceMetonymy, china.Mentions[0].Source);
        var place = a.Entities.Single(e => e.Name == "Beijing");
        Assert.Equal(EntityType.GPE, place.Type);
        Assert.Null(place.Sector);
    }

    [Fact]
    public void Government_of_a_country_joins_the_country_and_forces_are_an_actor()
    {
        var a = EntityTestPipeline.Run(false,
            "The Chinese government has confirmed that two men were captured by Ukrainian forces in Ukraine.",
            "China said Ukrainian forces had treated them well.");
        var china = EntityTestPipeline.Named(a, "China")!;
        Assert.Contains("Chinese government", EntityTestPipeline.MentionTexts(a, china));
        var forces = a.Entities.Single(e => e.Name == "Ukrainian forces");
        Assert.Equal(("UKR", "MIL", EntityType.ORG, 2), (forces.Country, forces.Sector, forces.Type, forces.Mentions.Count));
        var ukraine = a.Entities.Single(e => e.Name == "Ukraine");
        Assert.Equal(("UKR", EntityType.GPE), (ukraine.Country, ukraine.Type));
    }

    [Fact]
    public void Pronoun_without_a_recent_person_stays_unresolved()
    {
        var a = EntityTestPipeline.Run(false,
            "Foreign Minister Sergei Lavrov arrived.",
            "The weather was cold. Roads were closed. Trains were late. Shops were shut.",
            "He said nothing.");
        var lavrov = a.Entities.Single(e => e.Type == EntityType.PERSON);
        Assert.DoesNotContain(lavrov.Mentions, m => m.Source == EntityResolver.SourcePronoun);
    }

    [Fact]
    public void She_does_not_go_to_a_man_already_called_he()
    {
        var a = EntityTestPipeline.Run(false, "Mr. Smith arrived and he sat down. She waved.");
        var smith = a.Entities.Single(e => e.Type == EntityType.PERSON);
        Assert.Equal(new[] { "Smith", "he" }, EntityTestPipeline.MentionTexts(a, smith));
    }

    [Fact]
    public void Organisation_short_form_joins_the_long_form()
    {
        var a = EntityTestPipeline.Run(false, "Chinese Foreign Ministry spokesperson Lin Jian spoke.", "The Foreign Ministry later issued a note.");
        var org = a.Entities.Single(e => e.Type == EntityType.ORG);
        Assert.Equal("Chinese Foreign Ministry", org.Name);
        Assert.Equal(new[] { "Chinese Foreign Ministry", "Foreign Ministry" }, EntityTestPipeline.MentionTexts(a, org));
    }

    [Fact]
    public void Policy_prefers_rules_then_longest_and_never_overlaps()
    {
        var policy = new RulesFirstPolicy();
        var chosen = policy.Select(new[]
        {
            new EntityCandidate(0, 20, EntityType.PERSON, "model:perceptron"),
            new EntityCandidate(10, 18, EntityType.PERSON, "pattern:title"),
            new EntityCandidate(0, 7, EntityType.NORP, "pattern:demonym"),
            new EntityCandidate(22, 30, EntityType.LOC, "model:perceptron"),
            new EntityCandidate(22, 30, EntityType.GPE, "gazetteer:geonames"),
        });
        Assert.Equal(new[] { "pattern:demonym", "pattern:title", "gazetteer:geonames" }, chosen.Select(c => c.Source));
        Assert.Equal("rules-first-longest", policy.Name);
    }

    [Fact]
    public void Tagger_organisation_that_is_a_country_name_becomes_the_country()
    {
        var a = EntityTestPipeline.Article("Russia’s invasion continued.");
        a.EntityCandidates.Add(new EntityCandidate(0, 6, EntityType.ORG, "model:perceptron"));
        new EntityResolverStage(new EntityResolver(EntityLexicons.Default, FakeCountries.Instance, new RulesFirstPolicy())).Process(a, default);
        var e = Assert.Single(a.Entities);
        Assert.Equal(("Russia", EntityType.GPE, "RUS"), (e.Name, e.Type, e.Country));
    }

    [Fact]
    public void Headline_title_case_drops_tagger_guesses_not_seen_elsewhere()
    {
        var a = EntityTestPipeline.Article("China Walks Diplomatic Tightrope Over Ukraine", "Others are reading now.");
        a.EntityCandidates.Add(new EntityCandidate(0, 11, EntityType.PERSON, "model:perceptron"));
        a.EntityCandidates.Add(new EntityCandidate(46, 52, EntityType.PERSON, "model:perceptron"));
        new EntityResolverStage(new EntityResolver(EntityLexicons.Default, FakeCountries.Instance, new RulesFirstPolicy())).Process(a, default);
        Assert.DoesNotContain(a.Entities, e => e.Type == EntityType.PERSON);
    }
}
