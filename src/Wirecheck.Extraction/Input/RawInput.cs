namespace Wirecheck.Extraction.Input;

using System.Security.Cryptography;

/// <summary>Bytes read from a file, stdin or URL, before decoding, with what is known about them.</summary>
public sealed record RawInput(byte[] Bytes, string? Path, string? Url, string? ContentType, InputKind Kind)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Bytes));
}
