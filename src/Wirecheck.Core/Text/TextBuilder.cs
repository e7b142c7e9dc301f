namespace Wirecheck.Core.Text;

using System.Text;
using Wirecheck.Core.Model;

/// <summary>
/// Builds the clean text of an article piece by piece while recording where every piece came from,
/// so that a <see cref="SourceMap"/> and the list of <see cref="Repair"/>s come out consistent with it.
/// </summary>
public sealed class TextBuilder
{
    private readonly StringBuilder _sb = new();
    private readonly List<SourceMap.Segment> _segments = new();
    private readonly List<Repair> _repairs = new();

    public int Length => _sb.Length;
    public IReadOnlyList<Repair> Repairs => _repairs;
    public char this[int index] => _sb[index];

    /// <summary>Appends text copied unchanged from the input at <paramref name="inputStart"/>.</summary>
    public void AppendFromInput(ReadOnlySpan<char> text, int inputStart)
    {
        if (text.IsEmpty) return;
        _segments.Add(new(_sb.Length, text.Length, inputStart, text.Length));
        _sb.Append(text);
    }

    /// <summary>Appends text that replaces an input run of another length (entities decoded, whitespace collapsed).</summary>
    public void AppendMapped(ReadOnlySpan<char> text, int inputStart, int inputLength)
    {
        if (text.IsEmpty) return;
        _segments.Add(new(_sb.Length, text.Length, inputStart, inputLength));
        _sb.Append(text);
    }

    /// <summary>Appends text that has no counterpart in the input (a block separator).</summary>
    public void AppendSynthetic(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        _segments.Add(new(_sb.Length, text.Length, -1, 0));
        _sb.Append(text);
    }

    /// <summary>Appends a repaired piece: <paramref name="after"/> replaces the input's <paramref name="before"/>.</summary>
    public void AppendRepair(string kind, string before, string after, int inputStart, string? note = null)
    {
        int start = _sb.Length;
        if (after.Length > 0)
        {
            _segments.Add(new(start, after.Length, inputStart, before.Length));
            _sb.Append(after);
        }
        _repairs.Add(new Repair(kind, start, start + after.Length, before, after, note));
    }

    /// <summary>Drops trailing characters (used to trim whitespace at the end of a block).</summary>
    public void TrimEnd()
    {
        int n = _sb.Length;
        while (n > 0 && char.IsWhiteSpace(_sb[n - 1])) n--;
        if (n == _sb.Length) return;
        _sb.Length = n;
        for (int i = _segments.Count - 1; i >= 0; i--)
        {
            var s = _segments[i];
            if (s.TextStart >= n) { _segments.RemoveAt(i); continue; }
            if (s.TextStart + s.TextLength > n)
            {
                int len = n - s.TextStart;
                _segments[i] = s.TextLength == s.InputLength ? s with { TextLength = len, InputLength = len } : s with { TextLength = len };
            }
            break;
        }
    }

    public string ToText() => _sb.ToString();

    public SourceMap ToSourceMap(int inputLength) => new(_segments, inputLength);
}
