namespace Wirecheck.Extraction.Input;

using System.Buffers;

/// <summary>
/// Decoded text in a rented char buffer (see <see cref="TextDecoder.DecodePooled"/>): no large string per page, so
/// no large-object-heap allocation and garbage collection for each page. Dispose returns the buffer.
/// </summary>
public sealed class PooledText : IDisposable
{
    /// <summary>Inputs up to this many characters use the pool; longer ones get a plain array (not kept by a pool).</summary>
    public const int MaxPooledChars = 4 << 20;

    private char[]? _buffer;
    private readonly bool _pooled;

    internal PooledText(int capacity)
    {
        _pooled = capacity <= MaxPooledChars;
        _buffer = _pooled ? ArrayPool<char>.Shared.Rent(Math.Max(1, capacity)) : new char[capacity];
    }

    internal char[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(PooledText));
    public int Length { get; internal set; }
    public ReadOnlyMemory<char> Memory => new(Buffer, 0, Length);
    public ReadOnlySpan<char> Span => new(Buffer, 0, Length);

    public override string ToString() => new(Span);

    public void Dispose()
    {
        if (_buffer is not null && _pooled) ArrayPool<char>.Shared.Return(_buffer);
        _buffer = null;
    }
}
