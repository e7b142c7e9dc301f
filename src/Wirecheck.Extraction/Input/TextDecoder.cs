namespace Wirecheck.Extraction.Input;

using System.Text;

/// <summary>Decodes input bytes to a string. Invalid bytes become U+FFFD and a warning.</summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    /// <summary>Encodings by label, looked up once (<see cref="Encoding.GetEncoding(string)"/> is slow); null = unknown label.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Encoding?> ByLabel = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Decodes with, in order: BOM, the charset of <paramref name="contentType"/>, a declared charset in the first bytes (HTML), UTF-8.</summary>
    public static string Decode(byte[] bytes, string? contentType, List<string> warnings)
    {
        var (enc, bomLength) = FromBom(bytes);
        enc ??= FromCharsetName(CharsetOf(contentType));
        enc ??= FromCharsetName(SniffMetaCharset(bytes));
        enc ??= Encoding.UTF8;
        string text;
        if (enc.CodePage == Encoding.UTF8.CodePage)
        {
            try { text = StrictUtf8.GetString(bytes, bomLength, bytes.Length - bomLength); }
            catch (DecoderFallbackException)
            {
                text = Encoding.UTF8.GetString(bytes, bomLength, bytes.Length - bomLength);
                int bad = text.Count(c => c == '\uFFFD');
                warnings.Add($"invalid UTF-8: {bad} byte sequence(s) replaced by U+FFFD");
            }
        }
        else
        {
            text = enc.GetString(bytes, bomLength, bytes.Length - bomLength);
        }
        if (text.Contains('\0'))
        {
            warnings.Add("input contains NUL characters; they were removed");
            text = text.Replace("\0", "");
        }
        return text;
    }

    /// <summary>
    /// <see cref="Decode"/> into a rented buffer instead of a string (same encoding choice, same warnings, NULs removed).
    /// </summary>
    public static PooledText DecodePooled(byte[] bytes, string? contentType, List<string> warnings)
    {
        var (enc, bomLength) = FromBom(bytes);
        enc ??= FromCharsetName(CharsetOf(contentType));
        enc ??= FromCharsetName(SniffMetaCharset(bytes));
        enc ??= Encoding.UTF8;
        int count = bytes.Length - bomLength;
        var text = new PooledText(enc.GetMaxCharCount(count));
        try
        {
            var buffer = text.Buffer;
            if (enc.CodePage == Encoding.UTF8.CodePage)
            {
                try { text.Length = StrictUtf8.GetChars(bytes, bomLength, count, buffer, 0); }
                catch (DecoderFallbackException)
                {
                    text.Length = Encoding.UTF8.GetChars(bytes, bomLength, count, buffer, 0);
                    int bad = buffer.AsSpan(0, text.Length).Count('\uFFFD');
                    warnings.Add($"invalid UTF-8: {bad} byte sequence(s) replaced by U+FFFD");
                }
            }
            else text.Length = enc.GetChars(bytes, bomLength, count, buffer, 0);
            var span = buffer.AsSpan(0, text.Length);
            int nul = span.IndexOf('\0');
            if (nul >= 0)
            {
                warnings.Add("input contains NUL characters; they were removed");
                int w = nul;
                for (int r = nul; r < span.Length; r++)
                    if (span[r] != '\0') span[w++] = span[r];
                text.Length = w;
            }
            return text;
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    public static (Encoding? Encoding, int BomLength) FromBom(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (Encoding.UTF8, 3);
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return (Encoding.UTF32, 4);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (Encoding.Unicode, 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (Encoding.BigEndianUnicode, 2);
        return (null, 0);
    }

    public static string? CharsetOf(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        int i = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (i < 0) return null;
        var v = contentType[(i + 8)..].Trim().Trim('"', '\'');
        int semi = v.IndexOfAny(new[] { ';', ' ', '"', '\'' });
        return semi >= 0 ? v[..semi] : v;
    }

    /// <summary>Finds <c>&lt;meta charset&gt;</c> or an http-equiv content type in the first 4 KB.</summary>
    public static string? SniffMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 4096)];
        int from = 0;
        while (from < head.Length)
        {
            // "charset" in any case, found on the bytes (no copy)
            int c = head[from..].IndexOfAny((byte)'c', (byte)'C');
            if (c < 0) return null;
            int i = from + c;
            from = i + 1;
            if (i + 7 > head.Length || !System.Text.Ascii.EqualsIgnoreCase(head.Slice(i, 7), "charset"u8)) continue;
            int j = i + 7;
            while (j < head.Length && (head[j] == ' ' || head[j] == '=' || head[j] == '"' || head[j] == '\'')) j++;
            int k = j;
            while (k < head.Length && (char.IsAsciiLetterOrDigit((char)head[k]) || head[k] is (byte)'-' or (byte)'_' or (byte)':' or (byte)'.')) k++;
            if (k > j) return Encoding.ASCII.GetString(head[j..k]);
            from = i + 7;
        }
        return null;
    }

    public static Encoding? FromCharsetName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        if (name.Length > 64) return null;
        if (ByLabel.TryGetValue(name, out var cached)) return cached;
        var found = Lookup(name);
        if (ByLabel.Count < 256) ByLabel.TryAdd(name, found);
        return found;
    }

    private static Encoding? Lookup(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        // WHATWG: labels that mean something else than their name
        n = n switch
        {
            "latin1" or "iso-8859-1" or "ascii" or "us-ascii" => "windows-1252",
            "gb2312" or "gbk" or "x-gbk" => "gb18030",
            "x-sjis" or "sjis" or "shift-jis" => "shift_jis",
            _ => n,
        };
        // WHATWG forbids UTF-7 (and .NET disables it); UTF-16 named in a meta tag of an ASCII-compatible page means UTF-8
        if (n is "utf-7" or "utf7" or "unicode-1-1-utf-7" or "csunicode11utf7" or "x-unicode20utf7") return null;
        try { return Encoding.GetEncoding(n); }
        catch (ArgumentException) { return null; }
        catch (NotSupportedException) { return null; }
    }
}
