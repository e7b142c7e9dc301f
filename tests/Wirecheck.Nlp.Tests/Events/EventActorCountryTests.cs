namespace Wirecheck.Nlp.Tests.Events;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Events;
using static Wirecheck.Nlp.Tests.Events.EventSentence;

/// <summary>
/// Actor and recipient countries: country words from the gazetteer, and the general rules that pick the argument
/// and its country (stance triggers, appositives, "of" heads, qualified groups, domestic defaults). Sentences are
/// written for the tests (none is from the evaluation set); the event stage runs alone, so mentions come from the
/// gazetteer and the name lexicon unless an entity is added by hand.
/// </summary>
public class EventActorCountryTests
{
    private static Entity AddEntity(Article a, string name, EntityType type, string? country, string? sector, string mention)
    {
        var e = new Entity { Id = "e" + (a.Entities.Count + 1), Name = name, Type = type, Country = country, Sector = sector };
        int s = a.Text.IndexOf(mention, StringComparison.Ordinal);
        Assert.True(s >= 0, mention);
        e.Mentions.Add(new Mention(s, s + mention.Length));
        a.Entities.Add(e);
        return e;
    }

    [Theory]
    [InlineData("Sri Lankan troops attacked the rebels.", "LKA")]          // two-word demonym
    [InlineData("Bosnia-Herzegovina rejected the proposal.", "BIH")]       // hyphenated name
    [InlineData("The U.S. condemned the attack.", "USA")]                  // dotted abbreviation
    [InlineData("Beijing rejected the proposal.", "CHN")]                  // capital for its government
    [InlineData("Kyrgyz officials rejected the proposal.", "KGZ")]         // alias kept in data/gazetteers/aliases.tsv
    public void Country_words_come_from_the_gazetteer(string text, string iso3)
    {
        Assert.Equal(iso3, Country(Headline(Code(text)), "actor"));
    }

    [Fact]
    public void The_country_names_lookup_finds_the_longest_run_and_its_kind()
    {
        var text = "the Democratic Republic of the Congo and Chinese forces";
        var words = WordScanner.Scan(text, 0, text.Length);
        Assert.True(CountryNames.Default.TryMatch(text, words, 1, words.Count, out var hit));
        Assert.Equal(("COD", "name"), (hit.Iso3, hit.Kind));
        Assert.Equal("Congo", text[words[hit.End - 1].Start..words[hit.End - 1].End]);
        int chinese = words.FindIndex(w => w.Lower == "chinese");
        Assert.True(CountryNames.Default.TryMatch(text, words, chinese, words.Count, out var dem));
        Assert.Equal(("CHN", "demonym"), (dem.Iso3, dem.Kind));
        Assert.False(CountryNames.Default.TryMatch(text, words, 0, words.Count, out _)); // lower-case "the" starts no name
    }

    [Fact]
    public void A_stance_trigger_takes_the_speaker_as_actor_and_the_clause_subject_as_recipient()
    {
        var v = Headline(Code("Germany said on Monday that Russia must withdraw its troops."));
        Assert.Equal("REQUEST", v.Type);
        Assert.Equal("DEU", Country(v, "actor"));
        Assert.Equal("RUS", Country(v, "recipient"));
    }

    [Fact]
    public void An_appositive_between_commas_is_skipped_to_its_head()
    {
        var a = Prepare("Members of the Polish Writers Association, a body linked to the European Union, condemned the arrests.");
        var v = Headline(Run(a));
        Assert.Equal("ACCUSE", v.Type);
        Assert.Equal("POL", Country(v, "actor"));
    }

    [Fact]
    public void The_head_of_an_of_phrase_is_the_actor()
    {
        var v = Headline(Code("The Turkish and Greek sides of the island of Cyprus agreed to exchange prisoners."));
        Assert.Equal("AGREE", v.Type);
        Assert.Contains(Country(v, "actor"), new[] { "TUR", "GRC" });
    }

    [Fact]
    public void A_demonym_before_a_group_gives_the_group_its_country()
    {
        var v = Headline(Code("Iraqi Kurds protested in the north."));
        Assert.Equal("IRQ", Country(v, "actor"));
    }

    [Fact]
    public void An_ethnic_minority_takes_the_country_it_lives_in()
    {
        var v = Headline(Code("Police detained ethnic Russians in Estonia."));
        Assert.Equal("COERCE", v.Type);
        Assert.Equal("EST", Country(v, "recipient"));
    }

    [Fact]
    public void An_unplaced_judge_acts_in_the_country_of_the_sentence()
    {
        var a = Prepare("Judge Ana Costa opened investigations against Chilean officials.");
        AddEntity(a, "Ana Costa", EntityType.PERSON, null, "JUD", "Ana Costa");
        var v = Headline(Run(a));
        Assert.Equal("CHL", Country(v, "actor"));
    }

    [Fact]
    public void An_unplaced_recipient_of_a_domestic_event_shares_the_actor_country()
    {
        var a = Prepare("A Peruvian court ordered Juan Perez to appear.");
        AddEntity(a, "Juan Perez", EntityType.PERSON, null, null, "Juan Perez");
        var v = Headline(Run(a));
        Assert.Equal("REQUEST", v.Type);
        Assert.Equal("PER", Country(v, "actor"));
        Assert.Equal("PER", Country(v, "recipient"));
    }

    [Fact]
    public void Outside_diplomacy_an_unplaced_recipient_belongs_to_the_single_country_named()
    {
        var a = Prepare("Gunmen loyal to Peru's rebels attacked Juan Perez.");
        AddEntity(a, "Juan Perez", EntityType.PERSON, null, null, "Juan Perez");
        var v = Headline(Run(a));
        Assert.Equal("ASSAULT", v.Type);
        Assert.Equal("PER", Country(v, "recipient"));

        var b = Prepare("Peru's president met Juan Perez.");
        AddEntity(b, "Juan Perez", EntityType.PERSON, null, null, "Juan Perez");
        var w = Headline(Run(b));
        Assert.Equal("CONSULT", w.Type);
        Assert.Null(Country(w, "recipient")); // a meeting partner may well be foreign
    }

    [Fact]
    public void A_parenthesised_acronym_stands_for_the_name_before_it()
    {
        var a = Prepare("The Media Freedom Foundation (MFF) has completed its investigation.");
        AddEntity(a, "Media Freedom Foundation", EntityType.ORG, null, null, "Media Freedom Foundation");
        AddEntity(a, "MFF", EntityType.MISC, null, null, "MFF");
        var v = Headline(Run(a));
        Assert.Equal("ACCUSE", v.Type);
        Assert.Equal("NGO", Country(v, "actor"));
    }

    [Fact]
    public void A_purpose_infinitive_takes_the_sentence_subject()
    {
        var v = Headline(Code("Kazakhstan reopened the old bridge after two years to allow aid into Afghanistan."));
        Assert.Equal("KAZ", Country(v, "actor"));
    }

    [Fact]
    public void An_unnamed_attacker_is_coded_with_the_place_of_the_attack()
    {
        var a = Prepare("A car bombing near the town of Mosul killed two soldiers.");
        AddEntity(a, "Mosul", EntityType.GPE, "IRQ", null, "Mosul");
        var v = Headline(Run(a));
        Assert.Equal("ASSAULT", v.Type);
        Assert.Equal("IRQ", Country(v, "actor"));
    }

    [Fact]
    public void A_country_name_with_a_sector_noun_is_an_actor_not_a_place()
    {
        var a = Prepare("Police arrested critics of the Chilean government.");
        AddEntity(a, "Chile", EntityType.GPE, "CHL", "GOV", "Chilean government");
        new EventStage().Process(a, CancellationToken.None);
        var v = a.Events.Single(e => e.Type == "COERCE");
        Assert.DoesNotContain(v.Arguments, x => x.Role == "location");
    }
}
