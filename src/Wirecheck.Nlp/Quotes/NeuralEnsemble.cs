namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>
/// The neural attribution tagger as committed: one or more <see cref="NeuralRoleModel"/>s trained with different seeds;
/// their tag scores and transition scores are averaged and decoded by Viterbi. Thread-safe.
/// File: <see cref="Magic"/>, the member count, then each member as <see cref="NeuralRoleModel.Save"/> writes it
/// (a single-model file is read as an ensemble of one).
/// </summary>
public sealed class NeuralEnsemble
{
    /// <summary>The file kind; <c>WCNENS1</c> (session 5) held members of the old model format and is refused with a clear error.</summary>
    public const string Magic = "WCNENS2";
    private const string OldMagic = "WCNENS1";
    private const int T = NeuralRoleModel.T;
    private readonly float[] _trans = new float[(T + 1) * T];
    private readonly float[] _expTrans;

    public IReadOnlyList<NeuralRoleModel> Members { get; }

    /// <summary>The averaged transition scores ((T+1) × T, row 0 after the start).</summary>
    public ReadOnlySpan<float> Transitions => _trans;

    public NeuralEnsemble(IReadOnlyList<NeuralRoleModel> members)
    {
        if (members.Count == 0) throw new ArgumentException("an ensemble needs a member", nameof(members));
        Members = members;
        foreach (var m in members)
            for (int i = 0; i < _trans.Length; i++) _trans[i] += m.Parameters[m.TransOffset + i] / members.Count;
        _expTrans = ExpTransitions(_trans);
    }

    /// <summary>
    /// Why the members cannot read <see cref="NeuralInput"/>'s groups (another group count, or an embedding table of
    /// another size, e.g. a model trained with another word-vector table), or null when they can.
    /// </summary>
    public string? InputMismatch()
    {
        foreach (var m in Members)
        {
            if (m.DenseDim > 0) return $"a member reads {m.DenseDim} dense inputs per token (a training-time teacher), which the tagger's input does not have";
            if (m.Sizes.Length != NeuralInput.Groups) return $"a member reads {m.Sizes.Length} input groups, the tagger's input has {NeuralInput.Groups}";
            for (int g = 0; g < m.Sizes.Length; g++)
                if (m.Dims[g] > 0 && m.Sizes[g] != NeuralInput.Sizes[g]) return $"input group {g} has {m.Sizes[g]} values in the model and {NeuralInput.Sizes[g]} in the tagger's input (another word-vector table or hash width?)";
        }
        return null;
    }

    /// <summary>Tags the signal sentences of a prepared article (others stay O).</summary>
    /// <param name="roles">When given (<see cref="RolesPerToken"/> per token), receives each tagged token's CRF marginal probability of each role (O, source, cue, content); tokens of untagged sentences stay 0.</param>
    public int[] Tag(Article a, NeuralInput fx, CancellationToken ct = default, float[]? roles = null)
    {
        if (InputMismatch() is { } why) throw new InvalidOperationException(why);
        float[] alpha = [], beta = [];
        var tags = new int[fx.Count];
        var works = new NeuralRoleModel.Work[Members.Count];
        for (int k = 0; k < works.Length; k++) works[k] = new NeuralRoleModel.Work();
        float[] e = [];
        int done = 0;
        foreach (var s in a.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            int from = Math.Max(done, s.FirstToken), to = Math.Min(fx.Count, s.FirstToken + s.TokenCount);
            if (to <= from) continue;
            done = to;
            if (!fx.Signal(from)) continue;
            int n = to - from;
            var cats = fx.Cats.Slice(from * NeuralInput.Groups, n * NeuralInput.Groups);
            float[] scores;
            if (Members.Count == 1)
            {
                Members[0].ForwardFast(cats, n, works[0]);
                scores = works[0].E;
            }
            else
            {
                if (e.Length < n * T) e = new float[Math.Max(64, n * 2) * T];
                Array.Clear(e, 0, n * T);
                for (int k = 0; k < Members.Count; k++)
                {
                    Members[k].ForwardFast(cats, n, works[k]);
                    NeuralMath.Axpy(1f / Members.Count, works[k].E.AsSpan(0, n * T), e.AsSpan(0, n * T));
                }
                scores = e;
            }
            int previous = from == 0 ? -1 : tags[from - 1];
            NeuralRoleModel.Decode(_trans, scores, n, previous, tags.AsSpan(from, n), works[0].Back);
            if (roles is not null)
            {
                if (alpha.Length < n * T) { alpha = new float[Math.Max(64, n * 2) * T]; beta = new float[alpha.Length]; }
                Marginals(_expTrans, scores, n, previous, roles.AsSpan(from * RolesPerToken, n * RolesPerToken), alpha, beta);
            }
        }
        return tags;
    }

    /// <summary>Role probabilities per token in <see cref="Tag"/>'s <c>roles</c>: O, source, cue, content.</summary>
    public const int RolesPerToken = 4;

    /// <summary>
    /// exp of each transition score, 0 where <see cref="RoleTags.Allowed"/> forbids the pair ((T+1) × T, row 0 after the
    /// start): the forward-backward of <see cref="Marginals"/> works in probabilities with these.
    /// </summary>
    public static float[] ExpTransitions(ReadOnlySpan<float> trans)
    {
        var p = new float[(T + 1) * T];
        for (int q = -1; q < T; q++)
            for (int t = 0; t < T; t++)
                p[(q + 1) * T + t] = RoleTags.Allowed(q, t) ? MathF.Exp(trans[(q + 1) * T + t]) : 0f;
        return p;
    }

    /// <summary>
    /// Forward-backward over the same scores and transitions as the Viterbi decoding (after tag <paramref name="previous"/>,
    /// −1 at the start), in probabilities with per-token scaling (T exponentials per token; <paramref name="expTrans"/> from
    /// <see cref="ExpTransitions"/>): each token's marginal probability of each role (B and I summed),
    /// <see cref="RolesPerToken"/> per token. <paramref name="alpha"/> and <paramref name="beta"/> are scratch (≥ n × T).
    /// </summary>
    internal static void Marginals(ReadOnlySpan<float> expTrans, ReadOnlySpan<float> e, int n, int previous, Span<float> roles, float[] alpha, float[] beta)
    {
        // alpha holds the scaled forward values, beta first the token's exp(score − max), then the scaled backward values
        Span<float> scale = n <= 256 ? stackalloc float[n] : new float[n];
        for (int i = 0; i < n; i++)
        {
            float m = float.NegativeInfinity;
            for (int t = 0; t < T; t++) m = Math.Max(m, e[i * T + t]);
            for (int t = 0; t < T; t++) beta[i * T + t] = MathF.Exp(e[i * T + t] - m);
        }
        for (int i = 0; i < n; i++)
        {
            float c = 0;
            for (int t = 0; t < T; t++)
            {
                float v;
                if (i == 0) v = expTrans[(previous + 1) * T + t];
                else
                {
                    v = 0;
                    for (int q = 0; q < T; q++) v += alpha[(i - 1) * T + q] * expTrans[(q + 1) * T + t];
                }
                v *= beta[i * T + t];
                alpha[i * T + t] = v;
                c += v;
            }
            if (c <= 0 || !float.IsFinite(c)) c = 1;
            scale[i] = c;
            for (int t = 0; t < T; t++) alpha[i * T + t] /= c;
        }
        Span<float> next = stackalloc float[T];
        Span<float> cur = stackalloc float[T];
        for (int t = 0; t < T; t++) next[t] = 1;
        roles[..(n * RolesPerToken)].Clear();
        for (int i = n - 1; i >= 0; i--)
        {
            if (i < n - 1)
            {
                // beta[i+1] still holds token i+1's exp scores here
                for (int q = 0; q < T; q++)
                {
                    float v = 0;
                    for (int t = 0; t < T; t++) v += expTrans[(q + 1) * T + t] * beta[(i + 1) * T + t] * next[t];
                    cur[q] = v / scale[i + 1];
                }
                cur.CopyTo(next);
            }
            for (int t = 0; t < T; t++) roles[i * RolesPerToken + RoleTags.Role(t)] += alpha[i * T + t] * next[t];
        }
    }

    public void Save(Stream stream)
    {
        using (var bw = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            bw.Write(Magic);
            bw.Write(Members.Count);
        }
        foreach (var m in Members) m.Save(stream);
    }

    public static NeuralEnsemble Load(Stream stream, string name)
    {
        long start = stream.Position;
        string magic;
        using (var br = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            magic = br.ReadString();
            if (magic == OldMagic) throw new InvalidDataException($"{name}: a neural attribution ensemble of the old format {OldMagic}; retrain it with train/Wirecheck.Train.Attribution (format {Magic})");
            if (magic == Magic)
            {
                int k = br.ReadInt32();
                if (k is < 1 or > 16) throw new InvalidDataException($"{name}: bad member count {k}");
                var members = new List<NeuralRoleModel>();
                for (int i = 0; i < k; i++) members.Add(NeuralRoleModel.Load(stream, name));
                return new NeuralEnsemble(members);
            }
        }
        stream.Position = start;
        return new NeuralEnsemble([NeuralRoleModel.Load(stream, name)]);
    }
}
