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
    }

    /// <summary>One training sentence: its group indices, gold tags (made valid: an inside tag after another role becomes a begin) and the gold tag before it.</summary>
    public sealed record Sentence(int[] Cats, int[] Gold, int Previous);

    /// <summary>The signal sentences of a training document as <see cref="Sentence"/>s.</summary>
    public static List<Sentence> Sentences(AttributionTrainingDocument doc, NeuralInput fx)
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

    public NeuralRoleModel Train(NeuralRoleModel m, IReadOnlyList<Sentence> train, IReadOnlyList<Sentence> valid, Options o, TextWriter? log = null)
    {
        m.Initialise(o.Seed);
        var p = m.Parameters;
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
                        wk.Loss += Step(m, WordDrop(s, o.WordDropout, drop, wk), wk, o.Dropout, drop);
                        wk.Tokens += s.Gold.Length;
                    }
                });
                at = end;
                var g = workers[0].Grad;
                for (int t = 1; t < workers.Length; t++) NeuralMath.Axpy(1, workers[t].Grad, g);
                int batchTokens = 0;
                foreach (var wk in workers) { loss += wk.Loss; batchTokens += wk.Tokens; }
                tokens += batchTokens;
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
            m.Forward(s.Cats, n, w);
            m.Decode(w.E, n, s.Previous, tags.AsSpan(0, n), w.Back);
            var ps = Spans(tags.AsSpan(0, n));
            var gs = Spans(s.Gold);
            foreach (var x in ps) pred[x.Role]++;
            foreach (var x in gs) gold[x.Role]++;
            foreach (var x in ps) if (gs.Contains(x)) tp[x.Role]++;
        }
        double F(int r) => tp[r] == 0 ? 0 : 2.0 * tp[r] / (pred[r] + gold[r]);
        return (F(1), F(2));
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
    public static double Loss(NeuralRoleModel m, Sentence s, float[] grad)
    {
        var wk = new Worker { Grad = grad };
        return Step(m, s, wk, 0, null);
    }

    /// <summary>Adds the gradient of one sentence's negative log-likelihood to <c>wk.Grad</c>; returns the loss.</summary>
    private static double Step(NeuralRoleModel m, Sentence s, Worker wk, float dropout, Random? rng)
    {
        int n = s.Gold.Length;
        m.Forward(s.Cats, n, wk.W, dropout, rng);
        if (wk.DE.Length < n * NeuralRoleModel.T) wk.DE = new float[Math.Max(n, 64) * 2 * NeuralRoleModel.T];
        double loss = Crf(m, wk.W.E, n, s.Previous, s.Gold, wk.DE, wk.Grad, wk);
        Backward(m, s.Cats, n, wk, dropout > 0);
        return loss;
    }

    /// <summary>The CRF: loss log Z − score(gold); writes ∂loss/∂E into <paramref name="dE"/> and adds ∂loss/∂transitions to <paramref name="grad"/>.</summary>
    internal static double Crf(NeuralRoleModel m, float[] E, int n, int prev, int[] gold, float[] dE, float[] grad, object scratch)
    {
        const int T = NeuralRoleModel.T;
        var wk = scratch as Worker;
        double[] al = new double[n * T], be = new double[n * T];
        double NegInf = double.NegativeInfinity;
        for (int t = 0; t < T; t++) al[t] = RoleTags.Allowed(prev, t) ? E[t] + m.Transition(prev, t) : NegInf;
        Span<double> tmp = stackalloc double[T];
        for (int i = 1; i < n; i++)
            for (int t = 0; t < T; t++)
            {
                for (int q = 0; q < T; q++) tmp[q] = RoleTags.Allowed(q, t) ? al[(i - 1) * T + q] + m.Transition(q, t) : NegInf;
                al[i * T + t] = LogSum(tmp) + E[i * T + t];
            }
        for (int t = 0; t < T; t++) be[(n - 1) * T + t] = 0;
        for (int i = n - 2; i >= 0; i--)
            for (int q = 0; q < T; q++)
            {
                for (int t = 0; t < T; t++) tmp[t] = RoleTags.Allowed(q, t) ? m.Transition(q, t) + E[(i + 1) * T + t] + be[(i + 1) * T + t] : NegInf;
                be[i * T + q] = LogSum(tmp);
            }
        for (int t = 0; t < T; t++) tmp[t] = al[(n - 1) * T + t];
        double logZ = LogSum(tmp);
        double goldScore = 0;
        int to = m.TransOffset;
        for (int i = 0; i < n; i++)
        {
            int pg = i == 0 ? prev : gold[i - 1];
            goldScore += E[i * T + gold[i]] + m.Transition(pg, gold[i]);
            grad[to + (pg + 1) * T + gold[i]] -= 1;
            for (int t = 0; t < T; t++)
            {
                double mu = Math.Exp(al[i * T + t] + be[i * T + t] - logZ);
                dE[i * T + t] = (float)mu - (gold[i] == t ? 1 : 0);
            }
            if (i == 0)
            {
                for (int t = 0; t < T; t++) grad[to + (prev + 1) * T + t] += dE[t] + (gold[0] == t ? 1 : 0);
            }
            else
            {
                for (int q = 0; q < T; q++)
                {
                    double a = al[(i - 1) * T + q];
                    if (double.IsNegativeInfinity(a)) continue;
                    for (int t = 0; t < T; t++)
                    {
                        if (!RoleTags.Allowed(q, t)) continue;
                        grad[to + (q + 1) * T + t] += (float)Math.Exp(a + m.Transition(q, t) + E[i * T + t] + be[i * T + t] - logZ);
                    }
                }
            }
        }
        return logZ - goldScore;
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
