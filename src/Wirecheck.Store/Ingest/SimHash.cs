namespace Wirecheck.Store.Ingest;

using System.Numerics;

/// <summary>
/// 64-bit SimHash over word 3-shingles (Charikar): near-identical texts get fingerprints a few bits apart.
/// Stored as four 16-bit bands so a Hamming distance up to 3 is found by an exact match on one band.
/// </summary>
public static class SimHash
{
    public const int NearDuplicateDistance = 3;

    public static ulong Compute(ReadOnlySpan<char> text)
    {
        Span<int> weights = stackalloc int[64];
        weights.Clear();
        ulong w0 = 0, w1 = 0, w2 = 0;
        int words = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) break;
            ulong h = 14695981039346656037UL;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                h ^= char.ToLowerInvariant(text[i]);
                h *= 1099511628211UL;
                i++;
            }
            w0 = w1; w1 = w2; w2 = h;
            words++;
            if (words >= 3) Add(weights, Mix(w0 * 31 + w1 * 17 + w2));
        }
        if (words is > 0 and < 3) Add(weights, Mix(w0 * 31 + w1 * 17 + w2));
        ulong result = 0;
        for (int b = 0; b < 64; b++) if (weights[b] > 0) result |= 1UL << b;
        return result;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    public static int Band(ulong h, int band) => (int)((h >> (16 * band)) & 0xFFFF);

    private static void Add(Span<int> weights, ulong h)
    {
        for (int b = 0; b < 64; b++) weights[b] += ((h >> b) & 1) != 0 ? 1 : -1;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33; x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33; x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }
}
