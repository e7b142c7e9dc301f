namespace Wirecheck.Nlp.Entities;

/// <summary>
/// Builds <see cref="WordClusters"/> from tokenised text, deterministically: each word seen at least
/// <see cref="MinCount"/> times (lower case) is described by its neighbours at ±1 and ±2 (the
/// <see cref="ContextWords"/> most frequent words, other words by shape), weighted by positive pointwise mutual
/// information and length-normalised; the words are then split recursively in two by spherical 2-means (bisecting
/// k-means) down to <see cref="Depth"/> levels, which gives every word a binary path like a Brown cluster.
/// </summary>
public sealed class ClusterBuilder
{
    public int MinCount { get; init; } = 2;
    public int ContextWords { get; init; } = 800;
    public int Depth { get; init; } = 14;
    public int Iterations { get; init; } = 8;

    private const int Shapes = 4;
    private int[] _mark = [];
    private int _stamp; // capitalised, lower case, number, other

    public sealed record Result(string[] Words, string[] Paths, int[] Counts, long Tokens);

    public Result Build(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var list = sentences.Select(s => s.Select(w => w.ToLowerInvariant()).ToArray()).ToList();
        var origCase = sentences.Select(s => s.ToArray()).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        long tokens = 0;
        foreach (var s in list) foreach (var w in s) { counts[w] = counts.GetValueOrDefault(w) + 1; tokens++; }
        var vocab = counts.Where(kv => kv.Value >= MinCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToArray();
        var id = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocab.Length; i++) id[vocab[i]] = i;
        int ctxSize = Math.Min(ContextWords, vocab.Length) + Shapes;
        int dims = 4 * ctxSize;
        var rows = new Dictionary<int, float>[vocab.Length];
        for (int i = 0; i < rows.Length; i++) rows[i] = new Dictionary<int, float>();
        var feat = new double[dims];
        for (int si = 0; si < list.Count; si++)
        {
            var s = list[si];
            var o = origCase[si];
            for (int i = 0; i < s.Length; i++)
            {
                if (!id.TryGetValue(s[i], out var w)) continue;
                int block = 0;
                foreach (var d in new[] { -2, -1, 1, 2 })
                {
                    int j = i + d;
                    int c = j < 0 ? ctxSize - 1 : j >= s.Length ? ctxSize - 1 : Context(s[j], o[j], id, ctxSize);
                    int f = block * ctxSize + c;
                    rows[w][f] = rows[w].GetValueOrDefault(f) + 1;
                    block++;
                }
            }
        }
        // PPMI weighting and L2 normalisation.
        var colTotal = new double[dims];
        double all = 0;
        foreach (var r in rows) foreach (var (f, v) in r) { colTotal[f] += v; all += v; }
        var idx = new int[vocab.Length][];
        var val = new float[vocab.Length][];
        for (int w = 0; w < vocab.Length; w++)
        {
            double rowTotal = rows[w].Values.Sum();
            var keys = rows[w].Keys.OrderBy(k => k).ToArray();
            var vals = new List<float>();
            var ks = new List<int>();
            foreach (var f in keys)
            {
                double pmi = Math.Log(rows[w][f] * all / (rowTotal * colTotal[f]));
                if (pmi > 0) { ks.Add(f); vals.Add((float)pmi); }
            }
            double norm = Math.Sqrt(vals.Sum(v => (double)v * v));
            idx[w] = ks.ToArray();
            val[w] = vals.Select(v => norm > 0 ? (float)(v / norm) : 0f).ToArray();
        }
        var paths = new System.Text.StringBuilder[vocab.Length];
        for (int i = 0; i < paths.Length; i++) paths[i] = new System.Text.StringBuilder();
        var groups = new List<int[]> { Enumerable.Range(0, vocab.Length).ToArray() };
        var centroid = new float[2][] { new float[dims], new float[dims] };
        _mark = new int[dims];
        for (int level = 0; level < Depth; level++)
        {
            var next = new List<int[]>();
            foreach (var g in groups)
            {
                if (g.Length < 4) { next.Add(g); continue; }
                var side = Split(g, idx, val, centroid, dims);
                var left = new List<int>();
                var right = new List<int>();
                for (int k = 0; k < g.Length; k++) (side[k] ? right : left).Add(g[k]);
                if (left.Count == 0 || right.Count == 0) { next.Add(g); continue; }
                foreach (var w in left) paths[w].Append('0');
                foreach (var w in right) paths[w].Append('1');
                next.Add(left.ToArray());
                next.Add(right.ToArray());
            }
            groups = next;
        }
        return new Result(vocab, paths.Select(p => p.Length == 0 ? "0" : p.ToString()).ToArray(), vocab.Select(w => counts[w]).ToArray(), tokens);
    }

    private int Context(string lower, string orig, Dictionary<string, int> id, int ctxSize)
    {
        if (id.TryGetValue(lower, out var c) && c < ctxSize - Shapes) return c;
        if (orig.Length > 0 && char.IsUpper(orig[0])) return ctxSize - Shapes;
        if (orig.Length > 0 && char.IsLower(orig[0])) return ctxSize - Shapes + 1;
        if (orig.Length > 0 && char.IsDigit(orig[0])) return ctxSize - Shapes + 2;
        return ctxSize - 1;
    }

    /// <summary>Spherical 2-means on one group of words; true = the second half.</summary>
    private bool[] Split(int[] g, int[][] idx, float[][] val, float[][] centroid, int dims)
    {
        static double Dot(int[] ix, float[] vx, float[] c)
        {
            double s = 0;
            for (int k = 0; k < ix.Length; k++) s += vx[k] * c[ix[k]];
            return s;
        }
        void SetTo(float[] c, int w) { for (int k = 0; k < idx[w].Length; k++) c[idx[w][k]] = val[w][k]; }
        // Seeds: the member least like the group's mean, then the member least like that one (ties: the more frequent).
        foreach (var w in g) for (int k = 0; k < idx[w].Length; k++) centroid[0][idx[w][k]] += val[w][k];
        int a = g[0];
        double worst = double.MaxValue;
        foreach (var w in g)
        {
            double d = Dot(idx[w], val[w], centroid[0]);
            if (d < worst) { worst = d; a = w; }
        }
        foreach (var w in g) foreach (var f in idx[w]) centroid[0][f] = 0;
        SetTo(centroid[0], a);
        int b = a;
        worst = double.MaxValue;
        foreach (var w in g)
        {
            double d = Dot(idx[w], val[w], centroid[0]);
            if (w != a && d < worst) { worst = d; b = w; }
        }
        SetTo(centroid[1], b);
        // Only the dimensions some member uses are touched (cheap splits deep in the tree).
        var touched = new List<int>();
        foreach (var w in g) foreach (var f in idx[w]) if (_mark[f] != _stamp + 1) { _mark[f] = _stamp + 1; touched.Add(f); }
        _stamp++;
        var side = new bool[g.Length];
        for (int it = 0; it < Iterations; it++)
        {
            bool changed = false;
            for (int k = 0; k < g.Length; k++)
            {
                int w = g[k];
                bool s = Dot(idx[w], val[w], centroid[1]) > Dot(idx[w], val[w], centroid[0]);
                changed |= s != side[k];
                side[k] = s;
            }
            if (!changed && it > 0) break;
            foreach (var f in touched) { centroid[0][f] = 0; centroid[1][f] = 0; }
            for (int k = 0; k < g.Length; k++)
            {
                var c = centroid[side[k] ? 1 : 0];
                int w = g[k];
                for (int j = 0; j < idx[w].Length; j++) c[idx[w][j]] += val[w][j];
            }
            foreach (var c in centroid)
            {
                double n = 0;
                foreach (var f in touched) n += (double)c[f] * c[f];
                n = Math.Sqrt(n);
                if (n > 0) foreach (var f in touched) c[f] = (float)(c[f] / n);
            }
        }
        foreach (var f in touched) { centroid[0][f] = 0; centroid[1][f] = 0; }
        return side;
    }
}
