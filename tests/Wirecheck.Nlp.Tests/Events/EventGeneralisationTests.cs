namespace Wirecheck.Nlp.Tests.Events;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Events;

/// <summary>
/// The session-4 general rules on made-up sentences (never PLOVER gold sentences): cessation complements, plural
/// nouns that look like verbs, trailing attribution verbs that are speech acts, possessor countries of unplaced
/// subjects, NGO common nouns, leaders and armed movements, military units that "arrive", nominalisations, the
/// speaker of a cue keeping the compound subject, and the grammar word lists read from data/events/grammar.tsv.
/// </summary>
public class EventGeneralisationTests
{
    private static Article Code(string text, Action<Article>? layers = null)
    {
        var a = new Article(text, new InputInfo("test.txt", null, null));
        a.Blocks.Add(new Block(0, text.Length, BlockKind.Paragraph));
        a.Sentences.Add(new Sentence(0, text.Length, 0, 0));
        layers?.Invoke(a);
        new EventStage().Process(a, CancellationToken.None);
        return a;
    }

    private static Event Headline(Article a)
    {
        Assert.NotEmpty(a.Events);
        return a.Events.OrderByDescending(e => e.Confidence).ThenBy(e => e.Trigger.Start).First();
    }

    private static string? Country(Event e, string role) => e.Arguments.FirstOrDefault(x => x.Role == role)?.Country;

    // ---- cessation complements

    [Theory]
    [InlineData("The rebels pledged to stop kidnapping foreigners.", "AGREE", null)]
    [InlineData("The guerrillas agreed to halt attacks on the pipeline.", "AGREE", null)]
    [InlineData("The council demanded an end to the shelling of the city.", "REQUEST", "yield")]
    [InlineData("The militia refused to stop shelling the border towns.", "REJECT", "yield")]
    public void The_cessation_of_a_conflict_event_in_a_complement_is_a_de_escalation(string text, string type, string? mode)
    {
        var h = Headline(Code(text));
        Assert.Equal(type, h.Type);
        if (mode is not null) Assert.Equal(mode, h.Mode);
    }

    [Fact]
    public void Without_a_cessation_word_the_complement_keeps_its_reading()
    {
        var h = Headline(Code("The rebels vowed to attack the capital."));
        Assert.Equal("THREATEN", h.Type);
    }

    // ---- -s forms that are plural nouns

    [Theory]
    [InlineData("Hundreds of prisoners in Turkish jails began a hunger strike.")]
    [InlineData("Inmates in three jails went on a hunger strike on Monday.")]
    [InlineData("Prisoners held in the Egyptian jails staged a hunger strike.")]
    public void An_s_form_after_a_demonym_or_number_is_a_plural_noun_not_a_verb(string text)
    {
        var a = Code(text);
        Assert.DoesNotContain(a.Events, e => a[e.Trigger] == "jails");
        Assert.Equal("PROTEST", Headline(a).Type);
    }

    [Fact]
    public void An_s_form_after_a_subject_name_is_still_a_verb()
    {
        var a = Code("Turkey jails the editor of an opposition newspaper.");
        Assert.Equal("COERCE", Headline(a).Type);
    }

    // ---- trailing attribution verbs

    [Fact]
    public void A_trailing_complaint_about_a_verbal_act_is_the_event()
    {
        var a = Code("The army is refusing to investigate the killings, a human rights group complained on Monday.");
        var h = Headline(a);
        Assert.Equal("ACCUSE", h.Type);
        Assert.Equal("NGO", Country(h, "actor"));
    }

    [Fact]
    public void A_trailing_protest_verb_is_verbal_disapproval()
    {
        var a = Code("Kenyan officials failed to hold the promised talks, opposition leaders protested.");
        var h = Headline(a);
        Assert.Equal("ACCUSE", h.Type);
        Assert.Equal("disapprove", h.Mode);
        Assert.Equal("KEN", Country(h, "recipient"));
    }

    [Fact]
    public void A_reported_material_act_stays_the_event_under_a_trailing_speech_verb()
    {
        var a = Code("Police beat dozens of Kenyan students, a rights group charged on Friday.");
        Assert.Equal("ASSAULT", Headline(a).Type);
    }

    // ---- possessor and NGO actors

    [Theory]
    [InlineData("Sudan's Islamist-led government urged the Arab League to send aid.", "SDN")]
    [InlineData("Nigeria's military rulers banned all political parties.", "NGA")]
    [InlineData("Kenya's ruling party rejected the demands.", "KEN")]
    public void An_unplaced_subject_takes_the_country_of_its_possessor(string text, string country)
    {
        Assert.Equal(country, Country(Headline(Code(text)), "actor"));
    }

    [Theory]
    [InlineData("A human rights group accused the police of torture.")]
    [InlineData("An aid agency criticised the blockade of the port.")]
    [InlineData("A charity condemned the bombing of the hospital.")]
    public void An_unnamed_rights_group_or_aid_agency_is_an_NGO(string text)
    {
        Assert.Equal("NGO", Country(Headline(Code(text)), "actor"));
    }

    // ---- leaders and armed movements

    [Theory]
    [InlineData("Yeltsin met Bill Clinton in Moscow on Tuesday.", "RUS", "USA")]
    [InlineData("Mubarak criticised Israel for the raid.", "EGY", "ISR")]
    [InlineData("Museveni accused Sudan of arming the rebels.", "UGA", "SDN")]
    public void Well_known_leaders_carry_their_country(string text, string actor, string recipient)
    {
        var h = Headline(Code(text));
        Assert.Equal(actor, Country(h, "actor"));
        Assert.Equal(recipient, Country(h, "recipient"));
    }

    [Theory]
    [InlineData("UNITA rebels attacked a diamond mine.", "AGO")]
    [InlineData("Shining Path guerrillas ambushed an army patrol.", "PER")]
    [InlineData("PKK militants killed three soldiers.", "TUR")]
    public void Armed_movements_are_coded_with_their_country(string text, string country)
    {
        Assert.Equal(country, Country(Headline(Code(text)), "actor"));
    }

    // ---- military units that arrive

    [Theory]
    [InlineData("Two American warships arrived in Haifa on Monday.", "MOBILIZE")]
    [InlineData("More Turkish troops arrived in northern Cyprus.", "MOBILIZE")]
    [InlineData("The first French peacekeepers arrived in Sarajevo.", "AID")]
    [InlineData("The French foreign minister arrived in Algiers.", "CONSULT")]
    public void A_visit_verb_with_a_military_unit_subject_is_a_deployment(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    // ---- nominalisations and CAMEO phrases

    [Theory]
    [InlineData("China reiterated its support for Pakistan.", "SUPPORT")]
    [InlineData("Japan extended a $500 million loan to Indonesia.", "AID")]
    [InlineData("Egypt held Israel responsible for the violence.", "ACCUSE")]
    [InlineData("A Paris court found the former minister guilty of fraud.", "ACCUSE")]
    [InlineData("Iraq massed troops and later called up 20,000 reservists.", "MOBILIZE")]
    public void Nominalisations_and_crosswalk_phrases_are_triggers(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    // ---- the speaker of a speech cue

    [Fact]
    public void The_speaker_of_a_cue_keeps_the_whole_compound_subject()
    {
        const string text = "Egypt and Israel agreed on Monday to resume talks.";
        var a = Code(text, art =>
        {
            var egypt = new Entity { Id = "e1", Name = "Egypt", Type = EntityType.GPE, Country = "EGY" };
            egypt.Mentions.Add(new Mention(0, 5));
            var israel = new Entity { Id = "e2", Name = "Israel", Type = EntityType.GPE, Country = "ISR" };
            israel.Mentions.Add(new Mention(10, 16));
            art.Entities.Add(egypt);
            art.Entities.Add(israel);
            int cue = text.IndexOf("agreed", StringComparison.Ordinal);
            art.Quotes.Add(new Quote { Id = "q1", Kind = QuoteKind.Indirect, Speaker = "e2", Cue = new TextSpan(cue, cue + 6), Content = new TextSpan(cue + 7, text.Length - 1) });
        });
        var h = Headline(a);
        Assert.Equal("AGREE", h.Type);
        var actors = h.Arguments.Where(x => x.Role == "actor").Select(x => x.Country).ToList();
        Assert.Equal(new[] { "EGY", "ISR" }, actors);
    }

    // ---- grammar word lists

    [Fact]
    public void Grammar_lists_are_read_from_the_data_file()
    {
        var g = EventGrammar.Default;
        Assert.Contains("the", g.Set("determiner"));
        Assert.Contains("whose", g.Set("clause-stop"));
        Assert.Contains("ASSAULT", g.Set("unattributed-type"));
        Assert.Throws<KeyNotFoundException>(() => g.Set("no-such-list"));
    }

    [Fact]
    public void A_grammar_file_with_a_duplicate_id_or_a_short_line_is_rejected()
    {
        Assert.Throws<FormatException>(() => EventGrammar.Load(_ => new[] { "g1\tparticle\toff", "g1\tparticle\tup" }));
        Assert.Throws<FormatException>(() => EventGrammar.Load(_ => new[] { "g1\tparticle" }));
        var ok = EventGrammar.Load(_ => new[] { "g1\tparticle\toff", "g2\tparticle\tup" });
        Assert.Equal(new[] { "off", "up" }, ok.Set("particle").OrderBy(x => x));
    }
}
