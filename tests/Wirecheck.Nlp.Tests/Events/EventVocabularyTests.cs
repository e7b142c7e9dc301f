namespace Wirecheck.Nlp.Tests.Events;

using Wirecheck.Core.Model;
using static Wirecheck.Nlp.Tests.Events.EventSentence;

/// <summary>
/// Session-5 vocabulary and grammar rules on made-up sentences (never PLOVER gold sentences): irregular past forms of
/// trigger verbs, a verb particle that ends a pattern gap, CAMEO-description triggers (military aid, disarmament,
/// small-arms fire, alert status), a labour strike, and a bare verb after an actor phrase that ends in its head noun.
/// </summary>
public class EventVocabularyTests
{
    // ---- irregular past forms (general English grammar; data/events/irregular-verbs.tsv)

    [Theory]
    [InlineData("The Polish president forgave Germany for the wartime atrocities.", "SUPPORT")]   // forgive: 056
    [InlineData("A Kenyan court found the former minister guilty of fraud.", "ACCUSE")]           // find * guilty: 116
    [InlineData("The Danish prime minister paid tribute to the Norwegian rescuers.", "SUPPORT")]  // pay tribute to: 051
    [InlineData("Japan withheld aid from Myanmar after the coup.", "SANCTION")]                   // withhold * aid: 162
    [InlineData("Russia built up its forces along the border with Georgia.", "MOBILIZE")]         // build up: 154
    public void Irregular_past_forms_of_trigger_verbs_are_matched(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    // ---- a particle right after the verb makes another verb: "called up X on" is not "call * on"

    [Theory]
    [InlineData("Greece called up reservists on Sunday as tension rose.")]
    [InlineData("Armenia called up 20,000 reserve soldiers on Friday.")]
    [InlineData("The government called up army reserves on Monday.")]
    public void A_verb_particle_ends_a_pattern_gap(string text)
    {
        var h = Headline(Code(text));
        Assert.Equal("MOBILIZE", h.Type);
    }

    // ---- crosswalk vocabulary

    [Theory]
    [InlineData("Washington sent a new package of weapons to Kyiv on Friday.", "AID")]              // 072 military aid
    [InlineData("Iran shipped arms to the Houthi rebels, officials said.", "AID")]                  // 072
    [InlineData("The rebels handed over their weapons to the peacekeepers.", "RETREAT")]            // 0873/0874 disarm
    [InlineData("About 300 fighters turned over their weapons to the army on Monday.", "RETREAT")] // 0873
    [InlineData("Indian and Pakistani troops exchanged heavy fire across the frontier.", "ASSAULT")] // 193 small arms
    [InlineData("The two armies traded fire near the disputed village.", "ASSAULT")]                // 193
    [InlineData("Turkey put its troops along the Syrian border on full alert.", "MOBILIZE")]        // 152 alert status
    [InlineData("The army was placed on high alert after the bombing.", "MOBILIZE")]                // 152
    public void Crosswalk_descriptions_give_triggers(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    [Theory]
    [InlineData("The rebels handed over their weapons to the peacekeepers.", "disarm")]
    [InlineData("Indian and Pakistani troops exchanged heavy fire across the frontier.", "firearms")]
    [InlineData("Turkey put its troops along the Syrian border on full alert.", "troops")]
    public void Crosswalk_triggers_carry_their_modes(string text, string mode)
    {
        Assert.Equal(mode, Headline(Code(text)).Mode);
    }

    // ---- a strike by working people is a walkout (CAMEO 143), not a military strike

    [Theory]
    [InlineData("Polish shipyard workers launched a strike in Gdansk on Tuesday.")]
    [InlineData("Nigerian doctors launched a strike over unpaid salaries.")]
    [InlineData("Kenyan teachers launched a nationwide strike on Monday.")]
    public void A_strike_launched_by_workers_is_a_protest(string text)
    {
        var h = Headline(Code(text));
        Assert.Equal("PROTEST", h.Type);
        Assert.Equal("strike", h.Mode);
    }

    [Fact]
    public void A_strike_launched_by_troops_is_still_an_attack()
    {
        Assert.Equal("ASSAULT", Headline(Code("Israeli warplanes launched a strike on the camp.")).Type);
    }

    // ---- a bare verb after an actor phrase that ends in its head noun is the verb, not a noun modifier

    [Theory]
    [InlineData("Egyptian police beat demonstrators outside the parliament.", "Egyptian police")]
    [InlineData("Kenyan troops beat villagers during the search.", "Kenyan troops")]
    [InlineData("Turkish police beat protesters with batons.", "Turkish police")]
    public void A_bare_verb_after_an_actor_head_noun_is_the_verb(string text, string actor)
    {
        var a = Prepare(text);
        var e = new Entity { Id = "e1", Name = actor, Type = EntityType.NORP, Country = null };
        e.Mentions.Add(new Mention(0, actor.Length));
        a.Entities.Add(e);
        var h = Headline(Run(a));
        Assert.Equal("ASSAULT", h.Type);
        Assert.Equal("beat", h.Mode);
    }

    [Theory]
    [InlineData("Helmut Kohl met President Francois Mitterrand in Bonn on Saturday.", "CONSULT")]
    [InlineData("Yasser Arafat met President Hosni Mubarak in Cairo.", "CONSULT")]
    [InlineData("Mikhail Gorbachev met Chancellor Helmut Kohl in Moscow.", "CONSULT")]
    [InlineData("Boris Yeltsin met Prime Minister John Major in London on Friday.", "CONSULT")]
    public void A_verb_between_a_name_and_a_title_is_the_verb(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    [Theory]
    [InlineData("Israeli attack helicopters fired on the village.", "ASSAULT")]
    [InlineData("Liberian riot police fired on the crowd.", "ASSAULT")]
    public void A_bare_verb_after_a_country_adjective_before_an_actor_noun_is_still_a_modifier(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
        Assert.NotEqual("PROTEST", Headline(Code(text)).Type);
    }
}

/// <summary>Means adjuncts: "by" before a gerund on made-up sentences.</summary>
public class EventMeansAdjunctTests
{
    // "by" before a gerund is a means adjunct ("by attacking X"): the event is active and X is no agent

    [Theory]
    [InlineData("Ethiopian forces violated the ceasefire by attacking Eritrean positions.", "ETH")]
    [InlineData("Serbian troops violated the truce by shelling Croatian villages.", "SRB")]
    [InlineData("Iran defied the resolution by enriching uranium, Israeli officials said.", "IRN")]
    [InlineData("Turkish troops retaliated by shelling Syrian army positions.", "TUR")]
    [InlineData("Pakistan protested by recalling its envoy from India.", "PAK")]
    [InlineData("Russian forces broke the ceasefire by attacking Georgian villages.", "RUS")]
    [InlineData("The Sudanese army violated the agreement by bombing South Sudanese towns.", "SDN")]
    public void By_before_a_gerund_is_no_passive_agent(string text, string actor)
    {
        var h = Headline(Code(text));
        Assert.Equal(actor, Country(h, "actor"));
        Assert.DoesNotContain(h.Arguments, x => x.Role == "actor" && x.Country != actor);
    }
}

/// <summary>Expelling diplomats or missions (CAMEO 166) against expelling individuals (174), and massing forces (154).</summary>
public class EventExpulsionTests
{
    [Theory]
    [InlineData("Israel expelled four Palestinian activists to Lebanon on Friday.", "COERCE", "deport")]
    [InlineData("Nigeria expelled thousands of Ghanaian migrant workers.", "COERCE", "deport")]
    [InlineData("Russia expelled a British journalist on Monday.", "COERCE", "deport")]
    [InlineData("Russia expelled two British diplomats on Monday.", "SANCTION", "expel")]
    [InlineData("Sudan expelled 13 foreign aid agencies from Darfur.", "SANCTION", "expel")]
    [InlineData("Two Russian diplomats were expelled by Britain on Monday.", "SANCTION", "expel")]
    public void Expelling_people_is_deportation_and_expelling_a_mission_reduces_relations(string text, string type, string mode)
    {
        var h = Headline(Code(text));
        Assert.Equal(type, h.Type);
        Assert.Equal(mode, h.Mode);
    }

    [Theory]
    [InlineData("Israel massed tanks and armoured carriers along the Lebanese border.")]
    [InlineData("Iraq massed armour near the Kuwaiti frontier, satellite photographs showed.")]
    [InlineData("Chinese forces were massing near the Vietnamese border on Monday.")]
    public void Massing_forces_is_a_mobilisation(string text)
    {
        Assert.Equal("MOBILIZE", Headline(Code(text)).Type);
    }
}

/// <summary>Cessation of cooperation, acceding to demands, stance accusations and complement clauses after "that".</summary>
public class EventClauseRuleTests
{
    [Theory]
    [InlineData("Iraq stopped cooperating with the United Nations inspectors on Monday.")]
    [InlineData("Serbia ceased cooperating with the war crimes tribunal.")]
    [InlineData("The rebels ended talks with the government on Friday.")]
    public void The_cessation_of_cooperation_reduces_relations(string text)
    {
        Assert.Equal("SANCTION", Headline(Code(text)).Type);
    }

    [Fact]
    public void A_future_cessation_of_cooperation_is_a_threat()
    {
        Assert.Equal("THREATEN", Headline(Code("Iraq said it would stop cooperating with the inspectors unless sanctions were lifted.")).Type);
    }

    [Theory]
    [InlineData("The government accepted the strikers' demands on Tuesday.")]
    [InlineData("South Korea's ruling party accepted the opposition's demand for direct elections.")]
    [InlineData("The junta agreed to the students' demands after a week of protests.")]
    public void Accepting_demands_is_a_concession(string text)
    {
        Assert.Equal("CONCEDE", Headline(Code(text)).Type);
    }

    [Theory]
    [InlineData("Egypt said that Israel was responsible for the violence.", "EGY", "ISR")]
    [InlineData("Sudan said Chad was responsible for the border raid.", "SDN", "TCD")]
    [InlineData("Pakistan said that India was to blame for the clashes.", "PAK", "IND")]
    public void Saying_another_party_is_responsible_is_an_accusation_by_the_speaker(string text, string actor, string recipient)
    {
        var h = Headline(Code(text));
        Assert.Equal("ACCUSE", h.Type);
        Assert.Equal(actor, Country(h, "actor"));
        Assert.Equal(recipient, Country(h, "recipient"));
    }

    [Theory]
    [InlineData("Jordan said that Syria was ready to negotiate.", "AGREE")]
    [InlineData("Officials said that Iran was willing to release the sailors.", "AGREE")]
    [InlineData("Diplomats said that Turkey is prepared to reopen the border.", "AGREE")]
    public void A_be_form_after_that_and_a_name_is_a_verb_not_a_plural_noun(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    [Theory]
    [InlineData("Israeli gunships rocketed a house in Gaza on Tuesday.", "ASSAULT")]
    [InlineData("Militants slit the throats of 12 villagers near the town.", "ASSAULT")]
    [InlineData("A mob hacked two policemen to death in the market.", "ASSAULT")]
    public void Killing_and_rocket_fire_verbs_from_the_crosswalk(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }
}

/// <summary>Severing relations (161), stone-throwing (145) and handing over or returning people (0841).</summary>
public class EventCrosswalkPhraseTests
{
    [Theory]
    [InlineData("London severed diplomatic relations with Tripoli after a policewoman was shot.", "SANCTION")]
    [InlineData("Morocco severed all links with the Polisario's backers.", "SANCTION")]
    [InlineData("Palestinian youths threw stones at Israeli troops in Hebron.", "PROTEST")]
    [InlineData("Demonstrators hurled rocks at the police station.", "PROTEST")]
    [InlineData("Angry villagers stoned passing cars on the main road.", "PROTEST")]
    [InlineData("Afghanistan handed over two Pakistani pilots captured last month.", "RETREAT")]
    [InlineData("The rebels handed over the bodies of three soldiers to the Red Cross.", "RETREAT")]
    [InlineData("Iraq returned 300 Kuwaiti prisoners through the Red Cross.", "RETREAT")]
    public void Crosswalk_phrases_give_their_types(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }
}

/// <summary>Official protests by states (114), aid verbs (071/073) and number words before plural nouns.</summary>
public class EventOfficialProtestTests
{
    [Theory]
    [InlineData("The British government has protested to Dublin over the release of the suspect.")]
    [InlineData("Japan protested to China over the seizure of a fishing boat.")]
    [InlineData("The Greek government protested strongly against the Turkish overflights.")]
    public void A_protest_by_a_state_is_an_official_complaint(string text)
    {
        Assert.Equal("ACCUSE", Headline(Code(text)).Type);
    }

    [Fact]
    public void A_protest_by_people_is_still_a_demonstration()
    {
        Assert.Equal("PROTEST", Headline(Code("Thousands of students protested in Seoul on Monday.")).Type);
    }

    [Theory]
    [InlineData("American troops began distributing food to hungry Haitians.", "AID")]
    [InlineData("Britain wrote off Mozambique's debt on Tuesday.", "AID")]
    [InlineData("France cancelled the debts of six African countries.", "AID")]
    public void Aid_verbs_from_the_crosswalk(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    [Theory]
    [InlineData("Kuwait gave Egypt 300 million dollars and 20 million pounds in credits.", "AID")]
    [InlineData("A British loan of 150 million pounds to Mozambique was announced.", "AID")]
    [InlineData("Aid worth two million pounds reached the flood victims in Bangladesh.", "AID")]
    [InlineData("The Saudi donation of five billion pounds to Egypt was welcomed in Cairo.", "SUPPORT")]
    public void A_plural_noun_after_a_number_word_is_no_verb(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }
}

/// <summary>Moving forces toward a place is a mobilisation (CAMEO 154).</summary>
public class EventForceMovementTests
{
    [Theory]
    [InlineData("North Korea moved artillery units closer to the demilitarised zone.")]
    [InlineData("Syria moved tanks into the Bekaa valley on Monday.")]
    [InlineData("India moved additional forces to the Line of Control.")]
    public void Moving_forces_is_a_mobilisation(string text)
    {
        Assert.Equal("MOBILIZE", Headline(Code(text)).Type);
    }
}
