namespace Wirecheck.Eval.Tests.Extraction;

using Wirecheck.Eval.Extraction;

public class ShingleScorerTests
{
    [Fact]
    public void Tokens_follow_python_word_characters()
    {
        Assert.Equal(new[] { "Don", "t", "stop", "x²", "½", "snake_case", "café" }, ShingleScorer.Tokenize("Don't stop — x² ½ snake_case, café!"));
        // a combining mark separates tokens in Python's \w (category Mn is not alphanumeric)
        Assert.Equal(new[] { "cafe", "x" }, ShingleScorer.Tokenize("cafe\u0301x"));
        // a letter outside the BMP is one word character, as in Python
        Assert.Equal(new[] { "a𝐀b" }, ShingleScorer.Tokenize("a𝐀b"));
    }

    [Fact]
    public void Short_texts_give_one_shingle_and_empty_texts_none()
    {
        Assert.Single(ShingleScorer.Shingles(new() { "a", "b" }));
        Assert.Empty(ShingleScorer.Shingles(new()));
        var bag = ShingleScorer.Shingles(new() { "a", "b", "c", "d", "a", "b", "c", "d" });
        Assert.Equal(2, bag.Values.Max()); // repeats counted
        Assert.Equal(5, bag.Values.Sum());
    }

    [Fact]
    public void Page_scores_follow_the_benchmark()
    {
        var same = ShingleScorer.ScorePage("x", "one two three four five", "one two three four five");
        Assert.Equal(1, same.Precision);
        Assert.Equal(1, same.Recall);
        Assert.True(same.Exact);
        var empty = ShingleScorer.ScorePage("x", "one two three four five", "");
        Assert.Null(empty.Precision);
        Assert.Equal(0, empty.Recall);
        var extra = ShingleScorer.ScorePage("x", "one two three four five", "one two three four five six");
        Assert.Equal(2.0 / 3, extra.Precision!.Value, 9);
        Assert.Equal(1, extra.Recall);
        var both = ShingleScorer.ScorePage("x", "", "");
        Assert.Null(both.Precision);
        Assert.Null(both.Recall);
    }

    [Fact]
    public void Corpus_f1_is_the_f1_of_the_mean_precision_and_recall()
    {
        var pages = new List<ShingleScorer.PageScore>
        {
            new("a", 1.0, 0.5, false, 0, 0, 0),
            new("b", 0.5, 1.0, false, 0, 0, 0),
            new("c", null, 0.0, false, 0, 0, 0),
        };
        var s = ShingleScorer.Aggregate(pages);
        Assert.Equal(0.75, s.Precision, 9);
        Assert.Equal(0.5, s.Recall, 9);
        Assert.Equal(2 * 0.75 * 0.5 / 1.25, s.F1, 9);
    }
}
