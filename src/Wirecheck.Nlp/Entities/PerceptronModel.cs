namespace Wirecheck.Nlp.Entities;

using System.IO.Compression;

/// <summary>
/// Weights of the averaged-perceptron BIO tagger: feature hash → one weight per tag. Stored sparse,
/// quantised to 16 bits, gzip-compressed (<c>data/models/ner.bin</c>).
/// </summary>
public sealed class PerceptronModel
{
    private const string Magic = "WCNER1";
    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;
    public int Tags { get; }
    public int FeatureCount => _rows.Count;
    public string Notes { get; }

    public PerceptronModel(Dictionary<ulong, int> rows, float[] weights, int tags, string notes)
    {
        _rows = rows;
        _weights = weights;
        Tags = tags;
        Notes = notes;
    }

    /// <summary>Adds the weights of each feature to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        int t = Tags;
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) continue;
            var w = _weights.AsSpan(row * t, t);
            for (int k = 0; k < t; k++) scores[k] += w[k];
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        float max = 0;
        foreach (var w in _weights) max = Math.Max(max, Math.Abs(w));
        float scale = max > 0 ? 32000f / max : 1f;
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var bw = new BinaryWriter(gz);
        bw.Write(Magic);
        bw.Write(Notes);
        bw.Write(Tags);
        bw.Write(scale);
        // Sorted by hash so the file is the same for the same weights.
        var keys = _rows.Keys.ToArray();
        Array.Sort(keys);
        bw.Write(keys.Length);
        Span<short> q = stackalloc short[Tags];
        foreach (var key in keys)
        {
            int row = _rows[key];
            int nonzero = 0;
            for (int k = 0; k < Tags; k++)
            {
                q[k] = (short)Math.Clamp(MathF.Round(_weights[row * Tags + k] * scale), short.MinValue, short.MaxValue);
                if (q[k] != 0) nonzero++;
            }
            bw.Write(key);
            bw.Write((byte)nonzero);
            for (int k = 0; k < Tags; k++)
                if (q[k] != 0) { bw.Write((byte)k); bw.Write(q[k]); }
        }
    }

    public static PerceptronModel Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var br = new BinaryReader(new BufferedStream(gz, 1 << 16));
        if (br.ReadString() != Magic) throw new InvalidDataException($"{path}: not a Wirecheck NER model");
        var notes = br.ReadString();
        int tags = br.ReadInt32();
        float scale = br.ReadSingle();
        int n = br.ReadInt32();
        if (tags <= 0 || tags > 64 || n < 0 || n > 50_000_000) throw new InvalidDataException($"{path}: corrupt header");
        var rows = new Dictionary<ulong, int>(n);
        var weights = new float[(long)n * tags];
        for (int i = 0; i < n; i++)
        {
            ulong key = br.ReadUInt64();
            rows[key] = i;
            int nz = br.ReadByte();
            for (int j = 0; j < nz; j++)
            {
                int k = br.ReadByte();
                short v = br.ReadInt16();
                if (k < tags) weights[i * tags + k] = v / scale;
            }
        }
        return new PerceptronModel(rows, weights, tags, notes);
    }
}
