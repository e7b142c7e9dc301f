namespace Wirecheck.Nlp.Tests.Events;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Events;
using static Wirecheck.Nlp.Tests.Events.EventSentence;

/// <summary>
/// The session-3 general rules (light verbs, adverbs inside phrasal verbs, causative "order", domestic "allow",
/// the agent of an object noun, a threat's condition) on made-up sentences, not the PLOVER gold sentences.
/// </summary>
public class EventGeneralRulesTests
{
    [Fact]
    public void A_light_verb_with_an_event_noun_is_a_verbal_event_of_the_noun_type()
    {
        var a = Code("Kenyan teachers staged a nationwide strike on Monday.");
        var h = Headline(a);
        Assert.Equal("PROTEST", h.Type);
        Assert.Equal("strike", h.Mode);
        Assert.Equal("staged a nationwide strike", a[h.Trigger]);
        Assert.Equal("KEN", Country(h, "actor"));
    }

    [Fact]
    public void A_light_verb_gives_its_modality_to_the_noun_event()
    {
        var a = Code("Ghana will impose a curfew on the city.");
        var h = Headline(a);
        Assert.Equal("THREATEN", h.Type); // a future coercion is a threat
        Assert.True(h.Future);
    }

    [Fact]
    public void A_light_verb_does_not_take_a_noun_across_a_preposition()
    {
        var a = Code("Ghana opened its border to the refugees of the strike.");
        Assert.DoesNotContain(a.Events, e => a[e.Trigger].StartsWith("opened its border to the refugees"));
        Assert.DoesNotContain(a.Events, e => e.Type == "PROTEST" && a[e.Trigger].StartsWith("opened"));
    }

    [Fact]
    public void An_adverb_may_stand_between_a_verb_and_its_preposition()
    {
        var a = Code("Norway pushed hard for a new ceasefire.");
        var h = Headline(a);
        Assert.Equal("REQUEST", h.Type);
        Assert.Equal("pushed hard for", a[h.Trigger]);
        Assert.Equal("NOR", Country(h, "actor"));
    }

    [Fact]
    public void Ordering_an_event_noun_is_that_event_but_ordering_someone_to_act_is_a_request()
    {
        var arrest = Headline(Code("The Peruvian government ordered the arrest of two journalists."));
        Assert.Equal("COERCE", arrest.Type);
        Assert.Equal("arrest", arrest.Mode);
        var request = Headline(Code("Chile ordered Bolivia to withdraw its troops."));
        Assert.Equal("REQUEST", request.Type);
    }

    [Fact]
    public void Allowing_ones_own_people_is_a_concession_allowing_another_state_is_access()
    {
        var own = Headline(Code("Zambia allowed Zambian opposition leaders to hold rallies."));
        Assert.Equal("CONCEDE", own.Type);
        var foreign = Headline(Code("Zambia allowed Malawi to use the port."));
        Assert.Equal("RETREAT", foreign.Type);
        Assert.Equal("access", foreign.Mode);
    }

    [Fact]
    public void The_agent_of_the_object_noun_is_the_recipient_in_the_active_voice()
    {
        var h = Headline(Code("Germany rejected calls by Poland for new talks."));
        Assert.Equal("REJECT", h.Type);
        Assert.Equal("DEU", Country(h, "actor"));
        Assert.Equal("POL", Country(h, "recipient"));
    }

    [Fact]
    public void The_recipient_of_a_threat_is_the_subject_of_its_condition()
    {
        var h = Headline(Code("Egypt threatened to suspend talks unless Sudan released the prisoners."));
        Assert.Equal("THREATEN", h.Type);
        Assert.Equal("EGY", Country(h, "actor"));
        Assert.Equal("SDN", Country(h, "recipient"));
    }

    [Fact]
    public void Light_verbs_load_with_their_inflections()
    {
        var lex = EventLexicon.Default;
        Assert.Equal("stage", lex.LightVerbs["staged"]);
        Assert.Equal("issue", lex.LightVerbs["issues"]);
        Assert.Equal("make", lex.LightVerbs["made"]);
        Assert.False(lex.LightVerbs.ContainsKey("threatened"));
    }

    [Fact]
    public void An_unplaced_speaker_of_a_stance_is_the_actor_and_the_clause_subject_the_recipient()
    {
        var h = Headline(Code("The Mwangi administration declared on Monday that Kenya must open its markets."));
        Assert.Equal("REQUEST", h.Type);
        Assert.Equal("KEN", Country(h, "recipient"));
        Assert.NotEqual("KEN", Country(h, "actor"));
    }

    [Fact]
    public void A_hyphenated_compound_counts_as_one_word_in_a_trigger_gap()
    {
        var a = Code("The Turkish army lifted on Friday a week-old blockade of the port.");
        var h = Headline(a);
        Assert.Equal("RETREAT", h.Type);
        Assert.EndsWith("blockade", a[h.Trigger]);
    }

    [Fact]
    public void A_verb_form_after_a_preposition_or_before_an_actor_noun_is_not_an_event()
    {
        Assert.Empty(Code("The ministry of finance published new figures.").Events);
        var a = Code("Liberian riot police arrested ten students.");
        var h = Headline(a);
        Assert.Equal("COERCE", h.Type);
        Assert.DoesNotContain(a.Events, e => e.Type == "PROTEST");
    }

    [Fact]
    public void A_separable_phrasal_verb_matches_with_its_object_inside()
    {
        var a = Code("Nigerian teachers called the strike off on Friday.");
        var h = Headline(a);
        Assert.Equal("CONCEDE", h.Type);
        Assert.Equal("called the strike off", a[h.Trigger]);
        Assert.Equal("NGA", Country(h, "actor"));
    }

    [Fact]
    public void The_actor_is_the_subject_a_relative_clause_hangs_on()
    {
        var a = Code("Chadian rebels who fought Sudanese troops withdrew from the town.");
        var h = Headline(a);
        Assert.Equal("RETREAT", h.Type);
        Assert.Equal("TCD", Country(h, "actor"));
    }
}
