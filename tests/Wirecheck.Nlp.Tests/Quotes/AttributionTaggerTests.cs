namespace Wirecheck.Nlp.Tests.Quotes;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Entities;
using Wirecheck.Nlp.Quotes;
using Xunit;

public class AttributionTaggerTests
{
    private static int[] TagsFor(Article a, params (string Words, int Begin)[] roles)
    {
        var tags = new int[a.Tokens.Count];
        foreach (var (words, begin) in roles)
        {
            int at = a.Text.IndexOf(words, StringComparison.Ordinal);
            bool first = true;
            for (int i = 0; i < a.Tokens.Count; i++)
            {
                if (a.Tokens[i].Start < at || a.Tokens[i].End > at + words.Length) continue;
                tags[i] = first ? begin : begin + 1;
                first = false;
            }
        }
        return tags;
    }

    [Fact]
    public void Link_gives_each_cue_its_nearest_source_and_the_extent_of_its_content_pieces()
    {
        var a = QuoteArticles.Make("“We will win,” the senator from Ohio said, “and soon.” Officials believe the vote is close.");
        var tags = TagsFor(a,
            ("“We will win,”", RoleTags.BContent), ("the senator from Ohio", RoleTags.BSource), ("said", RoleTags.BCue),
            ("“and soon.”", RoleTags.BContent), ("Officials", RoleTags.BSource), ("believe", RoleTags.BCue), ("the vote is close", RoleTags.BContent));
        var linked = AttributionTagger.Link(a, tags);
        Assert.Equal(2, linked.Count);
        Assert.Equal("the senator from Ohio", a.Covered(linked[0].Source!.Value.Start, linked[0].Source!.Value.End));
        Assert.Equal("said", a.Covered(linked[0].Cue.Start, linked[0].Cue.End));
        // the content runs from the first piece to the last, across the frame (PolNeAR's extent convention)
        Assert.StartsWith("“We will win,”", a.Covered(linked[0].Content.Start, linked[0].Content.End));
        Assert.EndsWith("“and soon.”", a.Covered(linked[0].Content.Start, linked[0].Content.End));
        Assert.Equal("Officials", a.Covered(linked[1].Source!.Value.Start, linked[1].Source!.Value.End));
        Assert.Equal("the vote is close", a.Covered(linked[1].Content.Start, linked[1].Content.End));
    }

    [Fact]
    public void A_cue_without_content_gives_no_attribution_and_an_inside_tag_never_starts_a_span()
    {
        var a = QuoteArticles.Make("The mayor said nothing else today.");
        var tags = TagsFor(a, ("The mayor", RoleTags.BSource), ("said", RoleTags.BCue));
        Assert.Empty(AttributionTagger.Link(a, tags));
        Span<float> scores = stackalloc float[RoleTags.Count];
        scores[RoleTags.ICue] = 5; scores[RoleTags.O] = 1;
        Assert.Equal(RoleTags.O, AttributionTagger.Best(scores, RoleTags.BSource));
        Assert.Equal(RoleTags.ICue, AttributionTagger.Best(scores, RoleTags.BCue));
    }

    [Fact]
    public void Model_round_trips_through_its_file_with_quantised_weights()
    {
        var rows = new Dictionary<ulong, int> { [42UL] = 0, [7UL] = 1 };
        var weights = new float[2 * RoleTags.Count];
        weights[RoleTags.BCue] = 3.5f; weights[RoleTags.Count + RoleTags.O] = -1.25f; weights[RoleTags.Count + RoleTags.BCue] = 2f;
        var model = new PerceptronModel(rows, weights, RoleTags.Count, "test");
        var path = Path.Combine(Path.GetTempPath(), $"wc-attr-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path, AttributionTagger.ModelMagic);
            using var stream = File.OpenRead(path);
            var loaded = PerceptronModel.Load(stream, path, AttributionTagger.ModelMagic);
            Span<float> a = stackalloc float[model.Stride];
            Span<float> b = stackalloc float[loaded.Stride];
            ulong[] feats = [42UL, 7UL, 99UL];
            model.Score(feats, a);
            loaded.Score(feats, b);
            for (int t = 0; t < RoleTags.Count; t++) Assert.Equal(a[t], b[t], 2);
            Assert.Equal(5.5f, b[RoleTags.BCue], 2);
            Assert.Equal(2, loaded.FeatureCount);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Rules_only_stage_ignores_the_model()
    {
        var a = QuoteArticles.Make("Officials said the bridge would reopen in May.");
        var rules = new Article(a.Text, new InputInfo("test", null, null));
        rules.Blocks.AddRange(a.Blocks); rules.Tokens.AddRange(a.Tokens); rules.Sentences.AddRange(a.Sentences);
        new AttributionStage(learned: false).Process(rules, CancellationToken.None);
        var q = Assert.Single(rules.Quotes);
        Assert.Equal("said", rules.Covered(q.Cue!.Value.Start, q.Cue.Value.End));
        Assert.Equal("the bridge would reopen in May", rules.Covered(q.Content.Start, q.Content.End));
    }
}
