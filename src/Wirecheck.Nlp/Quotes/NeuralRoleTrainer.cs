namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>
/// Trains a <see cref="NeuralRoleModel"/> by hand-written backpropagation: sentence-level CRF log-likelihood (forward–backward
/// over the allowed tag transitions), Adam on minibatches of sentences, input dropout, gradient-norm clipping, and
/// early stopping on a held-out slice of the training documents (source and cue exact-span F1 of the tags). Only
/// sentences with a sign of attribution (<see cref="NeuralInput.Signal"/>) are trained on, as only they are tagged.
/// Deterministic for a seed: the minibatch order, dropout masks and the split of a batch between threads are fixed.
/// </summary>
public sealed class NeuralRoleTrainer
{
    public sealed record Options
    {
        public int Epochs { get; init; } = 12;
        public int Seed { get; init; } = 20261129;
        public float LearningRate { get; init; } = 0.002f;
        public float Decay { get; init; } = 0.9f;
        public float Dropout { get; init; } = 0.2f;
        public int BatchTokens { get; init; } = 1000;
        public int Threads { get; init; } = 2;
        public float Clip { get; init; } = 1f;
        /// <summary>The rate at which a token's word and suffix are replaced by the unknown bucket (0) in training.</summary>
        public float WordDropout { get; init; } = 0.25f;
        /// <summary>
        /// With a teacher given to <see cref="Train"/>: the weight of the cross-entropy against the teacher's tag distribution
        /// (its CRF's marginals); the gold tags' log-likelihood gets 1 − this weight.
        /// </summary>
        public float Distill { get; init; } = 0.5f;
        /// <summary>When set, the embedding rows of <see cref="NeuralInput.VectorGroup"/> start as these vectors (row 0, no vector, as zeros).</summary>
        public WordVectors? Vectors { get; init; }
        /// <summary>With <see cref="Vectors"/>: keep those rows fixed during training.</summary>
        public bool FreezeVectors { get; init; }
    }

    /// <summary>
    /// A teacher's tag distribution over one sentence: per token the marginal probability of each tag (n × T), and the
    /// expected number of each transition summed over the sentence ((T+1) × T, row 0 from the tag before the sentence).
    /// </summary>
    public sealed record Soft(float[] Unary, float[] Pairs);

    /// <summary>
    /// One training sentence: its group indices, gold tags (made valid: an inside tag after another role becomes a begin),
    /// the gold tag before it, and optionally per-token dense inputs (n × width, e.g. contextual vectors of a pretrained
    /// encoder) that a model with <see cref="NeuralRoleModel.DenseDim"/> &gt; 0 reads; other models ignore them.
    /// </summary>
    /// <remarks>An <paramref name="Unlabeled"/> sentence (text without annotation) is trained on the teacher's distribution alone; its <paramref name="Gold"/> is unused.</remarks>
    public sealed record Sentence(int[] Cats, int[] Gold, int Previous, float[]? Dense = null, bool Unlabeled = false);

    /// <summary>The signal sentences of a training document as <see cref="Sentence"/>s.</summary>
    /// <param name="starts">When given, receives each returned sentence's first token index in the article.</param>
    public static List<Sentence> Sentences(AttributionTrainingDocument doc, NeuralInput fx, List<int>? starts = null)
    {
        fx.Prepare(doc.Article, doc.Marks, doc.Rules);
        var gold = Valid(doc.Tags);
        var list = new List<Sentence>();
        int done = 0;
        foreach (var s in doc.Article.Sentences)
        {
            int from = Math.Max(done, s.FirstToken), to = Math.Min(fx.Count, s.FirstToken + s.TokenCount);
            if (to <= from) continue;
            done = to;
            if (!fx.Signal(from)) continue;
            starts?.Add(from);
            list.Add(new Sentence(fx.Cats.Slice(from * NeuralInput.Groups, (to - from) * NeuralInput.Groups).ToArray(), gold[from..to], from == 0 ? -1 : gold[from - 1]));
        }
        return list;
    }

    /// <summary>Makes a tag sequence obey <see cref="RoleTags.Allowed"/>: an inside tag after another role becomes a begin.</summary>
    public static int[] Valid(int[] tags)
    {
        var v = (int[])tags.Clone();
        for (int i = 0; i < v.Length; i++)
            if (!RoleTags.Allowed(i == 0 ? -1 : v[i - 1], v[i])) v[i] -= 1;
        return v;
    }

    private sealed class Worker
    {
        public readonly NeuralRoleModel.Work W = new();
        public float[] Grad = [];
        public float[][] DH = [];
        public float[] DX = [];
        public float[] DE = [];
        public int[] Cats = [];
        public float[] Alpha = [], Beta = [];
        public double Loss;
        public int Tokens;
    }

    /// <param name="teacher">When given, the model is trained towards the teacher's tag distribution as well as the gold tags (knowledge distillation, weight <see cref="Options.Distill"/>).</param>
    /// <param name="given">When given, per training sentence a tag distribution computed elsewhere (e.g. by a fine-tuned encoder); with <paramref name="teacher"/> too, the two are averaged.</param>
    public NeuralRoleModel Train(NeuralRoleModel m, IReadOnlyList<Sentence> train, IReadOnlyList<Sentence> valid, Options o, TextWriter? log = null, NeuralEnsemble? teacher = null, IReadOnlyList<Soft?>? given = null)
    {
        if (given is not null && given.Count != train.Count) throw new ArgumentException($"{given.Count} given distributions for {train.Count} training sentences");
        Soft?[] soft = new Soft?[train.Count];
        if (teacher is not null)
        {
            Parallel.For(0, o.Threads, new ParallelOptions { MaxDegreeOfParallelism = o.Threads }, t =>
            {
                for (int k = t; k < train.Count; k += o.Threads) soft[k] = Targets(teacher, train[k]);
            });
            log?.WriteLine($"teacher: the tag distributions of {train.Count} sentences ({teacher.Members.Count} members), distillation weight {o.Distill}");
        }
        if (given is not null)
        {
            for (int k = 0; k < train.Count; k++) soft[k] = Average(soft[k], given[k]);
            log?.WriteLine($"given tag distributions for {given.Count(g => g is not null)} sentences{(teacher is null ? "" : ", averaged with the teacher's")}, distillation weight {o.Distill}");
        }
        m.Initialise(o.Seed);
        var p = m.Parameters;
        int frozenFrom = 0, frozenTo = 0;
        if (o.Vectors is { } vec)
        {
            int g = NeuralInput.VectorGroup;
            if (m.Sizes.Length <= g || m.Sizes[g] != vec.Count + 1 || m.Dims[g] != vec.Dims) throw new ArgumentException($"the model's group {g} is not shaped for {vec.Count} vectors of {vec.Dims} dimensions");
            Array.Clear(p, m.EmbeddingOffset(g), vec.Dims);
            Array.Copy(vec.Values, 0, p, m.EmbeddingOffset(g) + vec.Dims, vec.Values.Length);
            if (o.FreezeVectors) { frozenFrom = m.EmbeddingOffset(g); frozenTo = frozenFrom + m.Sizes[g] * m.Dims[g]; }
        }
        var mom = new float[p.Length];
        var vel = new float[p.Length];
        var best = (float[])p.Clone();
        double bestScore = -1;
        int bestEpoch = 0, step = 0;
        var workers = new Worker[o.Threads];
        for (int t = 0; t < workers.Length; t++) workers[t] = new Worker { Grad = new float[p.Length] };
        var order = Enumerable.Range(0, train.Count).ToArray();
        var rng = new Random(o.Seed);
        float lr = o.LearningRate;
        for (int epoch = 1; epoch <= o.Epochs; epoch++)
        {
            rng.Shuffle(order);
            double loss = 0; long tokens = 0;
            int at = 0;
            while (at < order.Length)
            {
                int end = at, count = 0;
                while (end < order.Length && count < o.BatchTokens) count += train[order[end++]].Gold.Length;
                int a0 = at, e0 = end;
                Parallel.For(0, workers.Length, new ParallelOptions { MaxDegreeOfParallelism = workers.Length }, t =>
                {
                    var wk = workers[t];
                    Array.Clear(wk.Grad);
                    wk.Loss = 0; wk.Tokens = 0;
                    for (int k = a0 + t; k < e0; k += workers.Length)
                    {
                        int si = order[k];
                        var s = train[si];
                        var drop = new Random(unchecked(o.Seed * 31 + epoch * 1000003 + si));
                        wk.Loss += Step(m, WordDrop(s, o.WordDropout, drop, wk), wk, o.Dropout, drop, soft[si], o.Distill);
                        wk.Tokens += s.Gold.Length;
                    }
                });
                at = end;
                var g = workers[0].Grad;
                for (int t = 1; t < workers.Length; t++) NeuralMath.Axpy(1, workers[t].Grad, g);
                int batchTokens = 0;
                foreach (var wk in workers) { loss += wk.Loss; batchTokens += wk.Tokens; }
                tokens += batchTokens;
                if (frozenTo > frozenFrom) Array.Clear(g, frozenFrom, frozenTo - frozenFrom);
                double norm = 0;
                float scale = 1f / Math.Max(1, batchTokens);
                for (int i = 0; i < g.Length; i++) { g[i] *= scale; norm += (double)g[i] * g[i]; }
                norm = Math.Sqrt(norm);
                if (norm > o.Clip) { float c = (float)(o.Clip / norm); for (int i = 0; i < g.Length; i++) g[i] *= c; }
                step++;
                float b1 = 0.9f, b2 = 0.999f;
                float c1 = 1 - MathF.Pow(b1, step), c2 = 1 - MathF.Pow(b2, step);
                float alpha = lr * MathF.Sqrt(c2) / c1;
                for (int i = 0; i < p.Length; i++)
                {
                    float gi = g[i];
                    if (gi == 0 && mom[i] == 0) continue; // an embedding row never seen yet stays as it is
                    mom[i] = b1 * mom[i] + (1 - b1) * gi;
                    vel[i] = b2 * vel[i] + (1 - b2) * gi * gi;
                    p[i] -= alpha * mom[i] / (MathF.Sqrt(vel[i]) + 1e-8f);
                }
            }
            var (src, cue) = Score(m, valid);
            double score = src + cue;
            log?.WriteLine($"epoch {epoch}/{o.Epochs}: loss {loss / Math.Max(1, tokens):0.0000} per token, validation source F1 {src:0.0000}, cue F1 {cue:0.0000}");
            if (score > bestScore) { bestScore = score; bestEpoch = epoch; Array.Copy(p, best, p.Length); }
            lr *= o.Decay;
        }
        log?.WriteLine($"best epoch {bestEpoch} (validation source + cue F1 {bestScore:0.0000})");
        Array.Copy(best, p, p.Length);
        return m;
    }

    /// <summary>Exact-span F1 of source and cue spans of the decoded tags against the gold tags of <paramref name="sentences"/>.</summary>
    public static (double Source, double Cue) Score(NeuralRoleModel m, IReadOnlyList<Sentence> sentences)
    {
        var w = new NeuralRoleModel.Work();
        int[] tp = new int[4], pred = new int[4], gold = new int[4];
        var tags = new int[256];
        foreach (var s in sentences)
        {
            int n = s.Gold.Length;
            if (tags.Length < n) tags = new int[n * 2];
            m.Forward(s.Cats, n, w, dense: DenseOf(m, s));
            m.Decode(w.E, n, s.Previous, tags.AsSpan(0, n), w.Back);
            Count(tags.AsSpan(0, n), s.Gold, tp, pred, gold);
        }
        return (F1(tp, pred, gold, 1), F1(tp, pred, gold, 2));
    }

    /// <summary>As <see cref="Score(NeuralRoleModel, IReadOnlyList{Sentence})"/> for an ensemble (averaged scores and transitions, as it decodes); members may read the sentences' dense inputs.</summary>
    public static (double Source, double Cue) Score(NeuralEnsemble ensemble, IReadOnlyList<Sentence> sentences)
    {
        const int T = NeuralRoleModel.T;
        var w = new NeuralRoleModel.Work();
        int[] tp = new int[4], pred = new int[4], gold = new int[4];
        var tags = new int[256];
        var e = new float[256 * T];
        foreach (var s in sentences)
        {
            int n = s.Gold.Length;
            if (tags.Length < n) { tags = new int[n * 2]; e = new float[n * 2 * T]; }
            Array.Clear(e, 0, n * T);
            foreach (var member in ensemble.Members)
            {
                member.ForwardFast(s.Cats, n, w, DenseOf(member, s));
                NeuralMath.Axpy(1f / ensemble.Members.Count, w.E.AsSpan(0, n * T), e.AsSpan(0, n * T));
            }
            NeuralRoleModel.Decode(ensemble.Transitions, e, n, s.Previous, tags.AsSpan(0, n), w.Back);
            Count(tags.AsSpan(0, n), s.Gold, tp, pred, gold);
        }
        return (F1(tp, pred, gold, 1), F1(tp, pred, gold, 2));
    }

    /// <summary>Adds a sentence's predicted, gold and matching spans per role (exact span match) for <see cref="Score(NeuralRoleModel, IReadOnlyList{Sentence})"/>.</summary>
    private static void Count(ReadOnlySpan<int> tags, int[] goldTags, int[] tp, int[] pred, int[] gold)
    {
        var ps = Spans(tags);
        var gs = Spans(goldTags);
        foreach (var x in ps) pred[x.Role]++;
        foreach (var x in gs) gold[x.Role]++;
        foreach (var x in ps) if (gs.Contains(x)) tp[x.Role]++;
    }

    private static double F1(int[] tp, int[] pred, int[] gold, int role) => tp[role] == 0 ? 0 : 2.0 * tp[role] / (pred[role] + gold[role]);

    /// <summary>The dense inputs of <paramref name="s"/> for <paramref name="m"/>: none when it reads none; an error when it needs them and the sentence has none of its width.</summary>
    private static ReadOnlySpan<float> DenseOf(NeuralRoleModel m, Sentence s)
    {
        if (m.DenseDim == 0) return default;
        if (s.Dense is null || s.Dense.Length != s.Gold.Length * m.DenseDim)
            throw new ArgumentException($"the model reads {m.DenseDim} dense inputs per token; the sentence has {(s.Dense is null ? "none" : $"{s.Dense.Length} for {s.Gold.Length} tokens")}");
        return s.Dense;
    }

    private readonly record struct Span3(int Role, int First, int Last);

    private static List<Span3> Spans(ReadOnlySpan<int> tags)
    {
        var list = new List<Span3>();
        for (int i = 0; i < tags.Length;)
        {
            int role = RoleTags.Role(tags[i]);
            if (role == 0) { i++; continue; }
            int j = i + 1;
            while (j < tags.Length && !RoleTags.IsBegin(tags[j]) && RoleTags.Role(tags[j]) == role) j++;
            list.Add(new Span3(role, i, j - 1));
            i = j;
        }
        return list;
    }

    private static Sentence WordDrop(Sentence s, float rate, Random rng, Worker wk)
    {
        if (rate <= 0) return s;
        if (wk.Cats.Length < s.Cats.Length) wk.Cats = new int[s.Cats.Length * 2];
        var c = wk.Cats.AsSpan(0, s.Cats.Length);
        s.Cats.CopyTo(c);
        for (int i = 0; i < s.Gold.Length; i++)
            if (rng.NextSingle() < rate) { c[i * NeuralInput.Groups] = 0; c[i * NeuralInput.Groups + 1] = 0; }
        return s with { Cats = c.ToArray() };
    }

    /// <summary>The negative log-likelihood of one sentence without dropout, its gradient added to <paramref name="grad"/> (for gradient checks).</summary>
    /// <remarks>With <paramref name="soft"/>, the loss is (1 − <paramref name="distill"/>) × that plus <paramref name="distill"/> × the cross-entropy against the soft targets.</remarks>
    public static double Loss(NeuralRoleModel m, Sentence s, float[] grad, Soft? soft = null, float distill = 0)
    {
        var wk = new Worker { Grad = grad };
        return Step(m, s, wk, 0, null, soft, distill);
    }

    /// <summary>Adds the gradient of one sentence's loss to <c>wk.Grad</c>; returns the loss.</summary>
    private static double Step(NeuralRoleModel m, Sentence s, Worker wk, float dropout, Random? rng, Soft? soft, float distill)
    {
        int n = s.Gold.Length;
        m.Forward(s.Cats, n, wk.W, dropout, rng, DenseOf(m, s));
        if (wk.DE.Length < n * NeuralRoleModel.T) wk.DE = new float[Math.Max(n, 64) * 2 * NeuralRoleModel.T];
        if (s.Unlabeled && soft is null) throw new ArgumentException("an unlabeled sentence needs the teacher's distribution");
        double loss = Crf(m, wk.W.E, n, s.Previous, s.Gold, wk.DE, wk.Grad, soft, soft is null ? 0 : s.Unlabeled ? 1 : distill);
        Backward(m, s.Cats, n, wk, dropout > 0);
        return loss;
    }

    /// <summary>
    /// Forward–backward over the allowed tag transitions: fills <paramref name="al"/> and <paramref name="be"/> (n × T, log
    /// space) for scores <paramref name="E"/> and transitions <paramref name="trans"/> ((T+1) × T) after tag <paramref name="prev"/>; returns log Z.
    /// </summary>
    private static double ForwardBackward(ReadOnlySpan<float> trans, ReadOnlySpan<float> E, int n, int prev, double[] al, double[] be)
    {
        const int T = NeuralRoleModel.T;
        double NegInf = double.NegativeInfinity;
        Span<double> tmp = stackalloc double[T];
        for (int t = 0; t < T; t++) al[t] = RoleTags.Allowed(prev, t) ? E[t] + trans[(prev + 1) * T + t] : NegInf;
        for (int i = 1; i < n; i++)
            for (int t = 0; t < T; t++)
            {
                for (int q = 0; q < T; q++) tmp[q] = RoleTags.Allowed(q, t) ? al[(i - 1) * T + q] + trans[(q + 1) * T + t] : NegInf;
                al[i * T + t] = LogSum(tmp) + E[i * T + t];
            }
        for (int t = 0; t < T; t++) be[(n - 1) * T + t] = 0;
        for (int i = n - 2; i >= 0; i--)
            for (int q = 0; q < T; q++)
            {
                for (int t = 0; t < T; t++) tmp[t] = RoleTags.Allowed(q, t) ? trans[(q + 1) * T + t] + E[(i + 1) * T + t] + be[(i + 1) * T + t] : NegInf;
                be[i * T + q] = LogSum(tmp);
            }
        for (int t = 0; t < T; t++) tmp[t] = al[(n - 1) * T + t];
        return LogSum(tmp);
    }

    /// <summary>The mean of two distributions over the same sentence, or the one that is not null.</summary>
    public static Soft? Average(Soft? a, Soft? b)
    {
        if (a is null || b is null) return a ?? b;
        if (a.Unary.Length != b.Unary.Length || a.Pairs.Length != b.Pairs.Length) throw new ArgumentException("the two distributions are over different sentences");
        var u = new float[a.Unary.Length];
        var p = new float[a.Pairs.Length];
        for (int i = 0; i < u.Length; i++) u[i] = 0.5f * (a.Unary[i] + b.Unary[i]);
        for (int i = 0; i < p.Length; i++) p[i] = 0.5f * (a.Pairs[i] + b.Pairs[i]);
        return new Soft(u, p);
    }

    /// <summary>The tag distribution of <paramref name="teacher"/> (its averaged scores and transitions, as it decodes) over sentence <paramref name="s"/>.</summary>
    public static Soft Targets(NeuralEnsemble teacher, Sentence s)
    {
        const int T = NeuralRoleModel.T;
        int n = s.Gold.Length;
        var e = new float[n * T];
        var w = new NeuralRoleModel.Work();
        foreach (var member in teacher.Members)
        {
            member.ForwardFast(s.Cats, n, w, DenseOf(member, s));
            NeuralMath.Axpy(1f / teacher.Members.Count, w.E.AsSpan(0, n * T), e);
        }
        var trans = teacher.Transitions;
        var al = new double[n * T];
        var be = new double[n * T];
        double logZ = ForwardBackward(trans, e, n, s.Previous, al, be);
        var unary = new float[n * T];
        var pairs = new float[(T + 1) * T];
        for (int i = 0; i < n; i++)
            for (int t = 0; t < T; t++)
            {
                unary[i * T + t] = (float)Math.Exp(al[i * T + t] + be[i * T + t] - logZ);
                if (i == 0) pairs[(s.Previous + 1) * T + t] += unary[t];
                else
                    for (int q = 0; q < T; q++)
                    {
                        double a = al[(i - 1) * T + q];
                        if (double.IsNegativeInfinity(a) || !RoleTags.Allowed(q, t)) continue;
                        pairs[(q + 1) * T + t] += (float)Math.Exp(a + trans[(q + 1) * T + t] + e[i * T + t] + be[i * T + t] - logZ);
                    }
            }
        return new Soft(unary, pairs);
    }

    /// <summary>
    /// The CRF: loss (1 − λ)(log Z − score(gold)) + λ(log Z − E_soft[score]) with λ = <paramref name="distill"/> (0 without
    /// <paramref name="soft"/>); writes ∂loss/∂E into <paramref name="dE"/> and adds ∂loss/∂transitions to <paramref name="grad"/>.
    /// </summary>
    internal static double Crf(NeuralRoleModel m, float[] E, int n, int prev, int[] gold, float[] dE, float[] grad, Soft? soft = null, float distill = 0)
    {
        const int T = NeuralRoleModel.T;
        double[] al = new double[n * T], be = new double[n * T];
        var trans = m.Parameters.AsSpan(m.TransOffset, (T + 1) * T);
        double logZ = ForwardBackward(trans, E, n, prev, al, be);
        float lam = soft is null ? 0 : distill, g1 = 1 - lam;
        double goldScore = 0;
        int to = m.TransOffset;
        for (int i = 0; i < n; i++)
        {
            int pg = i == 0 ? prev : gold[i - 1];
            goldScore += E[i * T + gold[i]] + trans[(pg + 1) * T + gold[i]];
            grad[to + (pg + 1) * T + gold[i]] -= g1;
            for (int t = 0; t < T; t++)
            {
                double mu = Math.Exp(al[i * T + t] + be[i * T + t] - logZ);
                float target = lam > 0 ? lam * soft!.Unary[i * T + t] : 0;
                dE[i * T + t] = (float)mu - (gold[i] == t ? g1 : 0) - target;
                // the start transition's expected count (μ, written as dE + target so that gold-only training keeps its arithmetic)
                if (i == 0) grad[to + (prev + 1) * T + t] += dE[t] + (gold[0] == t ? g1 : 0) + target;
            }
            if (i > 0)
            {
                for (int q = 0; q < T; q++)
                {
                    double a = al[(i - 1) * T + q];
                    if (double.IsNegativeInfinity(a)) continue;
                    for (int t = 0; t < T; t++)
                    {
                        if (!RoleTags.Allowed(q, t)) continue;
                        grad[to + (q + 1) * T + t] += (float)Math.Exp(a + trans[(q + 1) * T + t] + E[i * T + t] + be[i * T + t] - logZ);
                    }
                }
            }
        }
        double loss = g1 * (logZ - goldScore);
        if (lam > 0)
        {
            double softScore = 0;
            for (int k = 0; k < n * T; k++) softScore += soft!.Unary[k] * E[k];
            for (int k = 0; k < (T + 1) * T; k++)
            {
                if (soft!.Pairs[k] == 0) continue;
                softScore += soft.Pairs[k] * trans[k];
                grad[to + k] -= lam * soft.Pairs[k];
            }
            loss += lam * (logZ - softScore);
        }
        return loss;
    }

    private static double LogSum(ReadOnlySpan<double> v)
    {
        double mx = double.NegativeInfinity;
        foreach (var x in v) if (x > mx) mx = x;
        if (double.IsNegativeInfinity(mx)) return mx;
        double s = 0;
        foreach (var x in v) s += Math.Exp(x - mx);
        return mx + Math.Log(s);
    }

    /// <summary>Backpropagates <c>wk.DE</c> through the output layer, the convolutions and the embeddings into <c>wk.Grad</c>.</summary>
    private static void Backward(NeuralRoleModel m, ReadOnlySpan<int> cats, int n, Worker wk, bool dropout)
    {
        const int T = NeuralRoleModel.T;
        int Hd = m.Hidden, L = m.Dilations.Length, D = m.InputDim;
        var p = m.Parameters;
        var g = wk.Grad;
        var w = wk.W;
        if (wk.DH.Length != L || wk.DH[0].Length < n * Hd || wk.DX.Length < n * D)
        {
            int cap = Math.Max(n, 64) * 2;
            wk.DH = new float[L][];
            for (int l = 0; l < L; l++) wk.DH[l] = new float[cap * Hd];
            wk.DX = new float[cap * D];
        }
        for (int l = 0; l < L; l++) Array.Clear(wk.DH[l], 0, n * Hd);
        Array.Clear(wk.DX, 0, n * D);
        var top = w.H[L - 1];
        var dTop = wk.DH[L - 1];
        for (int i = 0; i < n; i++)
        {
            var hi = top.AsSpan(i * Hd, Hd);
            var di = dTop.AsSpan(i * Hd, Hd);
            for (int t = 0; t < T; t++)
            {
                float d = wk.DE[i * T + t];
                g[m.BoOffset + t] += d;
                NeuralMath.Axpy(d, hi, g.AsSpan(m.WoOffset + t * Hd, Hd));
                NeuralMath.Axpy(d, p.AsSpan(m.WoOffset + t * Hd, Hd), di);
            }
        }
        Span<float> dz = stackalloc float[Hd];
        for (int l = L - 1; l >= 0; l--)
        {
            int inD = m.In(l), dil = m.Dilations[l];
            var a = l == 0 ? w.X : w.H[l - 1];
            var da = l == 0 ? wk.DX : wk.DH[l - 1];
            var z = w.Z[l];
            var dh = wk.DH[l];
            for (int i = 0; i < n; i++)
            {
                for (int r = 0; r < Hd; r++) dz[r] = z[i * Hd + r] > 0 ? dh[i * Hd + r] : 0;
                if (l > 0) NeuralMath.Axpy(1, dh.AsSpan(i * Hd, Hd), da.AsSpan(i * Hd, Hd));
                for (int r = 0; r < Hd; r++) g[m.BOffset[l] + r] += dz[r];
                for (int k = 0; k < 3; k++)
                {
                    int j = i + (k - 1) * dil;
                    if (j < 0 || j >= n) continue;
                    var aj = a.AsSpan(j * inD, inD);
                    var daj = da.AsSpan(j * inD, inD);
                    int wo = m.WOffset[l] + k * Hd * inD;
                    for (int r = 0; r < Hd; r++)
                    {
                        float d = dz[r];
                        if (d == 0) continue;
                        NeuralMath.Axpy(d, aj, g.AsSpan(wo + r * inD, inD));
                        NeuralMath.Axpy(d, p.AsSpan(wo + r * inD, inD), daj);
                    }
                }
            }
        }
        int G = m.Sizes.Length;
        for (int i = 0; i < n; i++)
        {
            int o = i * D;
            for (int gi = 0; gi < G; gi++)
            {
                int d = m.Dims[gi];
                var dst = g.AsSpan(m.EmbOffset[gi] + cats[i * G + gi] * d, d);
                for (int c = 0; c < d; c++) dst[c] += dropout ? wk.DX[o + c] * w.Mask[o + c] : wk.DX[o + c];
                o += d;
            }
        }
    }
}
