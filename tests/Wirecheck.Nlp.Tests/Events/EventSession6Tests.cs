namespace Wirecheck.Nlp.Tests.Events;

using static Wirecheck.Nlp.Tests.Events.EventSentence;

/// <summary>
/// The session-6 general rules, each on made-up sentences (never PLOVER gold sentences) that fail without it. The
/// rules came from the first pass over the made-up batches in Events/Batches (see <see cref="EventBatchTests"/>).
/// </summary>
public class EventSession6Tests
{
    // ---- an -s form after "PREPOSITION modifier" is a plural noun, not a verb

    [Theory]
    [InlineData("Facing strikes, the president bowed to opposition demands and sacked the cabinet.")]
    [InlineData("The junta finally yielded to student demands on Monday.")]
    [InlineData("The government gave in to union demands for higher pay.")]
    public void An_s_form_after_a_preposition_and_a_modifier_is_a_plural_noun(string text)
    {
        Assert.Equal("CONCEDE", Headline(Code(text)).Type); // not the verb "demands" (REQUEST, a governing verb)
    }

    [Fact]
    public void An_s_form_after_a_subject_name_stays_a_verb()
    {
        Assert.Equal("REQUEST", Headline(Code("The opposition leader demands the release of all prisoners.")).Type);
    }

    // ---- ethnic and regional groups of one state (data/events/actors.tsv)

    [Theory]
    [InlineData("Tamil rebels attacked an army camp on Sunday.", "LKA")]
    [InlineData("Chechen fighters ambushed a convoy near the border.", "RUS")]
    [InlineData("Kashmiri militants killed three soldiers.", "IND")]
    [InlineData("Basque separatists claimed the bombing of a bank.", "ESP")]
    public void A_group_adjective_of_one_state_gives_the_actor_country(string text, string country)
    {
        Assert.Equal(country, Country(Headline(Code(text)), "actor"));
    }

    // ---- an unnamed prepositional object is the recipient, not the place after it

    [Theory]
    [InlineData("Sri Lankan government negotiators held talks with rebel leaders in Oslo.", "LKA")]
    [InlineData("The Moroccan authorities lifted a ban on opposition newspapers.", "MAR")]
    [InlineData("Ugandan government envoys held talks with rebel commanders in Nairobi on Monday.", "UGA")]
    public void An_unnamed_prepositional_object_of_a_domestic_sector_is_the_recipient(string text, string country)
    {
        Assert.Equal(country, Country(Headline(Code(text)), "recipient"));
    }

    // ---- the subject's means or force sets the mode

    [Theory]
    [InlineData("Syrian warplanes bombed rebel positions near the city.", "ASSAULT", "aerial")]
    [InlineData("Israeli helicopters fired missiles at a car in Gaza.", "ASSAULT", "aerial")]
    [InlineData("American drones struck a compound in Yemen.", "ASSAULT", "drone")]
    [InlineData("Police were put on full alert in the capital.", "MOBILIZE", "police")]
    public void The_subject_sets_the_mode(string text, string type, string mode)
    {
        var h = Headline(Code(text));
        Assert.Equal(type, h.Type);
        Assert.Equal(mode, h.Mode);
    }

    [Fact]
    public void A_bombing_by_ground_forces_keeps_the_verb_mode()
    {
        Assert.Equal("explosives", Headline(Code("Rebels bombed a railway bridge in the north.")).Mode);
    }

    // ---- a threatened or announced sanction or embargo is THREATEN/restrict (crosswalk 1312)

    [Theory]
    [InlineData("The European Union threatened to impose sanctions on Belarus.")]
    [InlineData("The United States threatened to impose an oil embargo on Libya.")]
    [InlineData("Britain will impose sanctions on Zimbabwe, the minister said.")]
    public void A_threatened_sanction_is_a_restriction(string text)
    {
        var h = Headline(Code(text));
        Assert.Equal("THREATEN", h.Type);
        Assert.Equal("restrict", h.Mode);
    }

    // ---- batch 2: crowds filling the streets (141) and refusing food (142)

    [Theory]
    [InlineData("Thousands of workers poured into the streets of Seoul to demand higher wages.", "demo")]
    [InlineData("Students flooded the streets of the capital on Friday to demand reforms.", "demo")]
    [InlineData("Hundreds of inmates refused food to demand better conditions.", "hunger")]
    [InlineData("Jailed activists have refused their meals for ten days, their lawyers said.", "hunger")]
    public void Filling_the_streets_and_refusing_food_are_protests(string text, string mode)
    {
        var h = Headline(Code(text));
        Assert.Equal("PROTEST", h.Type);
        Assert.Equal(mode, h.Mode);
    }

    // ---- an unnamed direct object before a temporal adjunct is the recipient, not a name inside the adjunct

    [Theory]
    [InlineData("Chinese police detained more than 20 dissidents ahead of the visit of President Clinton.", "CHN")]
    [InlineData("Kenyan police arrested at least 12 students after the visit of the Ugandan president.", "KEN")]
    [InlineData("Turkish authorities detained dozens of journalists before the arrival of the German chancellor.", "TUR")]
    public void An_unnamed_object_before_a_temporal_adjunct_is_the_recipient(string text, string country)
    {
        Assert.Equal(country, Country(Headline(Code(text)), "recipient"));
    }

    // ---- the object's "of"/"from" phrase names the unnamed recipient

    [Theory]
    [InlineData("The Kuwaiti emir pardoned 30 jailed members of the opposition.", "KWT")]
    [InlineData("Tunisian authorities released dozens of members of the banned opposition.", "TUN")]
    [InlineData("Zimbabwe's ruling party dismissed calls from church leaders for talks.", "ZWE")]
    public void An_of_or_from_phrase_of_the_object_is_the_recipient(string text, string country)
    {
        Assert.Equal(country, Country(Headline(Code(text)), "recipient"));
    }

    // ---- merged events: a named attacker of the other trigger over the place

    [Theory]
    [InlineData("Two farmers were wounded when Indian troops opened fire across the border in Pakistan.", "IND")]
    [InlineData("Three fishermen were killed when Thai gunboats shelled their boats off Cambodia.", "THA")]
    [InlineData("Seven people were killed when Syrian helicopters bombed a village in Lebanon.", "SYR")]
    public void A_passive_attack_takes_the_actor_of_its_when_clause(string text, string country)
    {
        var h = Headline(Code(text));
        Assert.Equal("ASSAULT", h.Type);
        Assert.Equal(country, Country(h, "actor"));
    }

    // ---- a deployment for relief is aid (crosswalk 073/074)

    [Theory]
    [InlineData("Britain sent 500 troops to help flood victims in Mozambique.")]
    [InlineData("France dispatched two warships with humanitarian supplies to Haiti.")]
    [InlineData("India deployed army helicopters to rescue villagers stranded by the floods.")]
    public void A_deployment_for_relief_is_aid(string text)
    {
        Assert.Equal("AID", Headline(Code(text)).Type);
    }

    [Fact]
    public void A_deployment_to_a_border_stays_a_mobilisation()
    {
        Assert.Equal("MOBILIZE", Headline(Code("India deployed 5,000 troops to the border with Pakistan.")).Type);
    }

    // ---- a fixed phrase ("open fire") before a gapped pattern at the same word ("open * border")

    [Theory]
    [InlineData("Indian troops opened fire across the border on Tuesday.")]
    [InlineData("Guards opened fire at the border crossing.")]
    [InlineData("Pakistani soldiers opened fire near the border with India.")]
    public void A_fixed_phrase_wins_over_a_gapped_pattern(string text)
    {
        Assert.Equal("ASSAULT", Headline(Code(text)).Type);
    }

    // ---- a coordinated verb shares the earlier verb's actor, not its object

    [Theory]
    [InlineData("Serbian police detained two Albanian activists and beat them.", "ASSAULT", "SRB")]
    [InlineData("Chinese troops seized a Vietnamese island and killed 70 sailors.", "ASSAULT", "CHN")]
    [InlineData("Israeli soldiers raided a Lebanese village and arrested 12 men.", "COERCE", "ISR")]
    [InlineData("Sudanese troops attacked an Eritrean outpost and detained its commander.", "COERCE", "SDN")]
    public void A_coordinated_verb_takes_the_subject_of_the_first(string text, string type, string country)
    {
        var a = Code(text);
        var e = Assert.Single(a.Events, x => x.Type == type);
        Assert.Equal(country, Country(e, "actor"));
    }

    // ---- a participle opening the sentence before a common noun is an adjective

    [Theory]
    [InlineData("Jailed activists have refused their meals for ten days.", "PROTEST")]
    [InlineData("Detained opposition leaders began a hunger strike on Monday.", "PROTEST")]
    [InlineData("Exiled dissidents called for a boycott of the elections.", "REQUEST")]
    [InlineData("Arrested students started a hunger strike in prison.", "PROTEST")]
    public void A_sentence_initial_participle_before_a_noun_is_an_adjective(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    // ---- batch 3: expulsion nouns of diplomats are SANCTION/expel (CAMEO 166)

    [Theory]
    [InlineData("Norway's expulsion of three Iraqi diplomats angered Baghdad.")]
    [InlineData("The expulsion of two American diplomats by Moscow was announced on Friday.")]
    [InlineData("Egypt's expulsion of the Sudanese ambassador drew protests.")]
    public void The_expulsion_of_diplomats_is_a_sanction(string text)
    {
        var h = Headline(Code(text));
        Assert.Equal("SANCTION", h.Type);
        Assert.Equal("expel", h.Mode);
    }

    // ---- the beneficiary of support or aid after "for"

    [Theory]
    [InlineData("Turkey's foreign minister voiced support for Azerbaijan in its dispute with Armenia.", "AZE")]
    [InlineData("The Pope expressed support for Lebanon in its quarrel with Syria.", "LBN")]
    [InlineData("Iran voiced strong support for Syria in its standoff with Israel.", "SYR")]
    public void Support_for_X_has_X_as_recipient(string text, string country)
    {
        Assert.Equal(country, Country(Headline(Code(text)), "recipient"));
    }

    // ---- a mission's destination ("envoy to Burma") is not the subject

    [Theory]
    [InlineData("The U.N. envoy to Burma sought a meeting with the opposition leader.", "IGO")]
    [InlineData("The EU envoy to Belgrade criticised the arrest of the journalists.", "IGO")]
    [InlineData("The American ambassador to Kenya condemned the attack on the embassy.", "USA")]
    public void The_envoys_destination_is_not_the_actor(string text, string country)
    {
        Assert.Equal(country, Country(Headline(Code(text)), "actor"));
    }

    // ---- a name inside a trigger's gap is its object

    [Theory]
    [InlineData("Azerbaijan handed over 12 Armenian prisoners to the Red Cross.", "ARM")]
    [InlineData("Iraq handed over 40 Iranian prisoners to the Red Crescent on Monday.", "IRN")]
    [InlineData("Vietnam handed over two Chinese soldiers to the International Committee of the Red Cross.", "CHN")]
    public void A_name_inside_the_trigger_is_the_recipient(string text, string country)
    {
        Assert.Equal(country, Country(Headline(Code(text)), "recipient"));
    }

    // ---- "between X and Y" after an event noun: both sides are the actor

    [Theory]
    [InlineData("A ceasefire between Ethiopia and Eritrea took effect on Sunday.", "ETH")]
    [InlineData("Talks between Israel and Syria resumed in Washington.", "ISR")]
    [InlineData("A truce between India and Pakistan came into force at midnight.", "IND")]
    public void Between_X_and_Y_names_the_actors(string text, string first)
    {
        var h = Headline(Code(text));
        Assert.Equal(first, Country(h, "actor"));
        Assert.Equal(2, h.Arguments.Count(x => x.Role == "actor"));
    }

    // ---- a capture by police is an arrest (CAMEO 173)

    [Theory]
    [InlineData("Peruvian police captured a rebel leader in Lima.")]
    [InlineData("Police in Bogota captured two drug traffickers.")]
    [InlineData("Turkish police captured a PKK commander near the border.")]
    public void A_capture_by_police_is_an_arrest(string text)
    {
        var h = Headline(Code(text));
        Assert.Equal("COERCE", h.Type);
        Assert.Equal("arrest", h.Mode);
    }

    [Fact]
    public void A_capture_by_soldiers_stays_an_abduction()
    {
        var h = Headline(Code("Rebel soldiers captured two government pilots."));
        Assert.Equal("ASSAULT", h.Type);
    }

    // ---- ultimatums (CAMEO 139) and petrol bombs thrown by crowds (145)

    [Theory]
    [InlineData("The United States gave Baghdad 48 hours to comply.", "THREATEN")]
    [InlineData("NATO gave the Serbs ten days to withdraw their heavy weapons.", "THREATEN")]
    [InlineData("The army gave the rebels three days to surrender or face a military assault.", "THREATEN")]
    [InlineData("Youths hurled petrol bombs at police in Belfast.", "PROTEST")]
    [InlineData("Protesters threw petrol bombs at the parliament building.", "PROTEST")]
    [InlineData("Students hurled Molotov cocktails at riot police.", "PROTEST")]
    public void Ultimatums_and_petrol_bombs(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    // ---- batch 4: a participial clause after a comma has the main clause's subject, not the nearest name

    [Theory]
    [InlineData("Masked gunmen raided a hotel used by British tourists, killing two guards.", "GBR")]
    [InlineData("Armed men stormed a bus carrying Kenyan tourists, killing three.", "KEN")]
    [InlineData("Gunmen opened fire on a car carrying Iraqi officials, wounding two.", "IRQ")]
    [InlineData("Gunmen attacked a minibus carrying Pakistani pilgrims, killing five.", "PAK")]
    public void A_participial_clause_does_not_take_the_object_as_subject(string text, string notActor)
    {
        Assert.NotEqual(notActor, Country(Headline(Code(text)), "actor"));
    }

    // ---- a protest without a named target is directed at the actor's own authorities

    [Theory]
    [InlineData("Hundreds of political prisoners in Turkey began a hunger strike.", "TUR")]
    [InlineData("South Africa's largest union federation staged a nationwide strike.", "ZAF")]
    [InlineData("The main opposition parties in Bangladesh boycotted the elections.", "BGD")]
    public void A_protest_without_a_target_is_directed_at_the_actors_country(string text, string country)
    {
        var h = Headline(Code(text));
        Assert.Equal("PROTEST", h.Type);
        Assert.Equal(country, Country(h, "recipient"));
    }

    // ---- weapons tests (150) and travel bans / arms embargoes (sanctions)

    [Theory]
    [InlineData("North Korea test-fired a short-range missile on Sunday.", "MOBILIZE")]
    [InlineData("Iran test-fires a new ballistic missile.", "MOBILIZE")]
    [InlineData("Pakistan test-fired a nuclear-capable missile over the Arabian Sea.", "MOBILIZE")]
    [InlineData("The European Union imposed a travel ban and an arms embargo on Zimbabwe's leaders.", "SANCTION")]
    [InlineData("Washington imposed a travel ban on senior Belarussian officials.", "SANCTION")]
    public void Weapons_tests_and_travel_bans(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    // ---- batch 5: a verb form after a possessive is a noun

    [Theory]
    [InlineData("The Pope endorsed Cuba's call for an end to the embargo.", "SUPPORT")]
    [InlineData("Egypt welcomed Syria's offer to resume talks.", "SUPPORT")]
    [InlineData("Britain rejected Argentina's demand for talks on the islands.", "REJECT")]
    [InlineData("Seoul praised Pyongyang's pledge to freeze its reactor.", "SUPPORT")]
    public void A_verb_form_after_a_possessive_is_a_noun(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    // ---- a participle closing a hyphenated compound is an adjective

    [Theory]
    [InlineData("The convoy reached drought-stricken villages in the north.", "stricken")]
    [InlineData("Aid workers returned to the flood-hit region.", "hit")]
    [InlineData("Troops entered the rebel-held town on Monday.", "held")]
    [InlineData("Aid reached quake-hit towns in the west.", "hit")]
    public void A_hyphenated_participle_is_no_trigger(string text, string word)
    {
        var a = Code(text);
        Assert.DoesNotContain(a.Events, e => a[e.Trigger].Contains(word));
    }

    // ---- after a modal the verb reading ("would strike" = attack, not a walkout)

    [Theory]
    [InlineData("Iraq warned that it would strike American bases.")]
    [InlineData("The rebels said they would strike government targets.")]
    [InlineData("Pakistan vowed to strike militant camps across the border.")]
    [InlineData("Turkey could strike Kurdish bases in Iraq, the minister said.")]
    [InlineData("Rebels threatened to strike the capital.")]
    public void After_a_modal_or_to_strike_is_an_attack(string text)
    {
        var h = Headline(Code(text));
        Assert.Equal("THREATEN", h.Type);
        Assert.Equal("violence", h.Mode);
    }

    // ---- inspections, court sentences, hostage seizures, "not hesitate to", food shipments

    [Theory]
    [InlineData("U.N. inspectors visited a missile factory near Baghdad.", "ACCUSE", "investigate")]
    [InlineData("IAEA inspectors visited the reactor site on Monday.", "ACCUSE", "investigate")]
    [InlineData("Weapons inspectors visited three military bases in Iraq.", "ACCUSE", "investigate")]
    [InlineData("A Beijing court jailed a dissident for 11 years.", "SANCTION", "convict")]
    [InlineData("A Cairo court imprisoned three journalists for libel.", "SANCTION", "convict")]
    [InlineData("A military tribunal jailed two officers for treason.", "SANCTION", "convict")]
    [InlineData("Rebels seized 12 foreign hostages in the south.", "ASSAULT", "abduct")]
    [InlineData("Gunmen seized two hostages at the embassy.", "ASSAULT", "abduct")]
    [InlineData("Pirates seized 20 hostages from a tanker.", "ASSAULT", "abduct")]
    public void Crosswalk_readings_of_batch_five(string text, string type, string mode)
    {
        var h = Headline(Code(text));
        Assert.Equal(type, h.Type);
        Assert.Equal(mode, h.Mode);
    }

    [Theory]
    [InlineData("Israel would not hesitate to strike targets in Lebanon.", "THREATEN")]
    [InlineData("China will not hesitate to use force against Taiwan.", "THREATEN")]
    [InlineData("Iran said it would not hesitate to attack any intruders.", "THREATEN")]
    [InlineData("Canada sent 10,000 tonnes of wheat to Ethiopia.", "AID")]
    [InlineData("Japan shipped rice to North Korea on Friday.", "AID")]
    [InlineData("Russia sent blankets and tents to the quake zone.", "AID")]
    public void Intent_idioms_and_food_shipments(string text, string type)
    {
        Assert.Equal(type, Headline(Code(text)).Type);
    }

    // ---- batch 6: Northern Ireland is British; a named actor the entity mention cut short keeps its code

    [Theory]
    [InlineData("Northern Irish police arrested two men.")]
    [InlineData("Northern Irish politicians rejected the plan.")]
    [InlineData("Northern Irish loyalists attacked a Catholic church.")]
    public void Northern_Irish_actors_are_British(string text)
    {
        Assert.Equal("GBR", Country(Headline(Code(text)), "actor"));
    }

    [Theory]
    [InlineData("Northern Irish police arrested two men.", "Irish police", "IRL", "GBR")]
    [InlineData("Northern Irish loyalists attacked a Catholic church.", "Irish loyalists", "IRL", "GBR")]
    [InlineData("Northern Irish politicians rejected the plan.", "Irish politicians", "IRL", "GBR")]
    public void A_named_actor_cut_short_by_the_entity_layer_keeps_its_code(string text, string mention, string? entityCountry, string iso3)
    {
        var a = Prepare(text);
        var e = new Wirecheck.Core.Model.Entity { Id = "e1", Name = mention, Type = Wirecheck.Core.Model.EntityType.ORG, Country = entityCountry };
        int st = text.IndexOf(mention, StringComparison.Ordinal);
        e.Mentions.Add(new Wirecheck.Core.Model.Mention(st, st + mention.Length));
        a.Entities.Add(e);
        Assert.Equal(iso3, Country(Headline(Run(a)), "actor"));
    }

    // ---- walkouts from work (143) and blocking media (1721)

    [Theory]
    [InlineData("Dock workers walked off the job on Monday.", "PROTEST", "strike")]
    [InlineData("Nurses walked off the job in protest at pay cuts.", "PROTEST", "strike")]
    [InlineData("Miners walked off the job to protest against pit closures.", "PROTEST", "strike")]
    [InlineData("Chinese authorities blocked foreign news websites.", "COERCE", "censor")]
    [InlineData("The government jammed foreign radio broadcasts.", "COERCE", "censor")]
    [InlineData("Iranian officials blocked opposition websites before the vote.", "COERCE", "censor")]
    public void Walkouts_and_media_blocks(string text, string type, string mode)
    {
        var h = Headline(Code(text));
        Assert.Equal(type, h.Type);
        Assert.Equal(mode, h.Mode);
    }
}
