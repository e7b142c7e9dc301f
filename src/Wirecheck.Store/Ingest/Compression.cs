namespace Wirecheck.Store.Ingest;

using System.IO.Compression;

/// <summary>Brotli for stored bytes (original input and analysis JSON): quality 1 keeps packing off the ingest's critical path.</summary>
public static class Compression
{
    public const int Quality = 1;
    public const int Window = 20;

    public static byte[] Pack(ReadOnlySpan<byte> data) => Pack(data, Quality);

    public static byte[] Pack(ReadOnlySpan<byte> data, int quality)
    {
        // the worst-case buffer is rented (a new one per document would be a large-object allocation, each of
        // which counts toward a full collection); only the compressed bytes are copied out
        var dest = System.Buffers.ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(data.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(data, dest, out int written, quality, Window))
                throw new InvalidOperationException("brotli compression failed");
            return dest.AsSpan(0, written).ToArray();
        }
        finally { System.Buffers.ArrayPool<byte>.Shared.Return(dest); }
    }

    public static byte[] Unpack(byte[] data)
    {
        using var input = new MemoryStream(data);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(data.Length * 4);
        brotli.CopyTo(output);
        return output.ToArray();
    }

    public static string UnpackString(byte[] data) => System.Text.Encoding.UTF8.GetString(Unpack(data));
}
