namespace Wirecheck.Extraction.Tests.Text;

using Wirecheck.Core.Model;
using Wirecheck.Extraction;
using Wirecheck.Extraction.Text;
using Wirecheck.TestSupport;

public class PlainTextExtractorTests
{
    private static readonly InputInfo Info = new("t.txt", null, null);

    private static Article Extract(string s, bool verbatim = false) =>
        PlainTextExtractor.Extract(s, Info, new ExtractionOptions { Verbatim = verbatim });

    [Fact]
    public void First_line_that_reads_like_a_headline_is_the_title()
    {
        var a = Extract("Beijing confirms two nationals were captured.\nThe government has confirmed it on Tuesday. Officials said more.\nAnother paragraph here.");
        Assert.Equal("Beijing confirms two nationals were captured.", a.Meta.Title);
        Assert.StartsWith("The government", a.Text);
        Invariants.Check(a);
    }

    [Fact]
    public void A_first_line_of_several_sentences_is_body_not_title()
    {
        var a = Extract("The army moved in. Civilians fled. Officials said more would follow.\nSecond paragraph.");
        Assert.Null(a.Meta.Title);
        Assert.StartsWith("The army moved in.", a.Text);
    }

    [Fact]
    public void Short_title_case_line_between_paragraphs_is_a_heading()
    {
        var a = Extract("Title of the story here\nFirst paragraph of the story, long enough to be body text.\nChina Walks Diplomatic Tightrope Over Ukraine\nChina continues to describe the war as a crisis.");
        var h = Assert.Single(a.Blocks, b => b.Kind == BlockKind.Heading);
        Assert.Equal("China Walks Diplomatic Tightrope Over Ukraine", a.Covered(h.Start, h.End));
        Invariants.Check(a);
    }

    [Fact]
    public void Teaser_cue_and_the_headline_it_introduces_are_removed()
    {
        var a = Extract("A headline for the test\nFirst paragraph, which is the body.\nAlso read\nChina Promises Consular Response—Eventually\nThe story goes on here.");
        Assert.DoesNotContain("Also read", a.Text);
        Assert.DoesNotContain("Consular Response", a.Text);
        Assert.Contains(a.Removed, r => r.Kind == "teaser-headline");
        Assert.Contains("The story goes on here.", a.Text);
    }

    [Fact]
    public void A_sentence_after_a_teaser_cue_is_kept()
    {
        var a = Extract("A headline for the test\nFirst paragraph, which is the body.\nRead more\nThe minister said the talks would resume on Monday.");
        Assert.Contains("The minister said the talks would resume on Monday.", a.Text);
    }

    [Fact]
    public void Verbatim_keeps_the_input_exactly()
    {
        var s = "Also read\nHeadline Here\n  body text.  \n";
        var a = Extract(s, verbatim: true);
        Assert.Equal(s, a.Text);
        Assert.Null(a.Meta.Title);
        Assert.Empty(a.Removed);
        Assert.Equal(3, a.Blocks.Count);
        Invariants.Check(a);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined_into_blocks()
    {
        var s = "The first paragraph starts here and\ncontinues on the next line and\nends here.\n\nThe second paragraph also\nwraps around and\nends.\n";
        var a = Extract(s, verbatim: true);
        Assert.Equal(2, a.Blocks.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("x")]
    [InlineData("Also read")]
    public void Degenerate_inputs_give_a_valid_article(string s)
    {
        var a = Extract(s);
        Invariants.Check(a);
    }

    [Fact]
    public void Every_block_maps_back_to_the_same_input_characters()
    {
        var s = "Headline of the day here\n\nFirst body paragraph.\nChina Walks Diplomatic Tightrope\nSecond body paragraph.";
        var a = Extract(s);
        foreach (var b in a.Blocks)
        {
            int i = a.SourceMap.ToInput(b.Start);
            Assert.Equal(a.Covered(b.Start, b.End), s.Substring(i, b.End - b.Start));
        }
    }
}
