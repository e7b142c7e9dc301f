namespace Wirecheck.Extraction.Input;

using System.IO.Compression;

/// <summary>Reads a path, "-" (stdin) or a URL into a <see cref="RawInput"/>, with size bounds.</summary>
public static class InputReader
{
    public static bool IsUrl(string s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public static async Task<RawInput> ReadAsync(string spec, ExtractionOptions options, CancellationToken ct)
    {
        if (spec == "-")
        {
            var bytes = await ReadBoundedAsync(Console.OpenStandardInput(), options.MaxInputBytes, "standard input", ct);
            return new RawInput(bytes, null, null, null, Sniff(bytes, null));
        }
        if (IsUrl(spec)) return await UrlFetcher.FetchAsync(spec, options, ct);
        if (!File.Exists(spec))
            throw new InputException(Directory.Exists(spec) ? $"{spec}: is a directory" : $"{spec}: no such file");
        byte[] data;
        try
        {
            await using var fs = File.OpenRead(spec);
            if (spec.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                await using var gz = new GZipStream(fs, CompressionMode.Decompress);
                data = await ReadBoundedAsync(gz, options.MaxInputBytes, spec, ct);
            }
            else data = await ReadBoundedAsync(fs, options.MaxInputBytes, spec, ct);
        }
        catch (InvalidDataException e) { throw new InputException($"{spec}: not valid gzip data ({e.Message})", e); }
        catch (IOException e) { throw new InputException($"{spec}: {e.Message}", e); }
        catch (UnauthorizedAccessException e) { throw new InputException($"{spec}: permission denied", e); }
        string name = spec.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? spec[..^3] : spec;
        return new RawInput(data, Path.GetFullPath(spec), null, null, Sniff(data, name));
    }

    /// <summary>Reads at most <paramref name="max"/> bytes; more is an error (this bounds gzip bombs too).</summary>
    public static async Task<byte[]> ReadBoundedAsync(Stream s, long max, string what, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        var buf = new byte[81920];
        while (true)
        {
            int n = await s.ReadAsync(buf, ct);
            if (n == 0) break;
            if (ms.Length + n > max)
                throw new InputException($"{what}: larger than the limit of {max / (1024 * 1024)} MB");
            ms.Write(buf, 0, n);
        }
        return ms.ToArray();
    }

    /// <summary>Decides text or HTML from the file name, then from the first bytes.</summary>
    public static InputKind Sniff(ReadOnlySpan<byte> bytes, string? name)
    {
        if (name is not null)
        {
            var ext = Path.GetExtension(name).ToLowerInvariant();
            if (ext is ".html" or ".htm" or ".xhtml" or ".shtml") return InputKind.Html;
            if (ext is ".txt" or ".text" or ".md") return InputKind.Text;
        }
        var head = bytes[..Math.Min(bytes.Length, 2048)];
        int i = 0;
        while (i < head.Length && (head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF or 0xFE or 0xFF)) i++;
        if (i < head.Length && head[i] == (byte)'<')
        {
            var s = System.Text.Encoding.ASCII.GetString(head[i..]).ToLowerInvariant();
            if (s.StartsWith("<!doctype html") || s.StartsWith("<html") || s.Contains("<body") || s.Contains("<head") || s.Contains("<div") || s.Contains("<p>") || s.Contains("<meta"))
                return InputKind.Html;
        }
        return InputKind.Text;
    }
}
