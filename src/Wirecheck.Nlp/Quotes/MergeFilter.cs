namespace Wirecheck.Nlp.Quotes;

using static Wirecheck.Nlp.Quotes.FeatureHash;
using Wirecheck.Core.Model;
using Wirecheck.Nlp.Entities;

/// <summary>
/// The learned last step of <see cref="LearnedMerge"/>: for each attribution the merge produced (the rules' alone, the
/// rules' confirmed by the tagger, the tagger's alone), two logistic scores over hashed features decide whether to
/// keep it at all (head <see cref="KeepHead"/>) and, when kept, whether to keep its source words
/// (<see cref="SourceHead"/>); a score below 0 drops. Features: which side produced it and whether the other agrees
/// (same cue, same source), the neural tagger's CRF marginal probability of the cue, source and content roles over
/// the attribution's tokens, the cue's lexicon class, word and length, the kind (direct, mixed, indirect), the source's
/// shape (pronoun, name, lower-case noun phrase, none), side and distance, nesting in another attribution, the rules'
/// confidence. The decision threshold of each head is a feature that is always on. Trained on PolNeAR train articles
/// the tagger did not see (<c>wirecheck train attribution --merge</c>, see <c>data/models/attribution-merge.md</c>).
/// </summary>
public sealed class MergeFilter
{
    public const string ModelPath = "models/attribution-merge.bin";
    public const string ModelMagic = "WCAMRG1";
    public const int KeepHead = 0, SourceHead = 1, CueHead = 2, Heads = 3;
    public const int MaxFeatures = 40;
    /// <summary>The always-on feature that holds each head's decision threshold (−logit of the chosen probability).</summary>
    public static readonly ulong ThresholdFeature = Mix(999, 0);

    private static readonly Lazy<MergeFilter?> DefaultFilter = new(() =>
    {
        var path = Wirecheck.Core.Text.DataFiles.PathOf(ModelPath);
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        return new MergeFilter(PerceptronModel.Load(stream, path, ModelMagic));
    });

    /// <summary>The filter with the committed model, or null when <c>data/models/attribution-merge.bin</c> is missing.</summary>
    public static MergeFilter? Default => DefaultFilter.Value;

    private readonly PerceptronModel _model;

    public MergeFilter(PerceptronModel model)
    {
        if (model.Tags != Heads) throw new ArgumentException($"a merge filter model has {Heads} scores per feature", nameof(model));
        _model = model;
    }

    /// <summary>The keep score of an attribution (its threshold included: below 0 drops it).</summary>
    public float KeepScore(ReadOnlySpan<ulong> features)
    {
        Span<float> s = stackalloc float[_model.Stride];
        _model.Score(features, s);
        var th = _model.Row(ThresholdFeature);
        return s[KeepHead] + (th.Length == Heads ? th[KeepHead] : 0);
    }

    /// <summary>The cue score of a kept attribution (its threshold included: below 0 drops the cue words, the source and content stay).</summary>
    public float CueScore(ReadOnlySpan<ulong> features)
    {
        Span<float> s = stackalloc float[_model.Stride];
        _model.Score(features, s);
        var th = _model.Row(ThresholdFeature);
        return s[CueHead] + (th.Length == Heads ? th[CueHead] : 0);
    }

    /// <summary>The probability a source option needs to be taken over "no source" (the threshold row's second weight).</summary>
    public float SourceThreshold => _model.Row(ThresholdFeature) is { Length: Heads } th ? th[SourceHead] : 0;

    /// <summary>
    /// The option with a source whose score is highest, and its softmax probability among all the options; −1 when no
    /// option has a source.
    /// </summary>
    public static int BestSource(IReadOnlyList<TextSpan?> options, ReadOnlySpan<float> scores, out float probability)
    {
        float max = float.NegativeInfinity;
        foreach (var x in scores) max = Math.Max(max, x);
        float z = 0;
        foreach (var x in scores) z += MathF.Exp(x - max);
        int best = -1;
        probability = 0;
        for (int i = 0; i < options.Count; i++)
            if (options[i] is not null && (best < 0 || scores[i] > scores[best])) best = i;
        if (best >= 0) probability = MathF.Exp(scores[best] - max) / z;
        return best;
    }

    /// <summary>The score of one source option (<see cref="OptionFeatures"/>); the best option of an attribution wins.</summary>
    public float OptionScore(ReadOnlySpan<ulong> features)
    {
        Span<float> s = stackalloc float[_model.Stride];
        _model.Score(features, s);
        return s[SourceHead];
    }

    /// <summary>The first feature of a source option: which sides propose it (<see cref="OptionCurrent"/> … flags).</summary>
    internal static ulong SidesFeature(int sides) => Mix(50, (ulong)sides);

    private static int Bucket(int d) => d switch { <= 0 => 0, 1 => 1, 2 => 2, 3 => 3, <= 5 => 4, <= 8 => 5, <= 12 => 6, <= 20 => 7, <= 40 => 8, _ => 9 };

    /// <summary>A probability as a bucket 0–10, or 11 when the tagger gave none (untagged sentence, the perceptron).</summary>
    private static ulong P(float p, bool known) => known ? (ulong)Math.Clamp((int)(p * 10), 0, 10) : 11;

    /// <summary>The mean marginal probability of <paramref name="role"/> over a token range (at most 60 tokens), and whether the tagger tagged them.</summary>
    private static float Mean(float[]? roles, TokenRange r, int role, out bool known)
    {
        known = false;
        if (roles is null) return 0;
        float sum = 0, any = 0;
        int n = 0;
        for (int i = r.First; i <= r.Last && n < 60; i++, n++)
        {
            int o = i * NeuralEnsemble.RolesPerToken;
            if (o + 3 >= roles.Length) break;
            sum += roles[o + role];
            any += roles[o] + roles[o + 1] + roles[o + 2] + roles[o + 3];
        }
        known = any > 0;
        return n == 0 ? 0 : sum / n;
    }

    private static bool Overlaps(TextSpan? a, TextSpan? b) => a is { } x && b is { } y && x.Start < y.End && y.Start < x.End;

    /// <summary>Which sides propose a source option (flags of <see cref="OptionFeatures"/>' <c>sides</c>).</summary>
    public const int OptionCurrent = 1, OptionTagger = 2, OptionRules = 4, OptionNone = 8;

    /// <summary>
    /// The features of one source option of an attribution: the span (null: no source) and which sides propose it
    /// (the merge's current source after the rankers, the tagger's source of the same cue, the rules' own source, none),
    /// with the tagger's marginal source probability over it, its shape, side and distance from the cue, conjoined
    /// with the attribution's origin, kind and cue class.
    /// </summary>
    internal static int OptionFeatures(Article a, SourceContext cx, float[]? roles, Candidate c, TextSpan? option, int sides, Span<ulong> f)
    {
        var toks = a.Tokens;
        int k = 0;
        ulong origin = (ulong)c.Origin, kind = (ulong)c.Kind;
        TokenRange? cr = c.Cue is { } cue ? SourceContext.Range(toks, cue) : null;
        ulong cls = 0;
        if (cr is { } q) for (int i = q.Last; i >= q.First; i--) if (cx.Class[i] != 0) { cls = (ulong)cx.Class[i]; break; }
        bool ck = false;
        float cp = cr is { } r1 ? Mean(roles, r1, 2, out ck) : 0;
        ulong cpb = cr is null ? 12 : P(cp, ck);
        f[k++] = SidesFeature(sides);
        f[k++] = Mix(51, (ulong)sides * 32 + origin);
        f[k++] = Mix(52, (ulong)sides * 8 + kind);
        f[k++] = Mix(53, (ulong)sides * 32 + cls);
        if (option is not { } span || SourceContext.Range(toks, span) is not { } s)
        {
            f[k++] = Mix(60, origin * 16 + cpb);
            f[k++] = Mix(61, kind * 32 + cls);
            return k;
        }
        float sp = Mean(roles, s, 1, out bool sk);
        ulong spb = P(sp, sk);
        int words = cx.Words[s.Last + 1] - cx.Words[s.First];
        ulong shape = (ulong)(cx.Shape[s.First] * 16 + cx.Shape[s.Last]) * 8 + (ulong)Math.Min(words, 4);
        f[k++] = Mix(54, spb);
        f[k++] = Mix(55, (ulong)sides * 16 + spb);
        f[k++] = Mix(56, shape);
        f[k++] = Mix(57, Mix(shape, spb));
        f[k++] = Mix(58, cx.Lower[s.Last]);
        f[k++] = Mix(59, cx.Lower[s.First] ^ ((ulong)sides << 56));
        if (cr is { } q2)
        {
            bool left = s.Last < q2.First;
            int dist = left ? q2.First - s.Last - 1 : s.First - q2.Last - 1;
            ulong side = (left ? 0UL : 16UL) + (ulong)Bucket(Math.Max(0, dist));
            f[k++] = Mix(62, side);
            f[k++] = Mix(63, side * 16 + (ulong)sides);
            f[k++] = Mix(64, Mix(side, cls));
            int sf = cx.SentenceFirst[q2.First];
            f[k++] = Mix(65, (ulong)((s.First == sf ? 1 : 0) + (cx.SentenceFirst[s.First] == sf ? 2 : 0) + (sk ? 4 : 0)) * 16 + spb);
        }
        return k;
    }

    /// <summary>The features of one attribution after the merge (<paramref name="learned"/>: the tagger's linked attributions).</summary>
    internal static int Features(Article a, SourceContext cx, float[]? roles, Candidate c, IReadOnlyList<TaggedAttribution> learned, IReadOnlyList<Candidate> all, Span<ulong> f)
    {
        var toks = a.Tokens;
        int k = 0;
        f[k++] = Mix(1, 0);
        ulong origin = (ulong)c.Origin;
        ulong kind = (ulong)c.Kind;
        f[k++] = Mix(2, origin);
        f[k++] = Mix(3, kind);
        f[k++] = Mix(4, origin * 8 + kind);
        TokenRange? cr = c.Cue is { } cue ? SourceContext.Range(toks, cue) : null;
        TokenRange? sr = c.Source is { } src ? SourceContext.Range(toks, src) : null;
        var tr = SourceContext.Range(toks, c.Content);
        bool ck = false, sk = false, tk = false;
        float cp = cr is { } r1 ? Mean(roles, r1, 2, out ck) : 0;
        float sp = sr is { } r2 ? Mean(roles, r2, 1, out sk) : 0;
        float tp = tr is { } r3 ? Mean(roles, r3, 3, out tk) : 0;
        ulong cpb = cr is null ? 12 : P(cp, ck), spb = sr is null ? 12 : P(sp, sk), tpb = tr is null ? 12 : P(tp, tk);
        f[k++] = Mix(5, cpb);
        f[k++] = Mix(6, origin * 16 + cpb);
        f[k++] = Mix(7, spb);
        f[k++] = Mix(8, origin * 16 + spb);
        f[k++] = Mix(9, tpb);
        f[k++] = Mix(10, (cpb / 4) * 16 + spb / 4 + (tpb / 4) * 256);
        ulong cls = 0, lastWord = 0, firstWord = 0;
        int cueLen = 0;
        if (cr is { } q)
        {
            for (int i = q.Last; i >= q.First; i--) if (cx.Class[i] != 0) { cls = (ulong)cx.Class[i]; break; }
            lastWord = cx.Lower[q.Last];
            firstWord = cx.Lower[q.First];
            cueLen = q.Last - q.First + 1;
        }
        f[k++] = Mix(11, cls * 8 + (ulong)Math.Min(cueLen, 4));
        f[k++] = Mix(12, lastWord);
        f[k++] = Mix(13, Mix(firstWord, cls));
        f[k++] = Mix(14, origin * 32 + cls);
        f[k++] = Mix(15, Mix(lastWord, origin));
        // the source: shape of its first and last token, length, side and distance
        ulong stype = 0;
        if (sr is { } s)
        {
            int words = cx.Words[s.Last + 1] - cx.Words[s.First];
            stype = 1 + (ulong)(cx.Shape[s.First] * 16 + cx.Shape[s.Last]) * 8 + (ulong)Math.Min(words, 4);
            if (cr is { } q2)
            {
                bool left = s.Last < q2.First;
                int dist = left ? q2.First - s.Last - 1 : s.First - q2.Last - 1;
                f[k++] = Mix(16, (left ? 0UL : 16UL) + (ulong)Bucket(Math.Max(0, dist)));
                f[k++] = Mix(17, Mix((left ? 0UL : 16UL) + (ulong)Math.Min(Math.Max(0, dist), 3), cls));
            }
        }
        f[k++] = Mix(18, stype);
        f[k++] = Mix(19, Mix(stype, spb));
        f[k++] = Mix(20, sr is { } s3 ? cx.Lower[s3.Last] : 0);
        // agreement of the two sides
        TaggedAttribution? same = null;
        if (c.Cue is { } cc) foreach (var l in learned) if (Overlaps(l.Cue, cc)) { same = l; break; }
        int agree = same is null ? 0 : 1 + (same.Cue == c.Cue ? 2 : 0) + (same.Source is null ? 0 : same.Source == c.Source ? 4 : Overlaps(same.Source, c.Source) ? 8 : 12)
            + (same.Content == c.Content ? 16 : Overlaps(same.Content, c.Content) ? 32 : 0);
        f[k++] = Mix(21, (ulong)agree);
        f[k++] = Mix(22, origin * 64 + (ulong)agree);
        // nesting and sharing with the other attributions
        int nest = 0;
        foreach (var o in all)
        {
            if (ReferenceEquals(o, c) || o.Kind == QuoteKind.Partial) continue;
            if (c.Cue is { } x && x.Start >= o.Content.Start && x.End <= o.Content.End) nest |= 1;
            if (o.Cue is { } y && y.Start >= c.Content.Start && y.End <= c.Content.End) nest |= 2;
            if (o.Cue is { } z && c.Cue is { } w && z == w) nest |= 4;
            if (Overlaps(o.Source, c.Source)) nest |= 8;
            if (ReferenceEquals(o.SharesSourceWith, c)) nest |= 16;
        }
        if (c.SharesSourceWith is not null) nest |= 32;
        f[k++] = Mix(23, (ulong)nest);
        f[k++] = Mix(24, origin * 64 + (ulong)(nest & 7));
        f[k++] = Mix(25, (ulong)Math.Clamp((int)(c.Confidence * 10), 0, 10) * 8 + origin);
        // where the cue sits: inside quotation marks, at the start or end of its sentence; the content's length
        if (cr is { } q3)
        {
            int sf = cx.SentenceFirst[q3.First], se = cx.SentenceEnd[q3.Last];
            bool inQuote = ((cx.Quotes[q3.First] - cx.Quotes[sf]) & 1) == 1;
            int pos = (q3.First == sf ? 1 : 0) + (q3.Last + 2 >= se ? 2 : 0) + (inQuote ? 4 : 0);
            f[k++] = Mix(26, (ulong)pos * 32 + cls);
            f[k++] = Mix(27, Mix(q3.First > sf ? cx.Lower[q3.First - 1] : 1, cls));
        }
        if (tr is { } t)
        {
            int words = cx.Words[t.Last + 1] - cx.Words[t.First];
            f[k++] = Mix(28, kind * 16 + (ulong)Bucket(words));
            f[k++] = Mix(29, (cx.SentenceFirst[t.First] == cx.SentenceFirst[t.Last] ? 0UL : 1UL) + kind * 2 + origin * 16);
        }
        return k;
    }
}
