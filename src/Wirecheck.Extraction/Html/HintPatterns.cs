namespace Wirecheck.Extraction.Html;

/// <summary>
/// A set of substring patterns matched against a class/id key in one pass: the patterns are bucketed by their
/// first two characters, so each position of the key costs one table probe. Same answers as testing every
/// pattern with <c>Contains</c>, in list order.
/// </summary>
public sealed class HintPatterns
{
    private readonly string[] _patterns;
    private readonly Dictionary<int, int[]> _buckets = new();
    private readonly int[][] _ascii = new int[128 * 128][];
    private readonly int[] _single;
    /// <summary>One bit per ASCII bigram that starts some pattern: most positions of a key are rejected here (2 KB, stays in cache).</summary>
    private readonly ulong[] _bigrams = new ulong[128 * 128 / 64];
    private readonly bool _hasNonAscii;

    public HintPatterns(string[] patterns)
    {
        _patterns = patterns;
        var lists = new Dictionary<int, List<int>>();
        var single = new List<int>();
        for (int i = 0; i < patterns.Length; i++)
        {
            var p = patterns[i];
            if (p.Length == 0) continue;
            if (p.Length == 1) { single.Add(i); continue; }
            int key = (p[0] << 16) | p[1];
            if (!lists.TryGetValue(key, out var l)) lists[key] = l = new List<int>();
            l.Add(i);
        }
        foreach (var (key, l) in lists)
        {
            int a = key >> 16, b = key & 0xFFFF;
            if (a < 128 && b < 128)
            {
                _ascii[a * 128 + b] = l.ToArray();
                _bigrams[(a * 128 + b) >> 6] |= 1UL << ((a * 128 + b) & 63);
            }
            else { _buckets[key] = l.ToArray(); _hasNonAscii = true; }
        }
        _single = single.ToArray();
    }

    public IReadOnlyList<string> Patterns => _patterns;

    /// <summary>Index (in list order) of the first pattern contained in <paramref name="key"/>, or -1.</summary>
    public int FirstMatch(ReadOnlySpan<char> key, bool any = false)
    {
        int best = int.MaxValue;
        foreach (int s in _single)
        {
            if (s >= best) break;
            if (key.IndexOf(_patterns[s][0]) >= 0) { best = s; if (any) return s; }
        }
        for (int i = 0; i + 1 < key.Length; i++)
        {
            char a = key[i], b = key[i + 1];
            int[]? bucket;
            if ((a | b) < 128)
            {
                int bi = a * 128 + b;
                if ((_bigrams[bi >> 6] & (1UL << (bi & 63))) == 0) continue;
                bucket = _ascii[bi];
            }
            else bucket = _hasNonAscii ? _buckets.GetValueOrDefault((a << 16) | b) : null;
            if (bucket is null) continue;
            foreach (int pi in bucket)
            {
                if (pi >= best) break;
                if (key[i..].StartsWith(_patterns[pi], StringComparison.Ordinal))
                {
                    best = pi;
                    if (any || pi == 0) return pi;
                    break;
                }
            }
        }
        return best == int.MaxValue ? -1 : best;
    }

    public bool Any(ReadOnlySpan<char> key) => FirstMatch(key, any: true) >= 0;
}
