namespace Wirecheck.Nlp.Tests.Quotes;

using Wirecheck.Core.Model;
using static QuoteArticles;

public class HeadlineAttributionTests
{
    private const string Body = "\nThe council met on Tuesday to discuss the budget for the coming year, and no decision was taken.";

    [Fact]
    public void A_name_and_a_colon_in_the_headline_attribute_the_rest_of_the_headline_to_the_name()
    {
        var a = Make("Ramirez: Taxes Will Rise Next Year." + Body);
        var q = One(a, "Taxes Will Rise");
        Assert.Equal("Ramirez", Src(a, q));
        Assert.Equal(":", a[q.Cue!.Value]);
        Assert.Equal("Taxes Will Rise Next Year", C(a, q));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
    }

    [Fact]
    public void A_multi_word_name_and_a_quoted_headline_give_a_direct_quotation()
    {
        var a = Make("Senator Maria Ortiz: “We Will Not Back Down”" + Body);
        var q = One(a, "We Will Not Back Down");
        Assert.Equal("Senator Maria Ortiz", Src(a, q));
        Assert.Equal(QuoteKind.Direct, q.Kind);
    }

    [Theory]
    [InlineData("Breaking: Taxes Will Rise Next Year.")]
    [InlineData("The Latest: Taxes will rise next year.")]
    [InlineData("Ramirez’s Plan: Taxes will rise next year.")]
    [InlineData("A quiet week in the capital: taxes will rise next year.")]
    public void Kickers_labels_possessives_and_phrases_are_not_speakers(string headline)
    {
        var a = Make(headline + Body);
        Assert.DoesNotContain(a.Quotes, q => q.Cue is { } c && a[c] == ":");
    }

    [Fact]
    public void Only_the_headline_counts_not_a_colon_in_the_body()
    {
        var a = Make("Budget talks continue" + "\nRamirez: Taxes will rise next year, the minister told the council on Tuesday evening in a long speech about the budget.");
        Assert.DoesNotContain(a.Quotes, q => q.Cue is { } c && a[c] == ":" && q.Source is { } s && a[s] == "Ramirez");
    }
}
