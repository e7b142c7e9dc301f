namespace Wirecheck.Store.Tests.Embeddings;

using Wirecheck.Store.Embeddings;

public class ClaimClauseTests
{
    private const string Two = "President Volodymyr Zelenskyy said on Wednesday that at least 155 Chinese nationals are fighting for Russia on Ukrainian territory, a day after two of them were captured in Donetsk Oblast.";

    [Theory]
    [InlineData("at least 155", "President Volodymyr Zelenskyy said on Wednesday that at least 155 Chinese nationals are fighting for Russia on Ukrainian territory")]
    [InlineData("two", "a day after two of them were captured in Donetsk Oblast.")]
    public void Each_quantity_of_a_sentence_gets_its_own_clause(string quantity, string expected) =>
        Assert.Equal(expected, ClaimClause.Of(Two, quantity));

    [Fact]
    public void Short_clauses_take_in_their_neighbours_and_numbers_with_commas_stay_whole()
    {
        Assert.Equal("Police said 1,200 people",
            ClaimClause.Of("Police said 1,200 people, mostly students, were arrested", "1,200"));
        Assert.Equal("In 2024, 300 homes were damaged", ClaimClause.Of("In 2024, 300 homes were damaged", "300"));
    }

    [Fact]
    public void Without_a_findable_quantity_the_whole_sentence_is_used()
    {
        Assert.Equal(Two, ClaimClause.Of(Two, null));
        Assert.Equal(Two, ClaimClause.Of(Two, "seven"));
    }
}
