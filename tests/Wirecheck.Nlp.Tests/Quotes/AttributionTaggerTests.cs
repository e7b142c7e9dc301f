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
    public void A_cue_with_neither_content_nor_source_gives_no_attribution_and_an_inside_tag_never_starts_a_span()
    {
        var a = QuoteArticles.Make("The mayor said nothing else today.");
        var tags = TagsFor(a, ("said", RoleTags.BCue));
        Assert.Empty(AttributionTagger.Link(a, tags));
        Assert.False(RoleTags.Allowed(RoleTags.BSource, RoleTags.ICue));
        Assert.False(RoleTags.Allowed(-1, RoleTags.ICue));
        Assert.True(RoleTags.Allowed(RoleTags.BCue, RoleTags.ICue));
    }

    [Fact]
    public void A_cue_with_a_source_but_no_content_takes_the_rest_of_its_sentence()
    {
        var a = QuoteArticles.Make("The mayor said nothing else today. The council met.");
        var tags = TagsFor(a, ("The mayor", RoleTags.BSource), ("said", RoleTags.BCue));
        var l = Assert.Single(AttributionTagger.Link(a, tags));
        Assert.Equal("The mayor", a.Covered(l.Source!.Value.Start, l.Source.Value.End));
        Assert.Equal("nothing else today", a.Covered(l.Content.Start, l.Content.End));
    }

    /// <summary>Scores from a fixed table: static[token, tag] plus transition[previous + 1, tag].</summary>
    private static float BruteForceBest(float[,] st, float[,] tr, int n, int previous, int[] best)
    {
        float bestScore = float.NegativeInfinity;
        var path = new int[n];
        void Walk(int i, int prev, float acc)
        {
            if (i == n)
            {
                if (acc > bestScore) { bestScore = acc; path.CopyTo(best, 0); }
                return;
            }
            for (int t = 0; t < RoleTags.Count; t++)
            {
                if (!RoleTags.Allowed(prev, t)) continue;
                path[i] = t;
                Walk(i + 1, t, acc + st[i, t] + tr[prev + 1, t]);
            }
        }
        Walk(0, previous, 0);
        return bestScore;
    }

    [Fact]
    public void Viterbi_finds_the_best_allowed_tag_sequence()
    {
        var a = QuoteArticles.Make("Officials said the bridge would reopen.");
        var fx = new AttributionFeatures(CueLexicon.Default);
        fx.Prepare(a, [], []);
        int n = Math.Min(5, fx.Count);
        var rng = new Random(7);
        Span<ulong> f = stackalloc ulong[AttributionFeatures.MaxFeatures];
        for (int round = 0; round < 20; round++)
        {
            var st = new float[n, RoleTags.Count];
            var tr = new float[RoleTags.Count + 1, RoleTags.Count];
            for (int i = 0; i < n; i++) for (int t = 0; t < RoleTags.Count; t++) st[i, t] = rng.Next(-50, 50);
            for (int p = 0; p <= RoleTags.Count; p++) for (int t = 0; t < RoleTags.Count; t++) tr[p, t] = rng.Next(-50, 50);
            // the scorer recognises each token's static feature set and each (token, previous tag) transition set, and
            // answers from the random tables, so the decoder's result can be checked against an exhaustive search
            var staticOf = new Dictionary<ulong, int>();
            var transitionOf = new Dictionary<ulong, (int Token, int Prev)>();
            for (int i = 0; i < n; i++)
            {
                int k = fx.Static(i, f);
                staticOf[Key(f[..k])] = i;
                for (int p = -1; p < RoleTags.Count; p++) { k = fx.Transition(i, p, f); transitionOf[Key(f[..k])] = (i, p); }
            }
            RoleScorer score = (feats, scores) =>
            {
                ulong key = Key(feats);
                scores.Clear();
                if (staticOf.TryGetValue(key, out int i)) { for (int t = 0; t < RoleTags.Count; t++) scores[t] = st[i, t]; }
                else if (transitionOf.TryGetValue(key, out var tp)) { for (int t = 0; t < RoleTags.Count; t++) scores[t] = tr[tp.Prev + 1, t]; }
                else throw new InvalidOperationException("unknown feature set");
            };
            var tags = new int[n];
            var back = Array.Empty<int>();
            RoleDecoder.Decode(fx, 0, n, -1, score, tags, ref back);
            var expected = new int[n];
            float bestScore = BruteForceBest(st, tr, n, -1, expected);
            float got = 0;
            for (int i = 0; i < n; i++)
            {
                Assert.True(RoleTags.Allowed(i == 0 ? -1 : tags[i - 1], tags[i]));
                got += st[i, tags[i]] + tr[(i == 0 ? -1 : tags[i - 1]) + 1, tags[i]];
            }
            Assert.Equal(bestScore, got);
        }
    }

    private static ulong Key(ReadOnlySpan<ulong> feats)
    {
        ulong h = 1469598103934665603UL;
        foreach (var x in feats) h = (h ^ x) * 1099511628211UL;
        return h;
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
