namespace Wirecheck.Nlp.Tests.Quotes;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Quotes;

/// <summary>
/// Sources and speakers that an attribution takes from another one: a coordinated cue shares the first cue's subject
/// (<see cref="CoordinatedSource"/>); "I"/"we" inside a direct quotation is its speaker (<see cref="FirstPersonSpeaker"/>).
/// Hand-built candidates on made-up text, independent of the committed models.
/// </summary>
public class SharedSpeakerTests
{
    private static TextSpan Find(string text, string words, int from = 0)
    {
        int i = text.IndexOf(words, from, StringComparison.Ordinal);
        Assert.True(i >= 0, words);
        return new TextSpan(i, i + words.Length);
    }

    [Theory]
    [InlineData("The ministry described the strike as “regrettable,” and insisted that talks continue.", "insisted")]
    [InlineData("The ministry described the strike as regrettable but also insisted that talks continue.", "insisted")]
    [InlineData("The ministry described the strike as regrettable, and repeatedly insisted that talks continue.", "insisted")]
    public void A_sourceless_cue_after_and_shares_the_first_cues_source(string text, string cue)
    {
        var first = new Candidate { Kind = QuoteKind.Indirect, Source = Find(text, "The ministry"), Cue = Find(text, "described"), Content = new TextSpan(Find(text, "the strike").Start, Find(text, "regrettable").End) };
        var second = new Candidate { Kind = QuoteKind.Indirect, Cue = Find(text, cue), Content = Find(text, "that talks continue") };
        CoordinatedSource.Fill(text, [first, second]);
        Assert.Equal(first.Source, second.Source);
        Assert.Same(first, second.SharesSourceWith);
    }

    [Theory]
    // another clause with its own subject sits between them
    [InlineData("The ministry described the strike as regrettable, and the army insisted that talks continue.")]
    // a new sentence
    [InlineData("The ministry described the strike as regrettable. Later it insisted that talks continue.")]
    // a subordinate clause, not a coordinated verb
    [InlineData("The ministry described the strike as regrettable because officials insisted that talks continue.")]
    public void A_cue_with_anything_else_before_it_keeps_no_source(string text)
    {
        var first = new Candidate { Kind = QuoteKind.Indirect, Source = Find(text, "The ministry"), Cue = Find(text, "described"), Content = new TextSpan(Find(text, "the strike").Start, Find(text, "regrettable").End) };
        var second = new Candidate { Kind = QuoteKind.Indirect, Cue = Find(text, "insisted"), Content = Find(text, "that talks continue") };
        CoordinatedSource.Fill(text, [first, second]);
        Assert.Null(second.Source);
        Assert.Null(second.SharesSourceWith);
    }

    [Theory]
    [InlineData(" and ", true)]
    [InlineData(", and ", true)]
    [InlineData("” and also ", true)]
    [InlineData(" but firmly ", true)]
    [InlineData(" and the army ", false)]
    [InlineData(" andrew ", false)]
    [InlineData(" because ", false)]
    [InlineData(". And then ", false)]
    public void Conjunction_gaps(string gap, bool expected) =>
        Assert.Equal(expected, CoordinatedSource.IsConjunctionGap(gap));

    [Theory]
    [InlineData("“We ask all parties to stay calm,” Lin said.", "We")]
    [InlineData("“I urge all parties to stay calm,” Lin said.", "I")]
    [InlineData("Lin said: “Yesterday we asked all parties to stay calm.”", "we")]
    public void First_person_inside_a_direct_quotation_is_its_speaker(string text, string pronoun)
    {
        var quote = new Candidate { Kind = QuoteKind.Direct, Source = Find(text, "Lin"), Content = new TextSpan(text.IndexOf('“') + 1, text.IndexOf('”')), Speaker = "e1", Confidence = 0.85 };
        var inner = new Candidate { Kind = QuoteKind.Indirect, Source = Find(text, pronoun), Cue = Find(text, pronoun == "I" ? "urge" : "ask"), Content = Find(text, "all parties to stay calm"), Confidence = 0.5 };
        FirstPersonSpeaker.Fill(text, [quote, inner]);
        Assert.Equal("e1", inner.Speaker);
        Assert.True(inner.Confidence < quote.Confidence);
    }

    [Fact]
    public void First_person_outside_a_quotation_stays_unresolved()
    {
        const string text = "We ask all parties to stay calm, the editors wrote. “Calm is needed,” Lin said.";
        var quote = new Candidate { Kind = QuoteKind.Direct, Source = Find(text, "Lin"), Content = Find(text, "Calm is needed,"), Speaker = "e1", Confidence = 0.85 };
        var outer = new Candidate { Kind = QuoteKind.Indirect, Source = Find(text, "We"), Cue = Find(text, "ask"), Content = Find(text, "all parties to stay calm"), Confidence = 0.5 };
        FirstPersonSpeaker.Fill(text, [quote, outer]);
        Assert.Null(outer.Speaker);
    }

    [Theory]
    [InlineData("According to President Ana Ruiz, talks failed.", "President Ana Ruiz,", "President Ana Ruiz")]
    [InlineData("Officials at the ministry , speaking on Monday, denied it.", "Officials at the ministry ,", "Officials at the ministry")]
    // an apposition keeps its closing comma
    [InlineData("Rendell, a party veteran, called it a mistake.", "Rendell, a party veteran,", "Rendell, a party veteran,")]
    [InlineData("The minister said talks failed.", "The minister", "The minister")]
    public void A_name_loses_its_clause_comma_but_an_apposition_keeps_it(string text, string source, string expected)
    {
        var c = new Candidate { Kind = QuoteKind.Indirect, Source = Find(text, source), Content = Find(text, text.Contains("talks") ? "talks failed" : "it") };
        AttributionStage.TrimSourceCommas(text, [c]);
        Assert.Equal(expected, text[c.Source!.Value.Start..c.Source.Value.End]);
    }
}
