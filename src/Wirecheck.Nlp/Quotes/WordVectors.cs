namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Text;

/// <summary>
/// Static word vectors for the neural attribution tagger (<see cref="NeuralInput"/>'s pretrained-word group): a row
/// per word, keyed by the word's lower-case 64-bit hash (<see cref="Wirecheck.Nlp.Entities.NerFeatures.Hash"/>), so the
/// file holds no word. Built offline by <c>train/Wirecheck.Train.Attribution --build-vectors</c> (each word encoded
/// alone by all-MiniLM-L6-v2, reduced by PCA); inference only reads it.
/// File: <see cref="Magic"/>, count, dims, the hashes in ascending order, then count × dims 16-bit floats.
/// </summary>
public sealed class WordVectors
{
    public const string Magic = "WCWVEC1";
    public const string DefaultPath = "models/attribution-wordvec.bin";
    private const int MaxCount = 1 << 20, MaxDims = 1024;

    private static readonly Lazy<WordVectors?> DefaultLazy = new(() =>
    {
        var path = DataFiles.PathOf(DefaultPath);
        if (!File.Exists(path)) return null;
        using var f = File.OpenRead(path);
        return Load(f, path);
    });

    private readonly Dictionary<ulong, int> _rows;

    /// <summary>The committed table, or null when its file is missing.</summary>
    public static WordVectors? Default => DefaultLazy.Value;

    /// <summary>The word hashes in ascending order (row r + 1 of the tagger's table is <c>Hashes[r]</c>).</summary>
    public ulong[] Hashes { get; }

    /// <summary>Count × <see cref="Dims"/> values, row by row.</summary>
    public float[] Values { get; }

    public int Dims { get; }

    public int Count => Hashes.Length;

    public WordVectors(ulong[] hashes, float[] values, int dims)
    {
        if (dims < 1 || values.Length != hashes.Length * dims) throw new ArgumentException("one row of dims values per hash");
        for (int i = 1; i < hashes.Length; i++)
            if (hashes[i] <= hashes[i - 1]) throw new ArgumentException("hashes must be distinct and ascending", nameof(hashes));
        Hashes = hashes; Values = values; Dims = dims;
        _rows = new Dictionary<ulong, int>(hashes.Length);
        for (int i = 0; i < hashes.Length; i++) _rows[hashes[i]] = i + 1;
    }

    /// <summary>The 1-based row of a word's lower-case hash, 0 when the word has no vector.</summary>
    public int RowOf(ulong lowerHash) => _rows.TryGetValue(lowerHash, out var r) ? r : 0;

    /// <summary>The vector of 1-based row <paramref name="row"/>.</summary>
    public ReadOnlySpan<float> Vector(int row) => Values.AsSpan((row - 1) * Dims, Dims);

    public void Save(Stream stream)
    {
        using var bw = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        bw.Write(Magic);
        bw.Write(Count);
        bw.Write(Dims);
        foreach (var h in Hashes) bw.Write(h);
        foreach (var v in Values) bw.Write((Half)v);
    }

    public static WordVectors Load(Stream stream, string name)
    {
        using var br = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (br.ReadString() != Magic) throw new InvalidDataException($"{name}: not a word-vector table ({Magic})");
        int count = br.ReadInt32(), dims = br.ReadInt32();
        if (count is < 0 or > MaxCount || dims is < 1 or > MaxDims) throw new InvalidDataException($"{name}: bad shape {count} × {dims}");
        var hashes = new ulong[count];
        for (int i = 0; i < count; i++) hashes[i] = br.ReadUInt64();
        var bytes = br.ReadBytes(count * dims * 2);
        if (bytes.Length != count * dims * 2) throw new InvalidDataException($"{name}: truncated");
        var halves = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(bytes);
        var values = new float[count * dims];
        for (int i = 0; i < values.Length; i++) values[i] = (float)halves[i];
        try { return new WordVectors(hashes, values, dims); }
        catch (ArgumentException e) { throw new InvalidDataException($"{name}: {e.Message}"); }
    }
}
