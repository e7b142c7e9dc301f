namespace Wirecheck.Nlp.Quotes;

/// <summary>
/// A small neural tagger over <see cref="RoleTags"/>: each token's input is the concatenation of one embedding per
/// <see cref="NeuralInput"/> group; a stack of width-3 dilated convolutions (ReLU, residual after the first) reads the
/// sentence; a linear layer gives each token's tag scores, and learned tag-to-tag transition scores (a CRF, decoded
/// by Viterbi, inside tags only after their role) give the sequence. All parameters live in one array (<see cref="Parameters"/>),
/// laid out by <see cref="Layout"/>; trained by <see cref="NeuralRoleTrainer"/>. Thread-safe for inference.
/// </summary>
public sealed class NeuralRoleModel
{
    /// <summary>The file kind. <c>WCNATT1</c> (session 5) also held a perceptron mixing weight, always 0; it is no longer read.</summary>
    public const string Magic = "WCNATT2";
    /// <summary>The file kind of a model with a dense input group (<see cref="DenseDim"/> &gt; 0, a training-time teacher only); models without one keep <see cref="Magic"/>.</summary>
    public const string DenseMagic = "WCNATT3";
    private const string OldMagic = "WCNATT1";
    public const int T = RoleTags.Count;

    public int[] Sizes { get; }
    public int[] Dims { get; }
    public int Hidden { get; }
    public int[] Dilations { get; }
    public int InputDim { get; }
    /// <summary>
    /// The width of the dense per-token input appended after the embeddings (0 for the runtime tagger): a training-time
    /// teacher reads contextual vectors there (<see cref="NeuralRoleTrainer.Sentence.Dense"/>); the runtime stage has none,
    /// so <see cref="NeuralEnsemble.InputMismatch"/> refuses such a model.
    /// </summary>
    public int DenseDim { get; }
    public float[] Parameters { get; }

    // offsets into Parameters
    internal readonly int[] EmbOffset;
    internal readonly int[] WOffset, BOffset;
    internal readonly int WoOffset, BoOffset;
    /// <summary>Where the (T+1) × T transition scores start in <see cref="Parameters"/> (row 0: after the start).</summary>
    public readonly int TransOffset;

    public NeuralRoleModel(int[] sizes, int[] dims, int hidden, int[] dilations, float[]? parameters = null, int denseDim = 0)
    {
        if (sizes.Length != dims.Length) throw new ArgumentException("one embedding size per dimension");
        if (denseDim is < 0 or > 4096) throw new ArgumentException("bad dense input width", nameof(denseDim));
        Sizes = sizes; Dims = dims; Hidden = hidden; Dilations = dilations; DenseDim = denseDim;
        InputDim = dims.Sum() + denseDim;
        int o = 0;
        EmbOffset = new int[sizes.Length];
        for (int g = 0; g < sizes.Length; g++) { EmbOffset[g] = o; o += sizes[g] * dims[g]; }
        WOffset = new int[dilations.Length]; BOffset = new int[dilations.Length];
        for (int l = 0; l < dilations.Length; l++)
        {
            WOffset[l] = o; o += 3 * hidden * In(l);
            BOffset[l] = o; o += hidden;
        }
        WoOffset = o; o += T * hidden;
        BoOffset = o; o += T;
        TransOffset = o; o += (T + 1) * T;
        if (parameters is not null && parameters.Length != o) throw new InvalidDataException($"a neural attribution model of this shape has {o} parameters, not {parameters.Length}");
        Parameters = parameters ?? new float[o];
    }

    /// <summary>Where the embedding table of group <paramref name="g"/> starts in <see cref="Parameters"/>.</summary>
    public int EmbeddingOffset(int g) => EmbOffset[g];

    /// <summary>The input width of layer <paramref name="l"/>.</summary>
    public int In(int l) => l == 0 ? InputDim : Hidden;

    /// <summary>The transition score from previous tag <paramref name="p"/> (−1 at the start) to <paramref name="t"/>.</summary>
    public float Transition(int p, int t) => Parameters[TransOffset + (p + 1) * T + t];

    /// <summary>Random initial weights (embeddings uniform ±0.1, He-scaled convolutions), deterministic for a seed.</summary>
    public void Initialise(int seed)
    {
        var rng = new Random(seed);
        var p = Parameters;
        Array.Clear(p);
        for (int g = 0; g < Sizes.Length; g++)
            for (int i = 0; i < Sizes[g] * Dims[g]; i++) p[EmbOffset[g] + i] = (float)(rng.NextDouble() * 0.2 - 0.1);
        for (int l = 0; l < Dilations.Length; l++)
        {
            double sd = Math.Sqrt(2.0 / (3 * In(l)));
            for (int i = 0; i < 3 * Hidden * In(l); i++) p[WOffset[l] + i] = (float)(Gauss(rng) * sd);
        }
        double so = Math.Sqrt(1.0 / Hidden);
        for (int i = 0; i < T * Hidden; i++) p[WoOffset + i] = (float)(Gauss(rng) * so);
    }

    private static double Gauss(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    /// <summary>Working memory for one sentence's forward pass (and the trainer's backward pass).</summary>
    public sealed class Work
    {
        public float[] X = [];
        public float[][] Z = [];
        public float[][] H = [];
        public float[] E = [];
        public float[] Mask = [];
        public int[] Back = [];

        public void Ensure(NeuralRoleModel m, int n)
        {
            if (Z.Length != m.Dilations.Length) { Z = new float[m.Dilations.Length][]; H = new float[m.Dilations.Length][]; for (int l = 0; l < Z.Length; l++) { Z[l] = []; H[l] = []; } }
            if (E.Length >= n * T && X.Length >= n * m.InputDim && Z[0].Length >= n * m.Hidden) return;
            int cap = Math.Max(n, 64);
            X = new float[cap * m.InputDim];
            Mask = new float[cap * m.InputDim];
            for (int l = 0; l < Z.Length; l++) { Z[l] = new float[cap * m.Hidden]; H[l] = new float[cap * m.Hidden]; }
            E = new float[cap * T];
            Back = new int[cap * T];
        }
    }

    /// <summary>
    /// Computes the tag scores <c>w.E</c> (n × <see cref="T"/>) of the n tokens whose group indices are <paramref name="cats"/>
    /// (<see cref="NeuralInput.Groups"/> per token). With <paramref name="dropout"/> &gt; 0 (training), input units are dropped at that rate.
    /// </summary>
    /// <param name="dense">With <see cref="DenseDim"/> &gt; 0: the n × <see cref="DenseDim"/> dense inputs (zeros when empty).</param>
    public void Forward(ReadOnlySpan<int> cats, int n, Work w, float dropout = 0, Random? rng = null, ReadOnlySpan<float> dense = default)
    {
        w.Ensure(this, n);
        var p = Parameters.AsSpan();
        int D = InputDim, Hd = Hidden;
        Embed(cats, n, w, dense);
        if (dropout > 0 && rng is not null)
        {
            float keep = 1 / (1 - dropout);
            for (int i = 0; i < n * D; i++) { w.Mask[i] = rng.NextSingle() < dropout ? 0 : keep; w.X[i] *= w.Mask[i]; }
        }
        for (int l = 0; l < Dilations.Length; l++)
        {
            int inD = In(l), dil = Dilations[l];
            var a = l == 0 ? w.X : w.H[l - 1];
            var z = w.Z[l];
            var h = w.H[l];
            var bias = p.Slice(BOffset[l], Hd);
            for (int i = 0; i < n; i++)
            {
                var zi = z.AsSpan(i * Hd, Hd);
                bias.CopyTo(zi);
                for (int k = 0; k < 3; k++)
                {
                    int j = i + (k - 1) * dil;
                    if (j < 0 || j >= n) continue;
                    var aj = a.AsSpan(j * inD, inD);
                    var wk = p.Slice(WOffset[l] + k * Hd * inD, Hd * inD);
                    for (int r = 0; r < Hd; r++) zi[r] += NeuralMath.Dot(wk.Slice(r * inD, inD), aj);
                }
                var hi = h.AsSpan(i * Hd, Hd);
                for (int r = 0; r < Hd; r++) hi[r] = zi[r] > 0 ? zi[r] : 0;
                if (l > 0) for (int r = 0; r < Hd; r++) hi[r] += a[i * Hd + r];
            }
        }
        var top = w.H[Dilations.Length - 1];
        for (int i = 0; i < n; i++)
        {
            var hi = top.AsSpan(i * Hd, Hd);
            for (int t = 0; t < T; t++) w.E[i * T + t] = Parameters[BoOffset + t] + NeuralMath.Dot(p.Slice(WoOffset + t * Hd, Hd), hi);
        }
    }

    /// <summary>
    /// Inference-only forward pass, the same function as <see cref="Forward"/> without dropout, with the convolutions
    /// computed four output units and two tokens at a time (<see cref="NeuralMath.MatVecAdd2"/>).
    /// </summary>
    public void ForwardFast(ReadOnlySpan<int> cats, int n, Work w, ReadOnlySpan<float> dense = default)
    {
        w.Ensure(this, n);
        var p = Parameters.AsSpan();
        int Hd = Hidden;
        Embed(cats, n, w, dense);
        for (int l = 0; l < Dilations.Length; l++)
        {
            int inD = In(l), dil = Dilations[l];
            var a = l == 0 ? w.X : w.H[l - 1];
            var z = w.Z[l];
            var h = w.H[l];
            var bias = p.Slice(BOffset[l], Hd);
            // two tokens at a time (each weight vector loaded once for both); every unit is summed in the same order as one token at a time
            for (int i = 0; i < n; i += 2)
            {
                int i2 = i + 1;
                bool pair = i2 < n;
                var zi = z.AsSpan(i * Hd, Hd);
                var zi2 = pair ? z.AsSpan(i2 * Hd, Hd) : default;
                bias.CopyTo(zi);
                if (pair) bias.CopyTo(zi2);
                for (int k = 0; k < 3; k++)
                {
                    var wk = p.Slice(WOffset[l] + k * Hd * inD, Hd * inD);
                    int j = i + (k - 1) * dil, j2 = j + 1;
                    bool in1 = j >= 0 && j < n, in2 = pair && j2 >= 0 && j2 < n;
                    if (in1 && in2) NeuralMath.MatVecAdd2(wk, a.AsSpan(j * inD, inD), a.AsSpan(j2 * inD, inD), zi, zi2);
                    else if (in1) NeuralMath.MatVecAdd(wk, a.AsSpan(j * inD, inD), zi);
                    else if (in2) NeuralMath.MatVecAdd(wk, a.AsSpan(j2 * inD, inD), zi2);
                }
                for (int t = i; t < (pair ? i + 2 : i + 1); t++)
                {
                    var zt = z.AsSpan(t * Hd, Hd);
                    var ht = h.AsSpan(t * Hd, Hd);
                    for (int r = 0; r < Hd; r++) ht[r] = zt[r] > 0 ? zt[r] : 0;
                    if (l > 0) for (int r = 0; r < Hd; r++) ht[r] += a[t * Hd + r];
                }
            }
        }
        var top = w.H[Dilations.Length - 1];
        for (int i = 0; i < n; i++)
        {
            var hi = top.AsSpan(i * Hd, Hd);
            for (int u = 0; u < T; u++) w.E[i * T + u] = Parameters[BoOffset + u] + NeuralMath.Dot(p.Slice(WoOffset + u * Hd, Hd), hi);
        }
    }

    /// <summary>Fills <c>w.X</c>: per token the embeddings of its group indices, then its dense inputs (if any).</summary>
    private void Embed(ReadOnlySpan<int> cats, int n, Work w, ReadOnlySpan<float> dense)
    {
        var p = Parameters.AsSpan();
        int D = InputDim, G = Sizes.Length, Dd = DenseDim;
        if (Dd > 0 && !dense.IsEmpty && dense.Length < n * Dd) throw new ArgumentException($"{n} tokens need {n * Dd} dense inputs, not {dense.Length}", nameof(dense));
        for (int i = 0; i < n; i++)
        {
            int o = i * D;
            for (int g = 0; g < G; g++)
            {
                int d = Dims[g];
                p.Slice(EmbOffset[g] + cats[i * G + g] * d, d).CopyTo(w.X.AsSpan(o, d));
                o += d;
            }
            if (Dd == 0) continue;
            if (dense.IsEmpty) w.X.AsSpan(o, Dd).Clear();
            else dense.Slice(i * Dd, Dd).CopyTo(w.X.AsSpan(o, Dd));
        }
    }

    /// <summary>Viterbi over scores <paramref name="e"/> (n × T) plus transitions, after tag <paramref name="previous"/> (−1 at the start); writes n tags.</summary>
    public void Decode(ReadOnlySpan<float> e, int n, int previous, Span<int> tags, int[] back) =>
        Decode(Parameters.AsSpan(TransOffset, (T + 1) * T), e, n, previous, tags, back);

    /// <summary>Viterbi with the transition scores <paramref name="trans"/> ((T+1) × T, row 0 after the start).</summary>
    public static void Decode(ReadOnlySpan<float> trans, ReadOnlySpan<float> e, int n, int previous, Span<int> tags, int[] back)
    {
        Span<float> delta = stackalloc float[T];
        Span<float> next = stackalloc float[T];
        for (int t = 0; t < T; t++)
            delta[t] = RoleTags.Allowed(previous, t) ? e[t] + trans[(previous + 1) * T + t] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            for (int t = 0; t < T; t++)
            {
                float best = float.NegativeInfinity; int arg = RoleTags.O;
                for (int q = 0; q < T; q++)
                {
                    if (float.IsNegativeInfinity(delta[q]) || !RoleTags.Allowed(q, t)) continue;
                    float v = delta[q] + trans[(q + 1) * T + t];
                    if (v > best) { best = v; arg = q; }
                }
                next[t] = best + e[i * T + t];
                back[i * T + t] = arg;
            }
            next.CopyTo(delta);
        }
        int bt = RoleTags.O;
        for (int t = 1; t < T; t++) if (delta[t] > delta[bt]) bt = t;
        for (int i = n - 1; i >= 0; i--)
        {
            tags[i] = bt;
            if (i > 0) bt = back[i * T + bt];
        }
    }

    /// <summary>Tags the signal sentences of a prepared article (others stay O): an ensemble of this model alone.</summary>
    public int[] Tag(Wirecheck.Core.Model.Article a, NeuralInput fx, CancellationToken ct = default) => new NeuralEnsemble([this]).Tag(a, fx, ct);

    /// <summary>Writes the model: magic, shape, then every parameter as a 16-bit float. No strings from any corpus.</summary>
    public void Save(Stream stream)
    {
        using var bw = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        bw.Write(DenseDim > 0 ? DenseMagic : Magic);
        bw.Write(Sizes.Length);
        foreach (var s in Sizes) bw.Write(s);
        foreach (var d in Dims) bw.Write(d);
        bw.Write(Hidden);
        bw.Write(Dilations.Length);
        foreach (var d in Dilations) bw.Write(d);
        if (DenseDim > 0) bw.Write(DenseDim);
        bw.Write(Parameters.Length);
        foreach (var v in Parameters) bw.Write((Half)v);
    }

    public static NeuralRoleModel Load(Stream stream, string name)
    {
        using var br = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var magic = br.ReadString();
        if (magic == OldMagic) throw new InvalidDataException($"{name}: a neural attribution model of the old format {OldMagic} (with a perceptron weight); retrain it with train/Wirecheck.Train.Attribution (format {Magic})");
        if (magic != Magic && magic != DenseMagic) throw new InvalidDataException($"{name}: not a neural attribution model ({Magic})");
        int g = br.ReadInt32();
        if (g is < 1 or > 64) throw new InvalidDataException($"{name}: bad group count {g}");
        var sizes = new int[g]; var dims = new int[g];
        for (int i = 0; i < g; i++) sizes[i] = br.ReadInt32();
        for (int i = 0; i < g; i++) dims[i] = br.ReadInt32();
        int hidden = br.ReadInt32();
        int l = br.ReadInt32();
        if (l is < 1 or > 16 || hidden is < 1 or > 4096) throw new InvalidDataException($"{name}: bad shape");
        var dil = new int[l];
        for (int i = 0; i < l; i++) dil[i] = br.ReadInt32();
        int denseDim = magic == DenseMagic ? br.ReadInt32() : 0;
        if (denseDim is < 0 or > 4096) throw new InvalidDataException($"{name}: bad dense input width {denseDim}");
        int count = br.ReadInt32();
        var m = new NeuralRoleModel(sizes, dims, hidden, dil, denseDim: denseDim);
        if (count != m.Parameters.Length) throw new InvalidDataException($"{name}: {count} parameters, the shape needs {m.Parameters.Length}");
        var bytes = br.ReadBytes(count * 2);
        if (bytes.Length != count * 2) throw new InvalidDataException($"{name}: truncated");
        var halves = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(bytes);
        for (int i = 0; i < count; i++) m.Parameters[i] = (float)halves[i];
        return m;
    }
}
