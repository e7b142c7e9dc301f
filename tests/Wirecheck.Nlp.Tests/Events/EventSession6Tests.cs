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
}
