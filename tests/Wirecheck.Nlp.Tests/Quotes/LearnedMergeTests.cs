namespace Wirecheck.Nlp.Tests.Quotes;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Quotes;

/// <summary>The merge's filters of tagger attributions, on made-up text (independent of the committed models).</summary>
public class LearnedMergeTests
{
    private static TextSpan Find(string text, string word, int from = 0)
    {
        int i = text.IndexOf(word, from, StringComparison.Ordinal);
        Assert.True(i >= 0, word);
        return new TextSpan(i, i + word.Length);
    }

    [Theory]
    [InlineData("The so-called “reform” passed.")]
    [InlineData("So-called experts disagreed.")]
    [InlineData("Its so called allies left.")]
    public void Called_in_so_called_is_never_a_cue(string text) =>
        Assert.True(LearnedMerge.IsSoCalled(text, Find(text, "called")));

    [Theory]
    [InlineData("The so-called “reform” passed.", "so-called")]
    [InlineData("Its So Called allies left.", "So Called")]
    public void The_whole_so_called_is_never_a_cue(string text, string cue) =>
        Assert.True(LearnedMerge.IsSoCalled(text, Find(text, cue)));

    [Theory]
    [InlineData("She called the plan a disaster.")]
    [InlineData("Officials also called for calm.")]
    [InlineData("The minister, who called reporters, left.")]
    public void Called_elsewhere_may_be_a_cue(string text) =>
        Assert.False(LearnedMerge.IsSoCalled(text, Find(text, "called")));

    [Fact]
    public void An_unknown_cue_verb_wrapping_a_rule_attribution_is_dropped()
    {
        const string text = "The decision follows claims from opposition leaders that the vote was rigged.";
        var rule = new Candidate { Cue = Find(text, "claims"), Source = Find(text, "opposition leaders"), Content = Find(text, "that the vote was rigged") };
        var learned = new TaggedAttribution(Find(text, "The decision"), Find(text, "follows"), new TextSpan(Find(text, "claims").Start, text.Length - 1));
        Assert.True(LearnedMerge.WrapsAnAttribution(text, learned, [rule]));
    }

    [Fact]
    public void A_lexicon_cue_may_wrap_another_attribution()
    {
        const string text = "The senator said claims from opposition leaders that the vote was rigged were false.";
        var rule = new Candidate { Cue = Find(text, "claims"), Source = Find(text, "opposition leaders"), Content = Find(text, "that the vote was rigged") };
        var learned = new TaggedAttribution(Find(text, "The senator"), Find(text, "said"), new TextSpan(Find(text, "claims").Start, text.Length - 1));
        Assert.False(LearnedMerge.WrapsAnAttribution(text, learned, [rule]));
    }

    [Fact]
    public void An_unknown_cue_verb_with_no_attribution_inside_is_kept()
    {
        const string text = "Opposition leaders were frustrated that the vote was delayed.";
        var learned = new TaggedAttribution(Find(text, "Opposition leaders"), Find(text, "were frustrated"), Find(text, "that the vote was delayed"));
        var unrelated = new Candidate { Cue = null, Source = null, Content = new TextSpan(0, 5) };
        Assert.False(LearnedMerge.WrapsAnAttribution(text, learned, [unrelated]));
    }

    [Theory]
    [InlineData("The confirmed presence of troops worries China.", "confirmed")]
    [InlineData("Officials examined a reported attack on the border.", "reported")]
    [InlineData("Its alleged role in the plot was denied.", "alleged")]
    public void A_participle_after_a_determiner_is_an_adjective(string text, string cue) =>
        Assert.True(LearnedMerge.IsAttributiveParticiple(text, Find(text, cue)));

    [Theory]
    [InlineData("Officials confirmed the presence of troops.", "confirmed")]
    [InlineData("The ministry reported an attack on the border.", "reported")]
    [InlineData("The report says the attack happened.", "says")]
    public void A_verb_after_its_subject_is_not(string text, string cue) =>
        Assert.False(LearnedMerge.IsAttributiveParticiple(text, Find(text, cue)));
}
