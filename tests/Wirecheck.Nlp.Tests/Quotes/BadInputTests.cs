namespace Wirecheck.Nlp.Tests.Quotes;

using System.Text;
using CsCheck;
using Wirecheck.Core.Model;
using Wirecheck.Nlp.Quotes;
using static QuoteArticles;

public class BadInputTests
{
    [Fact]
    public void Unbalanced_marks_across_a_whole_article_end_each_quotation_at_its_paragraph()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.Append(i % 3 == 0 ? "“Opened and never closed, the officials said\n" : i % 3 == 1 ? "Closed, never opened,” someone added.\n" : "Plain text ” with a stray mark « here.\n");
        var a = Make(sb.ToString());
        Assert.NotEmpty(a.Quotes);
        foreach (var q in a.Quotes)
        {
            // a quotation runs on only into paragraphs that open with a mark
            foreach (var para in a[q.Content].Split('\n').Skip(1)) Assert.True(para.Length > 0 && para[0] is '“' or '«', para);
            Assert.Null(q.Speaker);
        }
    }

    [Fact]
    public void A_five_thousand_paragraph_quotation_is_one_quote()
    {
        var sb = new StringBuilder("Lin said: “Start of a very long statement.\n");
        for (int i = 0; i < 5000; i++) sb.Append("“Paragraph number ").Append(i).Append(" of the statement goes on.\n");
        sb.Append("“The end.”\nAfter the statement.");
        var a = Make(sb.ToString(), new E("e1", EntityType.PERSON, "Lin Jian", ["Lin"]));
        var q = One(a, "Start of a very long statement");
        Assert.EndsWith("The end.”", a[q.Content]);
        Assert.Equal("e1", q.Speaker);
        Assert.DoesNotContain(a.Quotes, x => a[x.Content].Contains("After the statement"));
    }

    [Fact]
    public void Quotes_nested_five_deep_stay_inside_the_outer_quotation()
    {
        var text = "“One ‘two “three «four “five” four» three” two’ one,” Lin said.";
        var spans = QuoteScanner.Scan(text, [new Block(0, text.Length, BlockKind.Paragraph)]);
        var outer = Assert.Single(spans);
        Assert.Equal(0, outer.Start);
        Assert.Equal(text.IndexOf(',') + 2, outer.End);
        var a = Make(text, new E("e1", EntityType.PERSON, "Lin Jian", ["Lin"]));
        Assert.Equal("e1", One(a, "One ‘two").Speaker);
    }

    [Fact]
    public void Deeper_nesting_than_the_bound_does_not_crash()
    {
        var text = string.Concat(Enumerable.Repeat("“a ", 200)) + "end" + string.Concat(Enumerable.Repeat("”", 200)) + " he said.";
        var a = Make(text);
        Assert.All(a.Quotes, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void Random_text_never_crashes_and_never_invents_a_speaker()
    {
        string[] pieces = ["“", "”", "\"", "'", "''", "‘", "’", "«", "»", " said ", " he ", " according to ", " that ", ", ", ". ", "\n", "Lin", " the minister ", " reports ", " from ", "word", " show ", ":"];
        Gen.Int[0, pieces.Length - 1].Array[0, 60].Sample(idx =>
        {
            var a = Make(string.Concat(idx.Select(i => pieces[i])));
            Assert.All(a.Quotes, q => Assert.Null(q.Speaker));
        }, iter: 300);
    }
}
