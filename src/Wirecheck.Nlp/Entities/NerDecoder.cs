namespace Wirecheck.Nlp.Entities;

/// <summary>Greedy BIO decoding: the best tag allowed after the previous one (I-X only after B-X or I-X).</summary>
public static class NerDecoder
{
    public static int Best(ReadOnlySpan<float> scores, int prevTag)
    {
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int k = 0; k < scores.Length; k++)
        {
            if (NerTagSet.IsInside(k) && (prevTag <= 0 || NerTagSet.TypeOf(prevTag) != NerTagSet.TypeOf(k))) continue;
            if (scores[k] > bestScore) { bestScore = scores[k]; best = k; }
        }
        return best;
    }
}
