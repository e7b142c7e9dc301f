namespace Wirecheck.Nlp.Entities;

using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

/// <summary>
/// Weights of an averaged-perceptron tagger: feature hash → one weight per tag (hashed features only, no text).
/// Stored sparse, quantised to 16 bits, gzip-compressed, behind a magic string naming the model's kind
/// (<see cref="NerMagic"/> for <c>data/models/ner.bin</c>; the attribution tagger uses its own). In memory: an open-addressing table of
/// feature hashes (linear probing, power-of-two size) pointing into one flat weight array whose rows are padded
/// to <see cref="Stride"/> floats, so scoring a feature is one probe and one vector add, with no allocation.
/// </summary>
public sealed class PerceptronModel
{
    /// <summary>The file kind of the NER tagger's model.</summary>
    public const string NerMagic = "WCNER1";
    /// <summary>Floats per weight row (the tag count rounded up to a multiple of the vector width).</summary>
    public int Stride { get; }
    /// <summary>Hash and weight row side by side, so a probe touches one cache line; Slot -1 = empty.</summary>
    private struct Entry
    {
        public ulong Key;
        public int Slot;
    }

    private readonly Entry[] _table;
    private readonly int _mask;
    /// <summary>
    /// One bit per <see cref="FilterBit"/> value, set for every key of the model (about 8 bits per key, so it stays in
    /// the CPU cache while the table does not): a clear bit proves a feature unknown without reading the table.
    /// </summary>
    private readonly ulong[] _filter;
    private readonly int _filterShift;
    private readonly float[] _weights;
    public int Tags { get; }
    public int FeatureCount { get; }
    public string Notes { get; }

    /// <summary>A model from feature rows: <paramref name="rows"/> maps a feature to its row of <paramref name="tags"/> weights in <paramref name="weights"/>.</summary>
    public PerceptronModel(Dictionary<ulong, int> rows, float[] weights, int tags, string notes)
        : this(rows.Keys.ToArray(), rows.Values.ToArray(), weights, tags, notes) { }

    /// <summary>
    /// <paramref name="keys"/>[i] owns the weights <paramref name="weights"/>[rowOf[i]*tags .. +tags). Rows are inserted
    /// in key order, so the layout does not depend on the order they come in. A repeated key is an error (model files
    /// are written from a dictionary, so it means a damaged file).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PerceptronModel(ulong[] keys, int[] rowOf, float[] weights, int tags, string notes)
    {
        Tags = tags;
        Notes = notes;
        int v = Vector<float>.Count;
        Stride = (tags + v - 1) / v * v;
        int size = 16;
        while (size < keys.Length * 2) size <<= 1;
        _mask = size - 1;
        _table = new Entry[size];
        for (int i = 0; i < size; i++) _table[i].Slot = -1;
        _weights = new float[(long)keys.Length * Stride];
        int filterBits = 1 << 12;
        while (filterBits < keys.Length * 8L && filterBits < 1 << 26) filterBits <<= 1;
        _filter = new ulong[filterBits / 64];
        _filterShift = 64 - System.Numerics.BitOperations.Log2((uint)filterBits);
        foreach (var key in keys)
        {
            int bit = FilterBit(key, _filterShift);
            _filter[bit >> 6] |= 1UL << bit;
        }
        var sorted = (ulong[])keys.Clone();
        var order = (int[])rowOf.Clone();
        Array.Sort(sorted, order);
        int next = 0;
        for (int s = 0; s < sorted.Length; s++)
        {
            ulong key = sorted[s];
            if (s > 0 && sorted[s - 1] == key) throw new InvalidDataException("a model repeats a feature key");
            int at = Probe(key);
            int slot = next++;
            _table[at].Key = key;
            _table[at].Slot = slot;
            weights.AsSpan(order[s] * tags, tags).CopyTo(_weights.AsSpan(slot * Stride, tags));
        }
        FeatureCount = next;
    }

    /// <summary>The filter bit of a key: the top bits of the key times the golden ratio (independent of the table's bits 40+).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterBit(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Probe(ulong key)
    {
        int i = (int)(key >> 40) & _mask;
        while (_table[i].Slot >= 0 && _table[i].Key != key) i = (i + 1) & _mask;
        return i;
    }

    /// <summary>The weight row of a feature, or an empty span when the model does not know it.</summary>
    public ReadOnlySpan<float> Row(ulong feature)
    {
        int at = Probe(feature);
        int slot = _table[at].Slot;
        return slot < 0 ? default : _weights.AsSpan(slot * Stride, Tags);
    }

    /// <summary>Adds the weights of each feature to <paramref name="scores"/> (length ≥ <see cref="Stride"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < Stride) throw new ArgumentException($"scores needs {Stride} entries", nameof(scores));
        scores[..Stride].Clear();
        var acc = MemoryMarshal.Cast<float, Vector<float>>(scores[..Stride]);
        var table = _table;
        int mask = _mask;
        int width = Stride / Vector<float>.Count;
        ref float w0 = ref MemoryMarshal.GetArrayDataReference(_weights);
        // The tables are larger than the caches and each feature is a random probe: ask for every feature's table
        // entry first, then for every found row, so the memory reads overlap instead of waiting one after another.
        // A feature whose filter bit is clear is not in the model (slot -1) and its table entry is never read.
        Span<int> slots = features.Length <= 64 ? stackalloc int[features.Length] : new int[features.Length];
        var filter = _filter;
        int shift = _filterShift;
        ref Entry t0 = ref MemoryMarshal.GetArrayDataReference(table);
        for (int n = 0; n < features.Length; n++)
        {
            ulong f = features[n];
            int bit = FilterBit(f, shift);
            if ((filter[bit >> 6] & (1UL << bit)) == 0) { slots[n] = -1; continue; }
            slots[n] = 0;
            if (Sse.IsSupported) Prefetch(ref Unsafe.Add(ref t0, (int)(f >> 40) & mask));
        }
        for (int n = 0; n < features.Length; n++)
        {
            if (slots[n] < 0) continue;
            ulong f = features[n];
            int i = (int)(f >> 40) & mask;
            int slot;
            while ((slot = table[i].Slot) >= 0 && table[i].Key != f) i = (i + 1) & mask;
            slots[n] = slot;
            if (slot >= 0 && Sse.IsSupported) Prefetch(ref Unsafe.Add(ref w0, slot * Stride));
        }
        foreach (int slot in slots)
        {
            if (slot < 0) continue;
            ref float row = ref Unsafe.Add(ref w0, slot * Stride);
            for (int k = 0; k < width; k++)
                acc[k] += Unsafe.ReadUnaligned<Vector<float>>(ref Unsafe.As<float, byte>(ref Unsafe.Add(ref row, k * Vector<float>.Count)));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch<T>(ref T at) => Sse.Prefetch0(Unsafe.AsPointer(ref at));

    /// <summary>
    /// The mean of several models' weights (a feature missing from a model counts as zero there): the averaged
    /// tagger of models trained on different shuffles. Scoring cost is that of one model.
    /// </summary>
    public static PerceptronModel Average(IReadOnlyList<PerceptronModel> models, string notes)
    {
        int tags = models[0].Tags;
        var keys = new SortedSet<ulong>();
        foreach (var m in models) foreach (var e in m._table) if (e.Slot >= 0) keys.Add(e.Key);
        var rows = new Dictionary<ulong, int>(keys.Count);
        var weights = new float[(long)keys.Count * tags];
        foreach (var key in keys)
        {
            int row = rows.Count;
            rows[key] = row;
            foreach (var m in models)
            {
                var w = m.Row(key);
                for (int k = 0; k < w.Length; k++) weights[(long)row * tags + k] += w[k] / models.Count;
            }
        }
        return new PerceptronModel(rows, weights, tags, notes);
    }

    /// <summary>Writes the model; <paramref name="magic"/> names its kind and must be given again to <see cref="Load(string, string)"/>.</summary>
    public void Save(string path, string magic = NerMagic)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var keys = new List<ulong>(FeatureCount);
        foreach (var e in _table) if (e.Slot >= 0) keys.Add(e.Key);
        keys.Sort();
        float max = 0;
        foreach (var w in _weights) max = Math.Max(max, Math.Abs(w));
        float scale = max > 0 ? 32000f / max : 1f;
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var bw = new BinaryWriter(gz);
        bw.Write(magic);
        bw.Write(Notes);
        bw.Write(Tags);
        bw.Write(scale);
        // Sorted by hash so the file is the same for the same weights.
        bw.Write(keys.Count);
        Span<short> q = stackalloc short[Tags];
        foreach (var key in keys)
        {
            var row = Row(key);
            int nonzero = 0;
            for (int k = 0; k < Tags; k++)
            {
                q[k] = (short)Math.Clamp(MathF.Round(row[k] * scale), short.MinValue, short.MaxValue);
                if (q[k] != 0) nonzero++;
            }
            bw.Write(key);
            bw.Write((byte)nonzero);
            for (int k = 0; k < Tags; k++)
                if (q[k] != 0) { bw.Write((byte)k); bw.Write(q[k]); }
        }
    }

    public static PerceptronModel Load(string path, string magic = NerMagic)
    {
        using var file = File.OpenRead(path);
        return Load(file, path, magic);
    }

    /// <summary>Reads a model written by <see cref="Save"/> with the same <paramref name="magic"/>; <paramref name="name"/> is for errors.</summary>
    public static PerceptronModel Load(Stream stream, string name, string magic = NerMagic)
    {
        // The whole file is decompressed at once and its rows parsed from the buffer: a reader call per byte cost most
        // of a second for a model of a million rows, before tiered compilation had optimised the loop.
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms, 1 << 16);
        ms.Position = 0;
        using var br = new BinaryReader(ms, System.Text.Encoding.UTF8, leaveOpen: true);
        if (br.ReadString() != magic) throw new InvalidDataException($"{name}: not a Wirecheck model of kind {magic}");
        var notes = br.ReadString();
        int tags = br.ReadInt32();
        float scale = br.ReadSingle();
        int n = br.ReadInt32();
        if (tags <= 0 || tags > 64 || n < 0 || n > 50_000_000) throw new InvalidDataException($"{name}: corrupt header");
        var (keys, weights) = ReadRows(ms.GetBuffer().AsSpan((int)ms.Position, (int)(ms.Length - ms.Position)), n, tags, scale, name);
        var identity = new int[keys.Length];
        for (int i = 0; i < identity.Length; i++) identity[i] = i;
        return new PerceptronModel(keys, identity, weights, tags, notes);
    }

    /// <summary>The rows of a model file: per row a 64-bit key, a count of non-zero weights, then (tag byte, int16) pairs.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static (ulong[] Keys, float[] Weights) ReadRows(ReadOnlySpan<byte> data, int n, int tags, float scale, string name)
    {
        var keys = new ulong[n];
        var weights = new float[(long)n * tags];
        int pos = 0;
        for (int i = 0; i < n; i++)
        {
            if (data.Length - pos < 9) throw new InvalidDataException($"{name}: truncated at row {i} of {n}");
            keys[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(data[pos..]);
            int nz = data[pos + 8];
            pos += 9;
            if (data.Length - pos < nz * 3) throw new InvalidDataException($"{name}: truncated at row {i} of {n}");
            for (int j = 0; j < nz; j++, pos += 3)
            {
                int k = data[pos];
                short v = System.Buffers.Binary.BinaryPrimitives.ReadInt16LittleEndian(data[(pos + 1)..]);
                if (k < tags) weights[(long)i * tags + k] = v / scale;
            }
        }
        return (keys, weights);
    }
}
