namespace Wirecheck.Nlp.Quotes;

/// <summary>
/// The perceptron's scores of a run of tokens laid out for <see cref="NeuralRoleModel.Decode"/>: per token the
/// <see cref="RoleTags.Count"/> static scores, then the transition-feature scores for each previous tag (−1 first).
/// </summary>
public static class PerceptronScores
{
    private const int T = RoleTags.Count;
    public const int PerToken = T + (T + 1) * T;

    /// <summary>Writes the scores of tokens [<paramref name="from"/>, <paramref name="to"/>) into <paramref name="dst"/> (<see cref="PerToken"/> each).</summary>
    public static void Fill(AttributionFeatures fx, RoleScorer score, int from, int to, Span<float> dst)
    {
        Span<ulong> f = stackalloc ulong[AttributionFeatures.MaxFeatures];
        Span<float> s = stackalloc float[16];
        for (int i = from; i < to; i++)
        {
            var row = dst.Slice((i - from) * PerToken, PerToken);
            int k = fx.Static(i, f);
            score(f[..k], s);
            s[..T].CopyTo(row);
            for (int p = -1; p < T; p++)
            {
                k = fx.Transition(i, p, f);
                score(f[..k], s);
                s[..T].CopyTo(row.Slice(T + (p + 1) * T, T));
            }
        }
    }
}
