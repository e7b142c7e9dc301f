namespace Wirecheck.Store.Ingest;

using System.IO.Compression;

/// <summary>Brotli for stored bytes (original input and analysis JSON): quality 1 keeps packing off the ingest's critical path.</summary>
public static class Compression
{
    public const int Quality = 1;
    public const int Window = 20;

    public static byte[] Pack(ReadOnlySpan<byte> data)
    {
        var dest = new byte[BrotliEncoder.GetMaxCompressedLength(data.Length)];
        if (!BrotliEncoder.TryCompress(data, dest, out int written, Quality, Window))
            throw new InvalidOperationException("brotli compression failed");
        return dest.AsSpan(0, written).ToArray();
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
