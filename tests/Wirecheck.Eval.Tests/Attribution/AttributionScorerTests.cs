namespace Wirecheck.Eval.Tests.Attribution;

using Wirecheck.Core.Model;
using Wirecheck.Eval.Attribution;

public class AttributionScorerTests
{
    // "“A,” he said. “B.”" as words: 0-5 “A,”  6-8 he  9-13 said  15-19 “B.”
    private static readonly List<Token> Tokens =
    [
        new(0, 5, TokenKind.Word), new(6, 8, TokenKind.Word), new(9, 13, TokenKind.Word), new(15, 19, TokenKind.Word),
    ];

    [Fact]
    public void Pieces_sharing_a_cue_are_merged_to_one_extent_and_partials_are_left_out()
    {
        var quotes = new List<Quote>
        {
            new() { Id = "q1", Kind = QuoteKind.Direct, Source = new(6, 8), Cue = new(9, 13), Content = new(0, 5) },
            new() { Id = "q2", Kind = QuoteKind.Direct, Source = new(6, 8), Cue = new(9, 13), Content = new(15, 19) },
            new() { Id = "q3", Kind = QuoteKind.Partial, Content = new(16, 17) },
        };
        var pred = AttributionScorer.FromQuotes(quotes);
        var a = Assert.Single(pred);
        Assert.Equal(new TextSpan(0, 19), a.Content);
        Assert.True(a.Direct);
    }

    [Fact]
    public void Exact_and_token_overlap_scores_per_role()
    {
        var gold = new List<GoldAttribution> { new(new(6, 8), new(9, 13), new(0, 19)) };
        var pred = new List<GoldAttribution> { new(new(6, 8), new(9, 13), new(0, 5)) { Direct = true } };
        var s = new AttributionScorer();
        s.Add(Tokens, gold, pred);
        Assert.Equal(1.0, s.Exact("source").F1);
        Assert.Equal(1.0, s.Exact("cue").F1);
        Assert.Equal(0.0, s.Exact("content").F1);
        // content: gold covers 4 tokens, prediction 1 of them
        Assert.Equal(1.0, s.Overlap("content").Precision);
        Assert.Equal(0.25, s.Overlap("content").Recall);
        Assert.Equal(1, s.DirectMatched);
        Assert.Equal(1, s.DirectSourceCorrect);
    }

    [Fact]
    public void Errors_split_into_missed_spurious_and_boundary()
    {
        var gold = new List<GoldAttribution> { new(new(6, 8), new(9, 13), new(0, 19)), new(null, new(15, 19), new(0, 5)) };
        var pred = new List<GoldAttribution> { new(new(6, 13), new(9, 13), new(0, 5)), new(null, new(6, 8), new(15, 19)) };
        var s = new AttributionScorer();
        s.Add(Tokens, gold, pred);
        // source: gold 6-8 overlapped by 6-13 (boundary on both sides)
        Assert.Equal((0, 0, 1, 1), (s.Errors("source").Missed, s.Errors("source").Spurious, s.Errors("source").BoundaryGold, s.Errors("source").BoundaryPredicted));
        // cue: 9-13 right; gold 15-19 has no overlapping prediction (missed); 6-8 overlaps no gold cue (spurious)
        Assert.Equal((1, 1, 0, 0), (s.Errors("cue").Missed, s.Errors("cue").Spurious, s.Errors("cue").BoundaryGold, s.Errors("cue").BoundaryPredicted));
        // content: 0-5 right; gold 0-19 overlapped by predictions; 15-19 overlaps gold 0-19
        Assert.Equal((0, 0, 1, 1), (s.Errors("content").Missed, s.Errors("content").Spurious, s.Errors("content").BoundaryGold, s.Errors("content").BoundaryPredicted));
    }
}
