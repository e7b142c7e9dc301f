namespace Wirecheck.Nlp.Quotes;

using System.IO.Compression;

/// <summary>
/// Weights of the attribution tagger: feature hash → one weight per <see cref="RoleTags"/> tag. Holds hashed
/// feature weights only (no words or other text). Stored sparse, quantised to 16 bits, gzip-compressed.
/// </summary>
public sealed class AttributionModel
{
    private const string Magic = "WCATTR1";
    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;
    // scoring table: open addressing, linear probing; slot i holds a key and its 8 weights (7 used) side by side
    private readonly ulong[] _keys;
    private readonly float[] _slots;
    private readonly int _shift;

    public AttributionModel(Dictionary<ulong, int> rows, float[] weights, string notes)
    {
        _rows = rows;
        _weights = weights;
        Notes = notes;
        int bits = 4;
        while ((1 << bits) < rows.Count * 4 / 3 + 1) bits++;
        _shift = 64 - bits;
        _keys = new ulong[1 << bits];
        _slots = new float[(1 << bits) * 8];
        foreach (var (key, row) in rows)
        {
            ulong k = key == 0 ? 1 : key;
            int i = Slot(k);
            while (_keys[i] != 0) i = (i + 1) & (_keys.Length - 1);
            _keys[i] = k;
            for (int t = 0; t < RoleTags.Count; t++) _slots[i * 8 + t] = weights[row * RoleTags.Count + t];
        }
    }

    public int FeatureCount => _rows.Count;
    public string Notes { get; }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        int mask = _keys.Length - 1;
        foreach (var f0 in features)
        {
            ulong f = f0 == 0 ? 1 : f0;
            int i = Slot(f);
            while (true)
            {
                ulong k = _keys[i];
                if (k == f)
                {
                    var w = _slots.AsSpan(i * 8, RoleTags.Count);
                    for (int t = 0; t < RoleTags.Count; t++) scores[t] += w[t];
                    break;
                }
                if (k == 0) break;
                i = (i + 1) & mask;
            }
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
        bw.Write(scale);
        var keys = _rows.Keys.ToArray();
        Array.Sort(keys);
        bw.Write(keys.Length);
        Span<short> q = stackalloc short[RoleTags.Count];
        foreach (var key in keys)
        {
            int row = _rows[key], nonzero = 0;
            for (int k = 0; k < RoleTags.Count; k++)
            {
                q[k] = (short)Math.Clamp(MathF.Round(_weights[row * RoleTags.Count + k] * scale), short.MinValue, short.MaxValue);
                if (q[k] != 0) nonzero++;
            }
            bw.Write(key);
            bw.Write((byte)nonzero);
            for (int k = 0; k < RoleTags.Count; k++) if (q[k] != 0) { bw.Write((byte)k); bw.Write(q[k]); }
        }
    }

    public static AttributionModel Load(Stream stream, string name)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var br = new BinaryReader(new BufferedStream(gz, 1 << 16));
        if (br.ReadString() != Magic) throw new InvalidDataException($"{name}: not a Wirecheck attribution model");
        var notes = br.ReadString();
        float scale = br.ReadSingle();
        int n = br.ReadInt32();
        if (n < 0 || n > 20_000_000 || !(scale > 0)) throw new InvalidDataException($"{name}: corrupt header");
        var rows = new Dictionary<ulong, int>(n);
        var weights = new float[(long)n * RoleTags.Count];
        for (int i = 0; i < n; i++)
        {
            rows[br.ReadUInt64()] = i;
            int nz = br.ReadByte();
            for (int j = 0; j < nz; j++)
            {
                int k = br.ReadByte();
                short v = br.ReadInt16();
                if (k < RoleTags.Count) weights[i * RoleTags.Count + k] = v / scale;
            }
        }

        return new AttributionModel(rows, weights, notes);
    }
}
