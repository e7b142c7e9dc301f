namespace Wirecheck.Nlp.Tests.Quotes;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Quotes;
using static QuoteArticles;

public class AttributionStageTests
{
    private static readonly E Lin = new("e1", EntityType.PERSON, "Lin Jian", ["Lin Jian", "Lin"], ["spokesperson"]);
    private static readonly E China = new("e2", EntityType.GPE, "China", ["China", "Beijing"], null, ["the Chinese government"]);

    [Fact]
    public void Quotation_split_by_its_attribution_gives_two_direct_quotes_of_one_speaker()
    {
        var a = Make("Spokesperson Lin Jian spoke on Monday.\n“Our position is very clear,” Lin said. “We have issued numerous warnings to citizens.”", Lin);
        var first = One(a, "position is very clear");
        var second = One(a, "We have issued numerous warnings");
        Assert.Equal(QuoteKind.Direct, first.Kind);
        Assert.Equal(QuoteKind.Direct, second.Kind);
        Assert.Equal("say", first.CueLemma);
        Assert.Equal("e1", first.Speaker);
        Assert.Equal("e1", second.Speaker);
        Assert.Equal("Lin", Src(a, first));
    }

    [Fact]
    public void Lost_opening_mark_starts_the_quotation_at_the_paragraph()
    {
        var a = Make("The government’s position is very clear,” Lin said.", Lin);
        var q = One(a, "position is very clear");
        Assert.Equal(0, q.Content.Start);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("e1", q.Speaker);
    }

    [Theory]
    [InlineData("“We will respond firmly,” Lin said.")]
    [InlineData("\"We will respond firmly,\" Lin said.")]
    [InlineData("«We will respond firmly», Lin said.")]
    [InlineData("„We will respond firmly“, Lin said.")]
    [InlineData("“We will respond ‘firmly’ and soon,” Lin said.")]
    [InlineData("''We will respond firmly,'' Lin said.")]
    [InlineData("Lin said: “We will respond firmly.”")]
    [InlineData("“We will respond firmly,” said Lin.")]
    public void Every_mark_style_gives_a_direct_quote(string text)
    {
        var a = Make(text, Lin);
        var q = One(a, "We will respond");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("e1", q.Speaker);
        Assert.Equal("say", q.CueLemma);
    }

    [Theory]
    [InlineData("Lin said: “We will respond firmly.”", "said:")]
    [InlineData("Lin said “We will respond firmly.”", "said")]
    public void A_cue_takes_the_colon_right_after_it(string text, string cue)
    {
        var a = Make(text, Lin);
        var q = One(a, "We will respond");
        Assert.Equal(cue, a.Covered(q.Cue!.Value.Start, q.Cue.Value.End));
        Assert.Equal("say", q.CueLemma);
    }

    [Theory]
    [InlineData("Lin has also said that the talks would resume in May.", "has also said")]
    [InlineData("Lin did not say that the talks would resume in May.", "did not say")]
    [InlineData("Lin said that the talks would resume in May.", "said")]
    public void A_cue_takes_the_auxiliaries_right_before_it(string text, string cue)
    {
        var a = Make(text, Lin);
        var q = One(a, "the talks would resume");
        Assert.Equal(cue, a.Covered(q.Cue!.Value.Start, q.Cue.Value.End));
        Assert.Equal("Lin", a.Covered(q.Source!.Value.Start, q.Source.Value.End));
    }

    [Theory]
    [InlineData("Lin has also said that it rained.", "said", "has also said")]
    [InlineData("Lin did not say that it rained.", "say", "did not say")]
    [InlineData("Lin, who has long said that it rained, left.", "said", "said")]
    [InlineData("The minister is expected to say that it rained.", "expected", "is expected")]
    public void Cue_extent_takes_auxiliaries_but_no_other_word(string text, string cueWord, string expected)
    {
        int at = text.IndexOf(" " + cueWord + " ", StringComparison.Ordinal) + 1;
        var cue = new TextSpan(at, at + cueWord.Length);
        int c = text.IndexOf("it rained", StringComparison.Ordinal);
        var extended = CueExtent.WithAuxiliaries(text, cue, new TextSpan(0, 3), new TextSpan(c, c + 9));
        Assert.Equal(expected, text[extended.Start..extended.End]);
    }

    [Fact]
    public void Cue_extent_never_takes_a_word_of_the_source()
    {
        const string text = "It was said that it rained.";
        var cue = new TextSpan(7, 11);
        var extended = CueExtent.WithAuxiliaries(text, cue, new TextSpan(3, 6), new TextSpan(17, 26));
        Assert.Equal("said", text[extended.Start..extended.End]);
        Assert.Equal("was said", text[CueExtent.WithAuxiliaries(text, cue, null, new TextSpan(17, 26)).Start..11]);
    }

    [Fact]
    public void Multi_paragraph_quotation_is_one_quote()
    {
        var a = Make("Lin said: “The first paragraph of the statement.\n“The second paragraph goes on.\n“The third paragraph ends it.”\nOther news followed.", Lin);
        var q = One(a, "first paragraph");
        Assert.Contains("third paragraph ends it", C(a, q));
        Assert.DoesNotContain("Other news", C(a, q));
        Assert.Equal("e1", q.Speaker);
    }

    [Fact]
    public void Coordinated_indirect_cues_share_their_source()
    {
        var a = Make("Chinese Foreign Ministry spokesperson Lin Jian denied any official involvement by Beijing and stated that the government is investigating the matter.", Lin, China);
        var deny = One(a, "any official involvement");
        var state = One(a, "currently investigating".Replace("currently ", ""));
        Assert.Equal("deny", deny.CueLemma);
        Assert.Equal("state", state.CueLemma);
        Assert.Equal(QuoteKind.Indirect, deny.Kind);
        Assert.DoesNotContain("stated", C(a, deny));
        Assert.Equal("e1", deny.Speaker);
        Assert.Equal("e1", state.Speaker);
    }

    [Fact]
    public void Mixed_quote_and_partial_quote_inside_it()
    {
        var a = Make("Lin Jian met reporters.\nLin emphasized that Beijing is still “verifying” the situation.", Lin, China);
        var q = One(a, "still “verifying” the situation");
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("emphasize", q.CueLemma);
        var partial = Assert.Single(a.Quotes, x => x.Kind == QuoteKind.Partial);
        Assert.Equal("verifying", C(a, partial));
        Assert.Equal("e1", partial.Speaker);
    }

    [Fact]
    public void According_to_names_the_source_after_the_cue()
    {
        var a = Make("According to Ukrainian President Volodymyr Zelenskyy, more than 150 Chinese nationals have been identified fighting for Russia.",
            new E("e3", EntityType.PERSON, "Volodymyr Zelenskyy", ["Volodymyr Zelenskyy"]));
        var q = One(a, "more than 150 Chinese nationals");
        Assert.Equal("according to", q.CueLemma);
        Assert.Equal("e3", q.Speaker);
        Assert.Equal("Ukrainian President Volodymyr Zelenskyy", Src(a, q));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
    }

    [Fact]
    public void Postposed_attribution_with_time_adjunct()
    {
        var a = Make("The talks will resume next month, the minister said on Tuesday.");
        var q = One(a, "talks will resume next month");
        Assert.Equal("the minister", Src(a, q));
        Assert.Equal("say", q.CueLemma);
        Assert.Null(q.Speaker); // no entities: no invented speaker
    }

    [Fact]
    public void Nominal_cue_with_source_and_that_clause()
    {
        var a = Make("The acknowledgement follows reports from Ukrainian authorities that the men were detained during active combat.");
        var q = One(a, "detained during active combat");
        Assert.Equal("report", q.CueLemma);
        Assert.Equal("Ukrainian authorities", Src(a, q));
    }

    [Fact]
    public void Documents_can_be_sources()
    {
        var a = Make("The war goes on. Ukrainian intelligence reports and captured documents show at least 51 Chinese citizens were recruited.");
        var q = One(a, "at least 51 Chinese citizens");
        Assert.Equal("show", q.CueLemma);
        Assert.Equal("Ukrainian intelligence reports and captured documents", Src(a, q));
    }

    [Fact]
    public void Passive_with_by_names_the_source()
    {
        var a = Make("It was reported by the state news agency that the border had been closed.");
        var q = One(a, "the border had been closed");
        Assert.Equal("the state news agency", Src(a, q));
        Assert.Equal("report", q.CueLemma);
    }

    [Fact]
    public void Scare_quote_is_partial_and_attributed_when_the_sentence_gives_a_source()
    {
        var a = Make("China continues to describe the invasion as the “Ukrainian crisis,” and maintains what it calls a “neutral” stance.", China);
        var neutral = Assert.Single(a.Quotes, q => q.Kind == QuoteKind.Partial && C(a, q) == "neutral");
        Assert.Equal("e2", neutral.Speaker);
    }

    [Fact]
    public void Scare_quote_without_any_source_has_no_speaker()
    {
        var a = Make("The so-called “reform” passed without debate.", China);
        var q = Assert.Single(a.Quotes);
        Assert.Equal(QuoteKind.Partial, q.Kind);
        Assert.Null(q.Speaker);
        Assert.Null(q.Source);
    }

    [Fact]
    public void Floating_quotation_belongs_to_the_speaker_of_the_previous_paragraph()
    {
        var a = Make("Lin Jian said the talks had failed.\n“We gave them every chance to agree to a settlement.”", Lin);
        var q = One(a, "We gave them every chance");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("e1", q.Speaker);
        Assert.Null(q.Cue);
    }

    [Fact]
    public void Unmarked_first_person_paragraph_after_an_attribution_is_a_lost_block_quote_with_lower_confidence()
    {
        var a = Make("He also criticized attempts by unnamed parties to manipulate the situation.\nWe ask all relevant parties to understand our fair position and refrain from manipulation.",
            new E("e1", EntityType.PERSON, "Lin Jian", ["Lin Jian", "Lin", "He"]));
        var q = One(a, "We ask all relevant parties");
        Assert.Equal("e1", q.Speaker);
        Assert.True(q.Confidence < 0.5);
        Assert.Null(q.Cue);
    }

    [Fact]
    public void Pronoun_and_title_sources_resolve_to_the_entity()
    {
        var a = Make("Chinese Foreign Ministry spokesperson Lin Jian spoke to reporters.\nHe also criticized what he called attempts to “politically manipulate” the situation.\nThe spokesperson said the talks would continue next week.", Lin, China);
        var he = One(a, "attempts to “politically manipulate”");
        Assert.Equal("e1", he.Speaker);
        Assert.Equal("criticize", he.CueLemma);
        var sp = One(a, "talks would continue");
        Assert.Equal("e1", sp.Speaker);
    }

    [Fact]
    public void Pronoun_with_no_person_in_reach_stays_unresolved()
    {
        var a = Make("He said the talks would continue next week.", China);
        var q = One(a, "talks would continue");
        Assert.Equal("He", Src(a, q));
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void Quotes_with_no_speaker_anywhere_have_no_speaker_and_no_source()
    {
        var a = Make("“Nothing here will be attributed to anyone at all.”\n“Neither will this second quotation be given a source.”");
        Assert.Equal(2, a.Quotes.Count);
        Assert.All(a.Quotes, q => { Assert.Null(q.Speaker); Assert.Null(q.Source); });
    }
}
