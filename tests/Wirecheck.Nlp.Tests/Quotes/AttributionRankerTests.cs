namespace Wirecheck.Nlp.Tests.Quotes;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Quotes;
using Xunit;

public class AttributionRankerTests
{
    private static TokenRange Words(Article a, string words, int from = 0)
    {
        int at = a.Text.IndexOf(words, from, StringComparison.Ordinal);
        Assert.True(at >= 0, words);
        var r = SourceContext.Range(a.Tokens, new TextSpan(at, at + words.Length));
        Assert.NotNull(r);
        return r.Value;
    }

    private static string Covered(Article a, TokenRange r) => a.Covered(a.Tokens[r.First].Start, a.Tokens[r.Last].End);

    private static SourceContext Context(Article a) => new(a, CueLexicon.Default, []);

    [Fact]
    public void Source_candidates_take_appositives_with_their_comma_titles_and_possessives_but_never_cross_a_quotation_mark()
    {
        var a = QuoteArticles.Make("Jane Roe, a spokeswoman for the Ministry of Water, said the dam is safe. “It holds,” Mr. Smith’s aide said.");
        var cx = Context(a);
        var said = Words(a, "said");
        var names = SourceRanker.Candidates(cx, said.First, said.Last).Select(c => Covered(a, c)).ToList();
        Assert.Contains("Jane Roe, a spokeswoman for the Ministry of Water,", names);
        Assert.Contains("Jane Roe", names);
        Assert.Contains("the dam", names);
        Assert.DoesNotContain(names, n => n.Contains("said"));
        var said2 = Words(a, "said", a.Text.IndexOf("aide", StringComparison.Ordinal));
        var second = SourceRanker.Candidates(cx, said2.First, said2.Last).Select(c => Covered(a, c)).ToList();
        Assert.Contains("Mr. Smith’s aide", second);
        Assert.Contains("Mr. Smith’s", second);
        Assert.DoesNotContain(second, n => n.Contains('“') || n.Contains('”'));
        Assert.DoesNotContain(second, n => n.Contains("holds") && n.Contains("aide"));
    }

    [Fact]
    public void The_source_ranker_learns_from_linked_cues_which_span_is_the_source()
    {
        // training: the whole appositive phrase before the cue is the source, never the object after it
        string[] train =
        [
            "Ann Lee, a lawyer for the city, said the rules were clear.",
            "Bo Chan, an aide to the mayor, said the budget was late.",
            "Cy Diaz, a member of the board, said the vote was fair.",
            "Di Eng, a doctor at the clinic, said the beds were full.",
        ];
        var docs = train.Select(t =>
        {
            var a = QuoteArticles.Make(t);
            var cue = Words(a, "said");
            var src = new TokenRange(0, cue.First - 1);
            return new AttributionTrainingDocument(a, [], [], new int[a.Tokens.Count]) { Links = [new SourceLink(cue.First, cue.Last, src.First, src.Last)] };
        }).ToList();
        var model = new SourceRankerTrainer().Train(docs, CueLexicon.Default, 5, 1);
        var ranker = new SourceRanker(model);
        var test = QuoteArticles.Make("Ed Fox, a judge in the county, said the case was closed.");
        var cueTest = Words(test, "said");
        var pick = ranker.Best(Context(test), cueTest.First, cueTest.Last);
        Assert.NotNull(pick);
        Assert.Equal("Ed Fox, a judge in the county,", Covered(test, pick.Value));
    }

    [Fact]
    public void Cue_candidates_extend_the_found_cue_within_reach_and_keep_it_among_them()
    {
        var a = QuoteArticles.Make("The mayor of the town has long told reporters in private that “the plan is dead.”");
        var told = Words(a, "told");
        var names = CueRanker.Candidates(Context(a), told.First, told.Last).Select(c => Covered(a, c)).ToList();
        Assert.Contains("told", names);
        Assert.Contains("has long told", names);
        Assert.Contains("told reporters", names);
        Assert.Contains("told reporters in private that", names);
        Assert.DoesNotContain(names, n => n.Contains('“') || n.Contains("mayor"));
    }

    [Fact]
    public void The_cue_ranker_learns_the_extent_convention_from_found_cues()
    {
        // training: the rules found "told" but the annotated cue is "told" with its listener
        string[] train =
        [
            "The mayor told reporters that the plan was dead.",
            "A senator told voters that the bill would pass.",
            "The coach told players that the game was over.",
            "An aide told donors that the race was close.",
        ];
        var docs = train.Select(t =>
        {
            var a = QuoteArticles.Make(t);
            var told = Words(a, "told");
            var gold = new TokenRange(told.First, told.First + 1);
            var rules = new List<Quote> { new() { Id = "r", Kind = QuoteKind.Indirect, Cue = new TextSpan(a.Tokens[told.First].Start, a.Tokens[told.First].End), Content = new TextSpan(0, 1) } };
            return new AttributionTrainingDocument(a, [], rules, new int[a.Tokens.Count]) { Links = [new SourceLink(gold.First, gold.Last, -1, -1)] };
        }).ToList();
        var contexts = docs.Select(d => new SourceContext(d.Article, CueLexicon.Default, d.Rules)).ToList();
        var ranker = new CueRanker(new CueRankerTrainer().Train(docs, contexts, 5, 1));
        var test = QuoteArticles.Make("The judge told jurors that the trial was over.");
        var cue = Words(test, "told");
        var rulesTest = new List<Quote> { new() { Id = "r", Kind = QuoteKind.Indirect, Cue = new TextSpan(test.Tokens[cue.First].Start, test.Tokens[cue.First].End), Content = new TextSpan(0, 1) } };
        var pick = ranker.Best(new SourceContext(test, CueLexicon.Default, rulesTest), cue.First, cue.Last);
        Assert.Equal("told jurors", Covered(test, pick));
    }
}
