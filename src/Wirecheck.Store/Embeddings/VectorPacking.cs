namespace Wirecheck.Store.Embeddings;

/// <summary>
/// Compact storage of a unit vector: one format byte, a float32 scale, then one signed byte per dimension
/// (value = byte × scale). 384 dimensions take 389 bytes instead of 1,536; the cosine error is below 0.01.
/// </summary>
public static class VectorPacking
{
    public const byte FormatInt8 = 1;
    private const int Header = 5;

    public static byte[] Pack(ReadOnlySpan<float> v)
    {
        float max = 0;
        foreach (var x in v) if (float.IsFinite(x)) max = Math.Max(max, Math.Abs(x));
        float scale = max > 0 ? max / 127f : 1f;
        var bytes = new byte[Header + v.Length];
        bytes[0] = FormatInt8;
        BitConverter.TryWriteBytes(bytes.AsSpan(1, 4), scale);
        for (int i = 0; i < v.Length; i++)
        {
            float x = float.IsFinite(v[i]) ? v[i] : 0;
            bytes[Header + i] = unchecked((byte)(sbyte)Math.Clamp(MathF.Round(x / scale), -127, 127));
        }
        return bytes;
    }

    /// <summary>The vector again, re-normalised to unit length; null for null, empty or unknown formats.</summary>
    public static float[]? Unpack(byte[]? bytes)
    {
        if (bytes is null || bytes.Length <= Header || bytes[0] != FormatInt8) return null;
        float scale = BitConverter.ToSingle(bytes, 1);
        if (!float.IsFinite(scale) || scale <= 0) return null;
        var v = new float[bytes.Length - Header];
        double n = 0;
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = unchecked((sbyte)bytes[Header + i]) * scale;
            n += v[i] * v[i];
        }
        if (n <= 0) return null;
        float inv = (float)(1 / Math.Sqrt(n));
        for (int i = 0; i < v.Length; i++) v[i] *= inv;
        return v;
    }

    public static float Cosine(float[] a, float[] b)
    {
        if (a.Length != b.Length) return 0;
        float s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
