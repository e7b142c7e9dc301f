namespace Wirecheck.Nlp.Quotes;

/// <summary>
/// First-order Viterbi decoding of <see cref="RoleTags"/> over a run of tokens: each token's score is its static
/// features' score plus the score of the features that pair it with the previous tag; an inside tag only follows a
/// tag of its role. Ties go to the lowest tag number, so decoding is deterministic.
/// </summary>
public static class RoleDecoder
{
    private const int T = RoleTags.Count;
    private const int MaxStride = 16;

    /// <summary>Decodes tokens [<paramref name="from"/>, <paramref name="to"/>) after the tag <paramref name="previous"/> (−1 at the start of the article) into <paramref name="tags"/>.</summary>
    public static void Decode(AttributionFeatures fx, int from, int to, int previous, RoleScorer score, int[] tags, ref int[] back)
    {
        int len = to - from;
        if (len <= 0) return;
        if (back.Length < len * T) back = new int[Math.Max(len * T, back.Length * 2)];
        Span<float> delta = stackalloc float[T];
        Span<float> next = stackalloc float[T];
        Span<float> st = stackalloc float[MaxStride];
        Span<float> tr = stackalloc float[MaxStride];
        Span<ulong> f = stackalloc ulong[AttributionFeatures.MaxFeatures];
        int k = fx.Static(from, f);
        score(f[..k], st);
        k = fx.Transition(from, previous, f);
        score(f[..k], tr);
        for (int t = 0; t < T; t++) delta[t] = RoleTags.Allowed(previous, t) ? st[t] + tr[t] : float.NegativeInfinity;
        for (int i = from + 1; i < to; i++)
        {
            k = fx.Static(i, f);
            score(f[..k], st);
            next.Fill(float.NegativeInfinity);
            int row = (i - from) * T;
            for (int t = 0; t < T; t++) back[row + t] = RoleTags.O;
            for (int p = 0; p < T; p++)
            {
                if (float.IsNegativeInfinity(delta[p])) continue;
                k = fx.Transition(i, p, f);
                score(f[..k], tr);
                for (int t = 0; t < T; t++)
                {
                    if (!RoleTags.Allowed(p, t)) continue;
                    float v = delta[p] + tr[t];
                    if (v > next[t]) { next[t] = v; back[row + t] = p; }
                }
            }
            for (int t = 0; t < T; t++) delta[t] = next[t] + st[t];
        }
        int best = RoleTags.O;
        for (int t = 1; t < T; t++) if (delta[t] > delta[best]) best = t;
        for (int i = to - 1; i >= from; i--)
        {
            tags[i] = best;
            if (i > from) best = back[(i - from) * T + best];
        }
    }
}
