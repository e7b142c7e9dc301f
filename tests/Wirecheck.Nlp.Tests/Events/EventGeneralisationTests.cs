namespace Wirecheck.Nlp.Tests.Events;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Events;
using static Wirecheck.Nlp.Tests.Events.EventSentence;

/// <summary>
/// The session-4 general rules on made-up sentences (never PLOVER gold sentences): cessation complements, plural
/// nouns that look like verbs, trailing attribution verbs that are speech acts, possessor countries of unplaced
/// subjects, NGO common nouns, leaders and armed movements, military units that "arrive", nominalisations, the
/// speaker of a cue keeping the compound subject, and the grammar word lists read from data/events/grammar.tsv.
/// </summary>
public class EventGeneralisationTests
{
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

    // ---- setting nouns

    [Theory]
    [InlineData("Police arrested four men during heavy fighting near the border.", "arrested", "fighting")]
    [InlineData("Troops evacuated the villagers amid intense bombing of the valley.", "evacuated", "bombing")]
    [InlineData("The two soldiers were detained during active combat in the east.", "detained", "combat")]
    public void A_noun_event_after_a_setting_preposition_is_the_setting_of_the_other_event(string text, string kept, string setting)
    {
        var a = Code(text);
        var triggers = a.Events.Select(e => text[e.Trigger.Start..e.Trigger.End]).ToList();
        Assert.Contains(triggers, t => t.Contains(kept));
        Assert.DoesNotContain(triggers, t => t.Contains(setting));
    }

    [Theory]
    [InlineData("Two soldiers died during heavy fighting near the border.", "fighting")]
    [InlineData("The villagers fled amid intense bombing of the valley.", "bombing")]
    public void A_setting_noun_is_still_the_event_when_the_sentence_has_no_other(string text, string setting)
    {
        var a = Code(text);
        Assert.Contains(a.Events, e => text[e.Trigger.Start..e.Trigger.End].Contains(setting));
    }

    // ---- leaders and armed movements

    [Theory]
    [InlineData("Yeltsin met Bill Clinton in Moscow on Tuesday.", "RUS", "USA")]
    [InlineData("Mubarak criticised Israel for the raid.", "EGY", "ISR")]
    [InlineData("Museveni accused Sudan of arming the rebels.", "UGA", "SDN")]
    [InlineData("Keir Starmer met Emmanuel Macron in London on Tuesday.", "GBR", "FRA")]
    [InlineData("Javier Milei criticised Brazil for the tariffs.", "ARG", "BRA")]
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

    // ---- passives of verb-object patterns, passive agents of event nouns

    [Theory]
    [InlineData("Thousands of Indian troops were moved to the border on Monday.", "MOBILIZE", "IND")]
    [InlineData("Britain's ambassador was recalled after the incident.", "SANCTION", "GBR")]
    [InlineData("Pakistani troops were quickly sent to the valley.", "MOBILIZE", "PAK")]
    public void The_passive_of_a_verb_object_pattern_is_the_pattern_with_the_objects_owner_as_actor(string text, string type, string actor)
    {
        var h = Headline(Code(text));
        Assert.Equal(type, h.Type);
        Assert.Equal(actor, Country(h, "actor"));
    }

    [Theory]
    [InlineData("New sanctions against Cuba were announced by the United States on Friday.", "USA", "CUB")]
    [InlineData("The attack on the convoy was carried out by Hamas, officials said.", "PSE", null)]
    [InlineData("A fresh offensive was launched by Turkey against the rebels.", "TUR", null)]
    public void The_agent_of_a_passive_whose_subject_is_an_event_noun_is_its_actor(string text, string actor, string? recipient)
    {
        var h = Headline(Code(text));
        Assert.Equal(actor, Country(h, "actor"));
        if (recipient is not null) Assert.Equal(recipient, Country(h, "recipient"));
    }

    // ---- self-restraint

    [Theory]
    [InlineData("North Korea agreed to freeze its nuclear programme.")]
    [InlineData("Iran offered to suspend its enrichment work for six months.")]
    [InlineData("The rebels promised to halt their operations in the north.")]
    public void A_sanction_verb_on_the_subjects_own_activity_is_not_a_threat(string text)
    {
        Assert.Equal("AGREE", Headline(Code(text)).Type);
    }

    [Fact]
    public void Vowing_a_sanction_against_another_party_is_still_a_threat()
    {
        Assert.Equal("THREATEN", Headline(Code("Russia vowed to expel the Polish diplomats.")).Type);
    }

    // ---- retaliation, carriers, approving aid

    [Theory]
    [InlineData("Israel said it would strike back at Hezbollah.", "THREATEN")]
    [InlineData("The army hit back at the rebels with artillery.", "ASSAULT")]
    [InlineData("The United States sent an aircraft carrier to the Gulf.", "MOBILIZE")]
    [InlineData("The Japanese parliament approved $300 million in aid for Indonesia.", "AID")]
    public void Phrasal_verbs_and_object_patterns_of_the_crosswalk_descriptions(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    // ---- the cue speaker is not taken from after the trigger

    [Fact]
    public void A_cue_speaker_after_the_trigger_does_not_replace_the_subject_before_it()
    {
        const string text = "Ireland urged Britain to open talks with Sinn Fein.";
        var a = Code(text, art =>
        {
            var ire = new Entity { Id = "e1", Name = "Ireland", Type = EntityType.GPE, Country = "IRL" };
            ire.Mentions.Add(new Mention(0, 7));
            var sf = new Entity { Id = "e2", Name = "Sinn Fein", Type = EntityType.ORG, Country = "GBR" };
            int s0 = text.IndexOf("Sinn", StringComparison.Ordinal);
            sf.Mentions.Add(new Mention(s0, s0 + 9));
            art.Entities.Add(ire);
            art.Entities.Add(sf);
            int cue = text.IndexOf("urged", StringComparison.Ordinal);
            art.Quotes.Add(new Quote { Id = "q1", Kind = QuoteKind.Indirect, Speaker = "e2", Cue = new TextSpan(cue, cue + 5), Content = new TextSpan(cue + 6, text.Length - 1) });
        });
        Assert.Equal("IRL", Country(Headline(a), "actor"));
    }

    // ---- departures of units, participial adjuncts, lifting a state of siege

    [Theory]
    [InlineData("The last Soviet troops left Afghanistan on Wednesday.", "RETREAT")]
    [InlineData("French warships departed the Lebanese coast.", "RETREAT")]
    [InlineData("Nigerian peacekeepers left Monrovia after six years.", "RETREAT")]
    public void A_military_unit_leaving_is_a_withdrawal(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    [Fact]
    public void A_minister_leaving_is_not_a_withdrawal()
    {
        var a = Code("The Egyptian foreign minister left Cairo for Paris.");
        Assert.DoesNotContain(a.Events, e => e.Type == "RETREAT");
    }

    [Theory]
    [InlineData("Thousands of students took to the streets of Jakarta demanding new elections.", "PROTEST")]
    [InlineData("Farmers marched through Paris shouting slogans and demanding higher prices.", "PROTEST")]
    [InlineData("Riot police used tear gas to disperse demonstrators protesting the vote.", "PROTEST")]
    public void A_participial_adjunct_ranks_below_the_main_event_but_not_a_relative_on_a_people_noun(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    [Theory]
    [InlineData("Chile lifted the state of siege on Monday.")]
    [InlineData("Egypt lifted the state of emergency in the south.")]
    [InlineData("Poland lifted martial law after two years.")]
    public void Lifting_a_state_of_siege_or_emergency_is_a_concession_not_a_military_retreat(string text)
    {
        Assert.Equal("CONCEDE", Headline(Code(text)).Type);
    }

    // ---- closing media, reported crimes, joint manoeuvres with a modifier

    [Theory]
    [InlineData("An Iranian court closed two reformist newspapers on Monday.", "COERCE", "censor")]
    [InlineData("The military government shut the opposition newspaper.", "COERCE", "censor")]
    [InlineData("Witnesses said the militia had committed atrocities in the valley.", "ACCUSE", "allege")]
    [InlineData("The report said the army committed war crimes in the south.", "ACCUSE", "allege")]
    [InlineData("American and Polish troops began a joint naval exercise in the Baltic.", "COOPERATE", null)]
    [InlineData("Indian and Bangladeshi guards carried out a joint border patrol.", "COOPERATE", null)]
    public void Crosswalk_object_patterns_for_media_crimes_and_joint_manoeuvres(string text, string type, string? mode)
    {
        var h = Headline(Code(text));
        Assert.Equal(type, h.Type);
        if (mode is not null) Assert.Equal(mode, h.Mode);
    }

    // ---- unplaced actors in a one-country sentence

    [Theory]
    [InlineData("Leftist guerrillas blew up an oil pipeline in northeastern Colombia on Saturday.", "COL")]
    [InlineData("Leftist rebels ambushed an army convoy, Peruvian radio said.", "PER")]
    [InlineData("Militiamen burned dozens of homes in northern Uganda.", "UGA")]
    public void An_unplaced_actor_of_a_conflict_event_takes_the_sentences_only_country(string text, string country)
    {
        Assert.Equal(country, Country(Headline(Code(text)), "actor"));
    }

    [Fact]
    public void An_unplaced_actor_in_a_two_country_sentence_stays_unplaced()
    {
        var h = Headline(Code("Unidentified gunmen attacked Israeli and Egyptian diplomats."));
        Assert.Null(Country(h, "actor"));
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
