namespace Wirecheck.Nlp.Tests.Quotes;

using Wirecheck.Nlp.Quotes;
using Xunit;

public class NeuralRoleModelTests
{
    private static readonly int[] Sizes = [6, 4, 3];
    private static readonly int[] Dims = [3, 2, 2];

    private static NeuralRoleModel Tiny(int seed = 7)
    {
        var m = new NeuralRoleModel(Sizes, Dims, 5, [1, 2]);
        m.Initialise(seed);
        // non-zero transitions and biases so that their gradients are checked too
        var r = new Random(seed);
        for (int i = m.TransOffset; i < m.Parameters.Length; i++) m.Parameters[i] = (float)(r.NextDouble() - 0.5);
        return m;
    }

    private static NeuralRoleTrainer.Sentence Sentence(int n, int seed, int[] gold)
    {
        var r = new Random(seed);
        var cats = new int[n * Sizes.Length];
        for (int i = 0; i < n; i++) for (int g = 0; g < Sizes.Length; g++) cats[i * Sizes.Length + g] = r.Next(Sizes[g]);
        return new NeuralRoleTrainer.Sentence(cats, gold, -1);
    }

    [Fact]
    public void Backpropagated_gradient_matches_finite_differences()
    {
        var m = Tiny();
        var s = Sentence(6, 3, [RoleTags.BSource, RoleTags.ISource, RoleTags.BCue, RoleTags.BContent, RoleTags.IContent, RoleTags.O]);
        var grad = new float[m.Parameters.Length];
        NeuralRoleTrainer.Loss(m, s, grad);
        var r = new Random(11);
        int checkedCount = 0;
        var candidates = Enumerable.Range(0, m.Parameters.Length).Where(i => grad[i] != 0).OrderBy(_ => r.Next()).Take(60).ToList();
        Assert.True(candidates.Count >= 40, "most parameters should get a gradient");
        foreach (var i in candidates)
        {
            float keep = m.Parameters[i];
            const float eps = 1e-3f;
            m.Parameters[i] = keep + eps;
            double up = NeuralRoleTrainer.Loss(m, s, new float[grad.Length]);
            m.Parameters[i] = keep - eps;
            double down = NeuralRoleTrainer.Loss(m, s, new float[grad.Length]);
            m.Parameters[i] = keep;
            double numeric = (up - down) / (2 * eps);
            Assert.True(Math.Abs(numeric - grad[i]) <= 5e-3 + 0.03 * Math.Abs(numeric), $"parameter {i}: numeric {numeric:0.00000}, backprop {grad[i]:0.00000}");
            checkedCount++;
        }
        Assert.Equal(candidates.Count, checkedCount);
    }

    [Fact]
    public void Distillation_gradient_matches_finite_differences_and_soft_targets_are_distributions()
    {
        var m = Tiny();
        var s = Sentence(5, 9, [RoleTags.O, RoleTags.BSource, RoleTags.BCue, RoleTags.BContent, RoleTags.IContent]);
        var soft = NeuralRoleTrainer.Targets(new NeuralEnsemble([Tiny(3), Tiny(4)]), s);
        for (int i = 0; i < 5; i++) Assert.InRange(soft.Unary.Skip(i * NeuralRoleModel.T).Take(NeuralRoleModel.T).Sum(), 0.999f, 1.001f);
        Assert.InRange(soft.Pairs.Sum(), 4.99f, 5.01f); // one transition into each of the 5 tokens
        var grad = new float[m.Parameters.Length];
        double loss = NeuralRoleTrainer.Loss(m, s, grad, soft, 0.7f);
        Assert.NotEqual(loss, NeuralRoleTrainer.Loss(m, s, new float[grad.Length]));
        var r = new Random(5);
        var candidates = Enumerable.Range(0, m.Parameters.Length).Where(i => grad[i] != 0).OrderBy(_ => r.Next()).Take(60).ToList();
        Assert.True(candidates.Count >= 40);
        double Numeric(int i, float eps)
        {
            float keep = m.Parameters[i];
            m.Parameters[i] = keep + eps;
            double up = NeuralRoleTrainer.Loss(m, s, new float[grad.Length], soft, 0.7f);
            m.Parameters[i] = keep - eps;
            double down = NeuralRoleTrainer.Loss(m, s, new float[grad.Length], soft, 0.7f);
            m.Parameters[i] = keep;
            return (up - down) / (2 * eps);
        }
        bool Close(double numeric, float g) => Math.Abs(numeric - g) <= 5e-3 + 0.03 * Math.Abs(numeric);
        foreach (var i in candidates.Append(m.TransOffset + RoleTags.BCue))
        {
            // a step of 1e-3 can cross a ReLU's kink (the difference is then off for either loss); a 1e-4 step rarely does
            double coarse = Numeric(i, 1e-3f), fine = Numeric(i, 1e-4f);
            Assert.True(Close(coarse, grad[i]) || Close(fine, grad[i]), $"parameter {i}: numeric {coarse:0.00000} / {fine:0.00000}, backprop {grad[i]:0.00000}");
        }
    }

    [Fact]
    public void Unused_embedding_rows_get_no_gradient()
    {
        var m = Tiny();
        var s = new NeuralRoleTrainer.Sentence([0, 0, 0, 1, 1, 1], [RoleTags.BCue, RoleTags.O], -1);
        var grad = new float[m.Parameters.Length];
        NeuralRoleTrainer.Loss(m, s, grad);
        // word rows 2..5 were not used by the sentence
        for (int i = m.EmbeddingOffset(0) + 2 * Dims[0]; i < m.EmbeddingOffset(0) + 6 * Dims[0]; i++) Assert.Equal(0f, grad[i]);
        Assert.Contains(Enumerable.Range(m.EmbeddingOffset(0), 2 * Dims[0]), i => grad[i] != 0);
    }

    [Fact]
    public void Saved_model_loads_with_the_same_scores_within_half_precision()
    {
        var m = Tiny();
        var s = Sentence(9, 5, new int[9]);
        var w = new NeuralRoleModel.Work();
        m.Forward(s.Cats, 9, w);
        var before = w.E.AsSpan(0, 9 * NeuralRoleModel.T).ToArray();
        using var ms = new MemoryStream();
        m.Save(ms);
        ms.Position = 0;
        var loaded = NeuralRoleModel.Load(ms, "test");
        Assert.Equal(m.Parameters.Length, loaded.Parameters.Length);
        loaded.Forward(s.Cats, 9, w);
        for (int i = 0; i < before.Length; i++) Assert.InRange(w.E[i], before[i] - 0.02f, before[i] + 0.02f);
    }

    [Fact]
    public void Load_rejects_another_file_kind()
    {
        using var ms = new MemoryStream();
        using (var bw = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) bw.Write("WCATTR3");
        ms.Position = 0;
        Assert.Throws<InvalidDataException>(() => NeuralRoleModel.Load(ms, "x"));
    }

    [Fact]
    public void Old_format_files_are_refused_with_a_clear_error()
    {
        using var model = new MemoryStream();
        using (var bw = new BinaryWriter(model, System.Text.Encoding.UTF8, leaveOpen: true)) { bw.Write("WCNATT1"); bw.Write(0f); }
        model.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => NeuralRoleModel.Load(model, "old.bin"));
        Assert.Contains("old format", e.Message);
        using var ensemble = new MemoryStream();
        using (var bw = new BinaryWriter(ensemble, System.Text.Encoding.UTF8, leaveOpen: true)) { bw.Write("WCNENS1"); bw.Write(1); }
        ensemble.Position = 0;
        Assert.Contains("old format", Assert.Throws<InvalidDataException>(() => NeuralEnsemble.Load(ensemble, "old.bin")).Message);
    }

    [Fact]
    public void Saved_files_carry_the_current_format_tags()
    {
        using var ms = new MemoryStream();
        new NeuralEnsemble([Tiny()]).Save(ms);
        ms.Position = 0;
        using var br = new BinaryReader(ms);
        Assert.Equal("WCNENS2", br.ReadString());
        Assert.Equal(1, br.ReadInt32());
        Assert.Equal("WCNATT2", br.ReadString());
        Assert.Equal(Sizes.Length, br.ReadInt32()); // the group count follows the tag directly (no perceptron weight)
    }

    [Fact]
    public void Decoding_never_puts_an_inside_tag_after_another_role()
    {
        var m = Tiny();
        Array.Clear(m.Parameters, m.TransOffset, (NeuralRoleModel.T + 1) * NeuralRoleModel.T);
        int n = 4;
        var e = new float[n * NeuralRoleModel.T];
        for (int i = 0; i < n; i++) e[i * NeuralRoleModel.T + RoleTags.ICue] = 5; // inside-cue everywhere is the best local choice
        var tags = new int[n];
        m.Decode(e, n, RoleTags.O, tags, new int[n * NeuralRoleModel.T]);
        Assert.NotEqual(RoleTags.ICue, tags[0]);
        for (int i = 1; i < n; i++) Assert.True(RoleTags.Allowed(tags[i - 1], tags[i]), $"{tags[i - 1]} -> {tags[i]}");
        Assert.Equal(RoleTags.ICue, tags[n - 1]);
    }

    [Fact]
    public void Training_learns_a_made_up_pattern()
    {
        // word 1 is a cue; the word before it is a source, the words after it content; word 0 is filler
        var train = new List<NeuralRoleTrainer.Sentence>();
        var r = new Random(2);
        for (int k = 0; k < 60; k++)
        {
            int n = 6 + r.Next(4), at = 1 + r.Next(n - 4);
            var cats = new int[n * Sizes.Length];
            var gold = new int[n];
            for (int i = 0; i < n; i++)
            {
                cats[i * Sizes.Length] = i == at ? 1 : 2 + r.Next(4);
                cats[i * Sizes.Length + 1] = r.Next(4);
                cats[i * Sizes.Length + 2] = r.Next(3);
                gold[i] = i == at - 1 ? RoleTags.BSource : i == at ? RoleTags.BCue : i == at + 1 ? RoleTags.BContent : i > at + 1 ? RoleTags.IContent : RoleTags.O;
            }
            train.Add(new NeuralRoleTrainer.Sentence(cats, gold, -1));
        }
        var m = new NeuralRoleModel(Sizes, Dims, 8, [1, 2]);
        var untrained = NeuralRoleTrainer.Score(Tiny(), train);
        new NeuralRoleTrainer().Train(m, train, train, new NeuralRoleTrainer.Options { Epochs = 30, LearningRate = 0.02f, Threads = 1, BatchTokens = 50, Dropout = 0, WordDropout = 0 });
        var (source, cue) = NeuralRoleTrainer.Score(m, train);
        Assert.True(untrained.Source + untrained.Cue < 1, "an untrained model should not already get it");
        Assert.True(source > 0.95 && cue > 0.95, $"source {source}, cue {cue}");
    }

    [Fact]
    public void Ensemble_file_round_trips_and_a_single_model_file_reads_as_an_ensemble_of_one()
    {
        var a = Tiny(1);
        var b = Tiny(2);
        using var ms = new MemoryStream();
        new NeuralEnsemble([a, b]).Save(ms);
        ms.Position = 0;
        var loaded = NeuralEnsemble.Load(ms, "test");
        Assert.Equal(2, loaded.Members.Count);
        Assert.Equal(a.Parameters.Length, loaded.Members[1].Parameters.Length);
        using var single = new MemoryStream();
        a.Save(single);
        single.Position = 0;
        Assert.Single(NeuralEnsemble.Load(single, "single").Members);
    }

    [Fact]
    public void Neural_tagger_tags_only_signal_sentences_and_an_ensemble_of_two_copies_tags_as_its_model()
    {
        var article = QuoteArticles.Make("The weather was mild all week. Officials said the bridge would reopen on Monday.");
        var fx = new NeuralInput(CueLexicon.Default);
        fx.Prepare(article, QuoteScanner.Scan(article.Text, article.Blocks), []);
        Assert.False(fx.Signal(0));
        var m = new NeuralRoleModel(NeuralInput.Sizes, [4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0], 6, [1, 2]);
        Assert.Null(new NeuralEnsemble([m]).InputMismatch());
        m.Initialise(3);
        // bias every token towards B-cue: tokens of a signal sentence become cues, the other sentence stays O
        m.Parameters[m.TransOffset - NeuralRoleModel.T + RoleTags.BCue] = 50;
        var ensemble = new NeuralEnsemble([m, m]).Tag(article, fx);
        var single = m.Tag(article, fx);
        Assert.Equal(single, ensemble);
        int firstOfSecond = article.Sentences[1].FirstToken;
        Assert.All(ensemble[..firstOfSecond], t => Assert.Equal(RoleTags.O, t));
        Assert.Contains(RoleTags.BCue, ensemble[firstOfSecond..]);
    }

    [Fact]
    public void Fast_inference_forward_gives_the_training_forward_scores()
    {
        var m = new NeuralRoleModel(Sizes, Dims, 16, [1, 2, 4]);
        m.Initialise(5);
        var s = Sentence(12, 8, new int[12]);
        var slow = new NeuralRoleModel.Work();
        var fast = new NeuralRoleModel.Work();
        m.Forward(s.Cats, 12, slow);
        m.ForwardFast(s.Cats, 12, fast);
        for (int i = 0; i < 12 * NeuralRoleModel.T; i++) Assert.InRange(fast.E[i], slow.E[i] - 1e-4f, slow.E[i] + 1e-4f);
        Assert.Contains(slow.E.Take(12 * NeuralRoleModel.T), v => Math.Abs(v) > 0.01f);
    }

    [Theory]
    [InlineData(24, 13)] // rows a multiple of four, an odd token count (the last token has no partner)
    [InlineData(18, 12)] // two rows after the groups of four
    [InlineData(16, 1)]
    [InlineData(17, 30)] // an odd row count (the last row alone), pairs inside the sentence at every dilation
    [InlineData(24, 7)] // pairs, then a last token alone
    public void Fast_inference_two_tokens_at_a_time_is_bit_identical_to_the_training_forward(int hidden, int n)
    {
        // input width 16: a multiple of the vector width, so both passes take their vector paths
        int[] sizes = [9, 5], dims = [8, 8];
        var m = new NeuralRoleModel(sizes, dims, hidden, [1, 2, 4]);
        m.Initialise(3);
        var r = new Random(n);
        for (int i = m.BoOffset; i < m.TransOffset; i++) m.Parameters[i] = (float)(r.NextDouble() - 0.5);
        for (int l = 0; l < 3; l++) for (int i = 0; i < hidden; i++) m.Parameters[m.BOffset[l] + i] = (float)(r.NextDouble() - 0.5) * 0.1f;
        var cats = new int[n * 2];
        for (int i = 0; i < n; i++) { cats[2 * i] = r.Next(9); cats[2 * i + 1] = r.Next(5); }
        var slow = new NeuralRoleModel.Work();
        var fast = new NeuralRoleModel.Work();
        m.Forward(cats, n, slow);
        m.ForwardFast(cats, n, fast);
        Assert.Equal(slow.E.Take(n * NeuralRoleModel.T), fast.E.Take(n * NeuralRoleModel.T));
        Assert.Contains(slow.E.Take(n * NeuralRoleModel.T), v => Math.Abs(v) > 0.01f);
    }

    private static NeuralRoleModel TinyDense(int seed = 7)
    {
        var m = new NeuralRoleModel(Sizes, Dims, 5, [1, 2], denseDim: 3);
        m.Initialise(seed);
        var r = new Random(seed);
        for (int i = m.TransOffset; i < m.Parameters.Length; i++) m.Parameters[i] = (float)(r.NextDouble() - 0.5);
        return m;
    }

    private static float[] DenseInputs(int n, int width, int seed)
    {
        var r = new Random(seed);
        return Enumerable.Range(0, n * width).Select(_ => (float)(r.NextDouble() * 2 - 1)).ToArray();
    }

    [Fact]
    public void Dense_inputs_change_the_scores_and_their_weights_get_the_finite_difference_gradient()
    {
        var m = TinyDense();
        var s = Sentence(6, 3, [RoleTags.BSource, RoleTags.ISource, RoleTags.BCue, RoleTags.BContent, RoleTags.IContent, RoleTags.O]) with { Dense = DenseInputs(6, 3, 4) };
        var w = new NeuralRoleModel.Work();
        m.Forward(s.Cats, 6, w, dense: s.Dense);
        var with = w.E.AsSpan(0, 6 * NeuralRoleModel.T).ToArray();
        m.Forward(s.Cats, 6, w, dense: new float[18]);
        Assert.Contains(Enumerable.Range(0, with.Length), i => Math.Abs(with[i] - w.E[i]) > 1e-3f);
        var grad = new float[m.Parameters.Length];
        double loss = NeuralRoleTrainer.Loss(m, s, grad);
        // the first layer's weights reading the dense inputs: the last 3 of each row of InputDim
        int inD = m.In(0), checkedCount = 0;
        for (int k = 0; k < 3; k++)
            for (int r = 0; r < m.Hidden; r++)
                for (int c = inD - 3; c < inD; c++)
                {
                    int i = m.EmbeddingOffset(Sizes.Length - 1) + Sizes[^1] * Dims[^1] + k * m.Hidden * inD + r * inD + c;
                    if (grad[i] == 0) continue;
                    float keep = m.Parameters[i];
                    m.Parameters[i] = keep + 1e-3f;
                    double up = NeuralRoleTrainer.Loss(m, s, new float[grad.Length]);
                    m.Parameters[i] = keep - 1e-3f;
                    double down = NeuralRoleTrainer.Loss(m, s, new float[grad.Length]);
                    m.Parameters[i] = keep;
                    double numeric = (up - down) / 2e-3;
                    Assert.True(Math.Abs(numeric - grad[i]) < 2e-3 + 0.05 * Math.Abs(numeric), $"parameter {i}: numeric {numeric:0.00000}, backprop {grad[i]:0.00000}");
                    checkedCount++;
                }
        Assert.True(checkedCount >= 10, $"only {checkedCount} dense weights got a gradient");
        Assert.True(loss > 0);
    }

    [Fact]
    public void A_model_without_dense_inputs_refuses_none_and_one_with_them_needs_them()
    {
        var plain = Tiny();
        var s = Sentence(4, 2, new int[4]);
        Assert.True(NeuralRoleTrainer.Loss(plain, s, new float[plain.Parameters.Length]) > 0);
        Assert.Throws<ArgumentException>(() => NeuralRoleTrainer.Loss(TinyDense(), s, new float[TinyDense().Parameters.Length]));
    }

    [Fact]
    public void A_dense_model_round_trips_in_its_own_file_kind_and_a_plain_one_keeps_the_runtime_kind()
    {
        var m = TinyDense();
        var s = Sentence(9, 5, new int[9]) with { Dense = DenseInputs(9, 3, 6) };
        var w = new NeuralRoleModel.Work();
        m.Forward(s.Cats, 9, w, dense: s.Dense);
        var before = w.E.AsSpan(0, 9 * NeuralRoleModel.T).ToArray();
        using var ms = new MemoryStream();
        m.Save(ms);
        ms.Position = 0;
        Assert.Equal(NeuralRoleModel.DenseMagic, new BinaryReader(ms).ReadString());
        ms.Position = 0;
        var loaded = NeuralRoleModel.Load(ms, "dense");
        Assert.Equal(3, loaded.DenseDim);
        loaded.Forward(s.Cats, 9, w, dense: s.Dense);
        for (int i = 0; i < before.Length; i++) Assert.InRange(w.E[i], before[i] - 0.02f, before[i] + 0.02f);
        using var plain = new MemoryStream();
        Tiny().Save(plain);
        plain.Position = 0;
        Assert.Equal(NeuralRoleModel.Magic, new BinaryReader(plain).ReadString());
    }

    [Fact]
    public void The_runtime_tagger_refuses_a_model_that_reads_dense_inputs()
    {
        var m = new NeuralRoleModel(NeuralInput.Sizes, [4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0], 6, [1, 2], denseDim: 8);
        Assert.Contains("dense", new NeuralEnsemble([m]).InputMismatch());
    }

    [Fact]
    public void An_unlabeled_sentence_is_trained_on_the_teacher_alone_and_needs_one()
    {
        var m = Tiny();
        var teacher = new NeuralEnsemble([Tiny(9)]);
        var a = Sentence(6, 3, [RoleTags.BSource, RoleTags.ISource, RoleTags.BCue, RoleTags.BContent, RoleTags.IContent, RoleTags.O]) with { Unlabeled = true };
        var b = a with { Gold = new int[6] };
        var soft = NeuralRoleTrainer.Targets(teacher, a);
        var ga = new float[m.Parameters.Length];
        var gb = new float[m.Parameters.Length];
        double la = NeuralRoleTrainer.Loss(m, a, ga, soft, 0.3f);
        double lb = NeuralRoleTrainer.Loss(m, b, gb, soft, 0.3f);
        // the gold tags do not matter, whatever the distillation weight
        Assert.Equal(la, lb, 6);
        Assert.Equal(ga, gb);
        Assert.Contains(ga, g => g != 0);
        // labelled, the same sentences differ
        var gl = new float[m.Parameters.Length];
        Assert.NotEqual(NeuralRoleTrainer.Loss(m, a with { Unlabeled = false }, gl, soft, 0.3f), NeuralRoleTrainer.Loss(m, b with { Unlabeled = false }, new float[gl.Length], soft, 0.3f), 6);
        Assert.Throws<ArgumentException>(() => NeuralRoleTrainer.Loss(m, a, new float[m.Parameters.Length]));
    }

    [Fact]
    public void Averaging_two_distributions_gives_their_mean_and_one_alone_itself()
    {
        var s = Sentence(5, 4, [RoleTags.BSource, RoleTags.BCue, RoleTags.BContent, RoleTags.IContent, RoleTags.O]);
        var a = NeuralRoleTrainer.Targets(new NeuralEnsemble([Tiny(3)]), s);
        var b = NeuralRoleTrainer.Targets(new NeuralEnsemble([Tiny(4)]), s);
        var m = NeuralRoleTrainer.Average(a, b)!;
        for (int i = 0; i < m.Unary.Length; i++) Assert.Equal(0.5f * (a.Unary[i] + b.Unary[i]), m.Unary[i], 6);
        for (int i = 0; i < m.Pairs.Length; i++) Assert.Equal(0.5f * (a.Pairs[i] + b.Pairs[i]), m.Pairs[i], 6);
        Assert.Same(a, NeuralRoleTrainer.Average(a, null));
        Assert.Same(b, NeuralRoleTrainer.Average(null, b));
        Assert.Null(NeuralRoleTrainer.Average(null, null));
        var other = NeuralRoleTrainer.Targets(new NeuralEnsemble([Tiny(3)]), Sentence(4, 4, [0, 0, 0, 0]));
        Assert.Throws<ArgumentException>(() => NeuralRoleTrainer.Average(a, other));
    }

    [Fact]
    public void Distributions_given_from_outside_train_exactly_as_the_same_teacher_s()
    {
        var r = new Random(5);
        var train = new List<NeuralRoleTrainer.Sentence>();
        for (int k = 0; k < 12; k++)
        {
            int n = 4 + r.Next(4);
            var gold = new int[n];
            gold[r.Next(n)] = RoleTags.BCue;
            train.Add(Sentence(n, 100 + k, gold));
        }
        var teacher = new NeuralEnsemble([Tiny(9)]);
        var o = new NeuralRoleTrainer.Options { Epochs = 2, Threads = 1, BatchTokens = 20, Distill = 0.7f, WordDropout = 0 }; // word dropout assumes the runtime's 13 input groups
        var viaTeacher = new NeuralRoleModel(Sizes, Dims, 5, [1, 2]);
        new NeuralRoleTrainer().Train(viaTeacher, train, train, o, teacher: teacher);
        var viaFile = new NeuralRoleModel(Sizes, Dims, 5, [1, 2]);
        new NeuralRoleTrainer().Train(viaFile, train, train, o, given: train.Select(s => (NeuralRoleTrainer.Soft?)NeuralRoleTrainer.Targets(teacher, s)).ToList());
        Assert.Equal(viaTeacher.Parameters, viaFile.Parameters);
        // and the distributions do matter: gold-only training ends elsewhere
        var plain = new NeuralRoleModel(Sizes, Dims, 5, [1, 2]);
        new NeuralRoleTrainer().Train(plain, train, train, o);
        Assert.NotEqual(viaTeacher.Parameters, plain.Parameters);
        Assert.Throws<ArgumentException>(() => new NeuralRoleTrainer().Train(new NeuralRoleModel(Sizes, Dims, 5, [1, 2]), train, train, o, given: [null]));
    }
}
