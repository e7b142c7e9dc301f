namespace Wirecheck.Nlp.Tests.Events;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Events;
using static Wirecheck.Nlp.Tests.Events.EventSentence;

/// <summary>Table tests of the modality flags (negated, hypothetical, future, reported) and of quotation attribution.</summary>
public class EventModalityTests
{
    private static Event Single(Article a, string type)
    {
        Run(a);
        var found = a.Events.Where(e => e.Type == type).ToList();
        Assert.True(found.Count == 1, $"expected one {type}, got: {string.Join(", ", a.Events.Select(e => e.Type + "«" + a[e.Trigger] + "»"))}");
        return found[0];
    }

    // text, type, negated, hypothetical, future
    [Theory]
    [InlineData("Russia attacked Ukraine.", "ASSAULT", false, false, false)]
    [InlineData("Russia did not attack Ukraine.", "ASSAULT", true, false, false)]
    [InlineData("Russia didn't attack Ukraine.", "ASSAULT", true, false, false)]
    [InlineData("Russia has never attacked Ukraine.", "ASSAULT", true, false, false)]
    [InlineData("Police no longer arrest protesters.", "COERCE", true, false, false)]
    [InlineData("Russia attacked Ukraine, not Belarus.", "ASSAULT", false, false, false)]
    [InlineData("Iran could strike Israel.", "THREATEN", false, true, false)]
    [InlineData("Iran might attack Israel.", "THREATEN", false, true, false)]
    // intended or possible coercion is coded THREATEN (PLOVER), keeping its flags
    [InlineData("The army may arrest the protesters.", "THREATEN", false, true, false)]
    [InlineData("Police will arrest the protesters.", "THREATEN", false, false, true)]
    [InlineData("Police are going to arrest the protesters.", "THREATEN", false, false, true)]
    [InlineData("The United States will send troops to Poland.", "MOBILIZE", false, false, true)]
    public void Flags_follow_the_cues_before_the_trigger_in_its_clause(string text, string type, bool negated, bool hypothetical, bool future)
    {
        var a = Prepare(text);
        var v = Single(a, type);
        Assert.Equal(negated, v.Negated);
        Assert.Equal(hypothetical, v.Hypothetical);
        Assert.Equal(future, v.Future);
    }

    // a negated or intended event is recoded the PLOVER way instead of being flagged only
    [Theory]
    [InlineData("Egypt did not agree to the plan.", "REJECT")]
    [InlineData("Japan will not send aid to Kenya.", "REJECT")]
    [InlineData("Russia will bomb Kyiv.", "THREATEN")]
    public void Negated_cooperation_is_reject_and_intended_force_is_threaten(string text, string type)
    {
        var a = Prepare(text);
        var v = Single(a, type);
        Assert.False(v.Negated);
    }

    [Theory]
    [InlineData("Russia attacked Ukraine, officials said.", true)]
    [InlineData("According to officials, Russia attacked Ukraine.", true)]
    [InlineData("Russia attacked Ukraine, the ministry announced.", true)]
    [InlineData("Russia attacked Ukraine on Monday.", false)]
    public void Reported_when_the_sentence_has_a_reporting_cue(string text, bool reported)
    {
        var a = Prepare(text);
        Assert.Equal(reported, Single(a, "ASSAULT").Reported);
    }

    [Fact]
    public void An_event_in_a_direct_quotation_is_attributed_to_it_and_one_outside_is_not()
    {
        var text = "\"Russia attacked Ukraine,\" Lin said. Police arrested two men.";
        var a = Prepare(text);
        a.Sentences.Clear();
        int split = text.IndexOf("Police", StringComparison.Ordinal);
        a.Sentences.Add(new Sentence(0, split - 1, 0, 0));
        a.Sentences.Add(new Sentence(split, text.Length, 0, 0));
        a.Quotes.Add(new Quote { Id = "q1", Kind = QuoteKind.Direct, Content = new TextSpan(1, text.IndexOf(',')) });
        new EventStage().Process(a, CancellationToken.None);
        var attack = a.Events.Single(e => e.Type == "ASSAULT");
        var arrest = a.Events.Single(e => e.Type == "COERCE");
        Assert.Equal("q1", attack.AttributedTo);
        Assert.True(attack.Reported);
        Assert.Null(arrest.AttributedTo);
        Assert.False(arrest.Reported);
    }
}
