namespace Wirecheck.Nlp.Tests.Quotes;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Entities;
using Wirecheck.Nlp.Quotes;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

/// <summary>The learned merge filter's parts: CRF marginals, the option choice and the three decisions, with hand-made models.</summary>
public class MergeFilterTests
{
    private const int T = RoleTags.Count;

    [Fact]
    public void Marginals_match_brute_force_enumeration_of_the_allowed_paths()
    {
        var rng = new Random(7);
        const int n = 5;
        var trans = new float[(T + 1) * T];
        var e = new float[n * T];
        for (int i = 0; i < trans.Length; i++) trans[i] = (float)(rng.NextDouble() * 2 - 1);
        for (int i = 0; i < e.Length; i++) e[i] = (float)(rng.NextDouble() * 20 - 10);
        foreach (int previous in new[] { -1, RoleTags.BCue })
        {
            var roles = new float[n * NeuralEnsemble.RolesPerToken];
            NeuralEnsemble.Marginals(NeuralEnsemble.ExpTransitions(trans), e, n, previous, roles, new float[n * T], new float[n * T]);
            var expected = new double[n * NeuralEnsemble.RolesPerToken];
            double z = 0;
            var path = new int[n];
            for (int code = 0; code < (int)Math.Pow(T, n); code++)
            {
                int c = code;
                for (int i = 0; i < n; i++) { path[i] = c % T; c /= T; }
                bool ok = true;
                double score = 0;
                for (int i = 0; i < n && ok; i++)
                {
                    int prev = i == 0 ? previous : path[i - 1];
                    ok = RoleTags.Allowed(prev, path[i]);
                    score += e[i * T + path[i]] + trans[(prev + 1) * T + path[i]];
                }
                if (!ok) continue;
                double w = Math.Exp(score);
                z += w;
                for (int i = 0; i < n; i++) expected[i * NeuralEnsemble.RolesPerToken + RoleTags.Role(path[i])] += w;
            }
            for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i] / z, roles[i], 3);
            for (int i = 0; i < n; i++)
                Assert.Equal(1.0, roles.Skip(i * NeuralEnsemble.RolesPerToken).Take(NeuralEnsemble.RolesPerToken).Sum(), 3);
        }
    }

    [Fact]
    public void Best_source_is_the_top_option_with_a_source_and_its_softmax_probability()
    {
        TextSpan? a = new TextSpan(0, 3), b = new TextSpan(5, 9);
        int best = MergeFilter.BestSource([a, null, b], [1f, 3f, 2f], out float p);
        Assert.Equal(2, best);
        Assert.Equal(MathF.Exp(2) / (MathF.Exp(1) + MathF.Exp(3) + MathF.Exp(2)), p, 4);
        Assert.Equal(-1, MergeFilter.BestSource([null], [5f], out _));
    }

    private static Article Make(string text)
    {
        var a = new Article(text, new InputInfo("test", null, null));
        a.Blocks.Add(new Block(0, text.Length, BlockKind.Paragraph));
        a.Tokens.AddRange(Tokenizer.Tokenize(a.Text));
        a.Sentences.AddRange(SentenceSplitter.Split(a.Text, a.Tokens, a.Blocks));
        return a;
    }

    private static TextSpan Find(string text, string word)
    {
        int i = text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(i >= 0, word);
        return new TextSpan(i, i + word.Length);
    }

    /// <summary>A model that knows only its thresholds and, optionally, a weight for the "no source" option.</summary>
    private static MergeFilter Model(float keep, float sourceThreshold, float cue, float none = 0)
    {
        var rows = new Dictionary<ulong, int> { [MergeFilter.ThresholdFeature] = 0 };
        var w = new List<float> { keep, sourceThreshold, cue };
        if (none != 0)
            for (int sides = MergeFilter.OptionNone; sides < 2 * MergeFilter.OptionNone; sides++)
            {
                // the "no source" option, whichever other sides also propose no source
                rows[MergeFilter.SidesFeature(sides)] = rows.Count;
                w.AddRange([0, none, 0]);
            }
        return new MergeFilter(new PerceptronModel(rows, w.ToArray(), MergeFilter.Heads, "test"));
    }

    private const string Text = "Officials said that the talks failed. “We tried,” the minister said.";

    private static (Article, List<Candidate>, SourceContext) Setup()
    {
        var a = Make(Text);
        var indirect = new Candidate { Kind = QuoteKind.Indirect, Source = Find(Text, "Officials"), Cue = Find(Text, "said"), Content = Find(Text, "that the talks failed"), Origin = 1 };
        indirect.RulesSource = indirect.Source;
        int q = Text.IndexOf('“');
        var direct = new Candidate { Kind = QuoteKind.Direct, Source = Find(Text, "the minister"), Cue = new TextSpan(Text.LastIndexOf("said", StringComparison.Ordinal), Text.LastIndexOf("said", StringComparison.Ordinal) + 4), Content = new TextSpan(q, Text.IndexOf('”') + 1), Origin = 1 };
        direct.RulesSource = direct.Source;
        var list = new List<Candidate> { indirect, direct };
        return (a, list, new SourceContext(a, CueLexicon.Default, []));
    }

    [Fact]
    public void A_negative_keep_score_drops_the_taggers_additions_but_never_the_rules_attributions()
    {
        var (a, list, cx) = Setup();
        list[0].Origin = 8; // the tagger's own
        list[1].SharesSourceWith = list[0];
        LearnedMerge.Judge(a, cx, null, [], list, Model(keep: -1, sourceThreshold: 0, cue: 1), null);
        var kept = Assert.Single(list);
        Assert.Equal(QuoteKind.Direct, kept.Kind);
        Assert.Null(kept.SharesSourceWith);
    }

    [Fact]
    public void No_source_winning_drops_an_indirect_source_but_a_direct_quotation_keeps_its_own()
    {
        var (a, list, cx) = Setup();
        LearnedMerge.Judge(a, cx, null, [], list, Model(keep: 1, sourceThreshold: 0.5f, cue: 1, none: 5), null);
        Assert.Equal(2, list.Count);
        Assert.Null(list[0].Source);
        Assert.Equal(Find(Text, "the minister"), list[1].Source);
        Assert.NotNull(list[0].Cue);
    }

    [Fact]
    public void A_source_option_above_the_threshold_stays_and_a_negative_cue_score_drops_only_the_taggers_cue()
    {
        var (a, list, cx) = Setup();
        list[0].Origin = 8; // the tagger's own; the direct quotation is the rules'
        LearnedMerge.Judge(a, cx, null, [], list, Model(keep: 1, sourceThreshold: 0.4f, cue: -1), null);
        Assert.Equal(2, list.Count);
        Assert.Equal(Find(Text, "Officials"), list[0].Source);
        Assert.Null(list[0].Cue);
        Assert.Equal(Find(Text, "that the talks failed"), list[0].Content);
        Assert.NotNull(list[1].Cue);
    }

    [Fact]
    public void Recording_gives_the_features_and_options_and_changes_nothing()
    {
        var (a, list, cx) = Setup();
        var recorder = new MergeRecorder();
        LearnedMerge.Judge(a, cx, null, [], list, null, recorder);
        recorder.Finish(list);
        var items = Assert.Single(recorder.Articles);
        Assert.Equal(2, items.Count);
        Assert.Equal(2, items[0]!.Options.Count); // the current source and none
        Assert.Contains(items[0]!.Options, o => o.Source is null);
        Assert.Single(items[1]!.Options); // a direct quotation keeps its source: no choice
        Assert.Equal(Find(Text, "Officials"), list[0].Source);
        Assert.All(items, i => Assert.InRange(i!.Features.Length, 10, MergeFilter.MaxFeatures));
    }

    [Fact]
    public void Stage_output_with_a_recorder_equals_the_output_without_a_filter()
    {
        var tagger = AttributionTagger.Default;
        Assert.True(tagger is { IsNeural: true }, "the committed neural model (data/models/attribution-neural.bin) is needed");
        const string text = "The ministry said on Tuesday that the men were detained. “We are verifying,” Lin said.\nHe denied any involvement and stated that an inquiry had begun.";
        var plain = QuoteArticles.Prepare(text);
        new AttributionStage(tagger!, filter: null).Process(plain, CancellationToken.None);
        var recorded = QuoteArticles.Prepare(text);
        var recorder = new MergeRecorder();
        new AttributionStage(tagger, filter: null, recorder).Process(recorded, CancellationToken.None);
        Assert.Equal(plain.Quotes.Select(q => (q.Source, q.Cue, q.Content)), recorded.Quotes.Select(q => (q.Source, q.Cue, q.Content)));
        var items = Assert.Single(recorder.Articles);
        Assert.Equal(recorded.Quotes.Count, items.Count);
        for (int i = 0; i < items.Count; i++) Assert.Equal(recorded.Quotes[i].Kind == QuoteKind.Partial, items[i] is null);
    }
}
