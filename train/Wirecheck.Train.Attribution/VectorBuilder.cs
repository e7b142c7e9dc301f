namespace Wirecheck.Train.Attribution;

using System.IO.Compression;
using System.Xml.Linq;
using Wirecheck.Eval.Attribution;
using Wirecheck.Nlp.Entities;
using Wirecheck.Nlp.Quotes;
using Wirecheck.Store.Embeddings;

/// <summary>
/// Builds the tagger's static word vectors (<see cref="WordVectors"/>), Model2Vec-style: the most frequent lower-cased
/// words (with a letter) of PolNeAR train texts and the openly licensed news-like texts under
/// <c>../shared/datasets</c> (GUM, wikigold, GeoVirus, CheckThat! train), each encoded alone by all-MiniLM-L6-v2 (384
/// dimensions, one single-threaded session), centred and reduced by PCA (Jacobi eigenvectors of the covariance, each
/// signed so its largest component is positive), scaled so the values' root mean square is <see cref="Rms"/>.
/// Deterministic: words are ordered by count then ordinal spelling; only their hashes are written.
/// </summary>
public static class VectorBuilder
{
    public const float Rms = 0.5f;

    public static WordVectors Build(string datasets, int vocabulary, int dims, TextWriter log)
    {
        var counts = new Dictionary<ulong, (string Word, int Count)>();
        void Add(ReadOnlySpan<char> w)
        {
            if (w.Length is 0 or > 30) return;
            bool letter = false;
            foreach (var ch in w) letter |= char.IsLetter(ch);
            if (!letter) return;
            ulong h = NerFeatures.Hash(w, lower: true);
            if (counts.TryGetValue(h, out var e)) counts[h] = (e.Word, e.Count + 1);
            else counts[h] = (w.ToString().ToLowerInvariant(), 1);
        }
        var tokenizer = new Wirecheck.Nlp.Tokens.TokenizerStage();
        void AddText(string text)
        {
            var article = Wirecheck.Extraction.Text.PlainTextExtractor.Verbatim(text, new Wirecheck.Core.Model.InputInfo("v", null, null));
            tokenizer.Process(article, CancellationToken.None);
            foreach (var t in article.Tokens) Add(text.AsSpan(t.Start, t.End - t.Start));
        }
        int texts = 0;
        foreach (var d in PolnearReader.Read(Path.Combine(datasets, "attribution/polnear/polnear_train.jsonl.gz"))) { AddText(d.Text); texts++; }
        using (var s = Open(Path.Combine(datasets, "geo/GeoVirus/GeoVirus.xml.gz")))
            foreach (var t in XDocument.Load(s).Descendants("text")) { AddText(t.Value); texts++; }
        using (var r = new StreamReader(Open(Path.Combine(datasets, "checkworthy/CT24_checkworthy_english_train.tsv.gz"))))
        {
            r.ReadLine();
            for (string? line; (line = r.ReadLine()) is not null;)
            {
                var parts = line.Split('\t');
                if (parts.Length >= 2) { AddText(parts[1]); texts++; }
            }
        }
        foreach (var bio in new[] { "ner/gum-all/train.bio", "ner/wikigold/wikigold.bio" })
            foreach (var line in File.ReadLines(Path.Combine(datasets, bio)))
            {
                if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) continue;
                int tab = line.IndexOf('\t');
                Add(tab < 0 ? line : line.AsSpan(0, tab));
            }
        var chosen = counts.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.Word, StringComparer.Ordinal)
            .Take(vocabulary).OrderBy(kv => kv.Key).ToList();
        log.WriteLine($"{counts.Count} distinct words in {texts} texts and two token lists; {chosen.Count} kept");

        const int D = MiniLmEncoder.Dims;
        var raw = new float[chosen.Count][];
        using (var encoder = new MiniLmEncoder(threads: 1, batchSize: 64, workers: 1))
        {
            var words = chosen.Select(kv => kv.Value.Word).ToList();
            for (int at = 0; at < words.Count; at += 4096)
            {
                var part = encoder.Encode(words.GetRange(at, Math.Min(4096, words.Count - at)), CancellationToken.None);
                Array.Copy(part, 0, raw, at, part.Length);
                log.WriteLine($"encoded {Math.Min(words.Count, at + 4096)} / {words.Count}");
            }
        }
        var mean = new double[D];
        foreach (var v in raw) for (int j = 0; j < D; j++) mean[j] += v[j];
        for (int j = 0; j < D; j++) mean[j] /= raw.Length;
        var cov = new double[D, D];
        var c = new double[D];
        foreach (var v in raw)
        {
            for (int j = 0; j < D; j++) c[j] = v[j] - mean[j];
            for (int a = 0; a < D; a++) for (int b = a; b < D; b++) cov[a, b] += c[a] * c[b];
        }
        for (int a = 0; a < D; a++) for (int b = a; b < D; b++) { cov[a, b] /= raw.Length; cov[b, a] = cov[a, b]; }
        var (values, vectors) = Jacobi(cov);
        var top = Enumerable.Range(0, D).OrderByDescending(k => values[k]).ThenBy(k => k).Take(dims).ToArray();
        double total = values.Sum(), kept = top.Sum(k => values[k]);
        log.WriteLine($"PCA {D} -> {dims}: {kept / total:P1} of the variance kept");
        var proj = new double[dims, D];
        for (int k = 0; k < dims; k++)
        {
            int col = top[k], arg = 0;
            for (int j = 1; j < D; j++) if (Math.Abs(vectors[j, col]) > Math.Abs(vectors[arg, col])) arg = j;
            double sign = vectors[arg, col] < 0 ? -1 : 1;
            for (int j = 0; j < D; j++) proj[k, j] = sign * vectors[j, col];
        }
        double scale = Rms / Math.Sqrt(kept / dims);
        var outValues = new float[raw.Length * dims];
        for (int i = 0; i < raw.Length; i++)
            for (int k = 0; k < dims; k++)
            {
                double s = 0;
                for (int j = 0; j < D; j++) s += proj[k, j] * (raw[i][j] - mean[j]);
                outValues[i * dims + k] = (float)(s * scale);
            }
        return new WordVectors(chosen.Select(kv => kv.Key).ToArray(), outValues, dims);
    }

    private static Stream Open(string path)
    {
        Stream s = File.OpenRead(path);
        return path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(s, CompressionMode.Decompress) : s;
    }

    /// <summary>Eigenvalues and eigenvectors (columns) of a symmetric matrix by cyclic Jacobi rotations.</summary>
    internal static (double[] Values, double[,] Vectors) Jacobi(double[,] input)
    {
        int n = input.GetLength(0);
        var a = (double[,])input.Clone();
        var v = new double[n, n];
        for (int i = 0; i < n; i++) v[i, i] = 1;
        for (int sweep = 0; sweep < 60; sweep++)
        {
            double off = 0;
            for (int p = 0; p < n; p++) for (int q = p + 1; q < n; q++) off += a[p, q] * a[p, q];
            if (off < 1e-22) break;
            for (int p = 0; p < n; p++)
                for (int q = p + 1; q < n; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300) continue;
                    double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    double t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    double cs = 1 / Math.Sqrt(t * t + 1), sn = t * cs;
                    for (int k = 0; k < n; k++)
                    {
                        double akp = a[k, p], akq = a[k, q];
                        a[k, p] = cs * akp - sn * akq;
                        a[k, q] = sn * akp + cs * akq;
                    }
                    for (int k = 0; k < n; k++)
                    {
                        double apk = a[p, k], aqk = a[q, k];
                        a[p, k] = cs * apk - sn * aqk;
                        a[q, k] = sn * apk + cs * aqk;
                    }
                    for (int k = 0; k < n; k++)
                    {
                        double vkp = v[k, p], vkq = v[k, q];
                        v[k, p] = cs * vkp - sn * vkq;
                        v[k, q] = sn * vkp + cs * vkq;
                    }
                }
        }
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = a[i, i];
        return (values, v);
    }
}
