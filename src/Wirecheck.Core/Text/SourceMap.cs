namespace Wirecheck.Core.Text;

/// <summary>
/// Takes any offset of the clean text back to the input it was extracted from (the decoded input
/// characters, UTF-16). Built from segments: a run of clean text copied from a run of the input
/// (same length: mapped one to one), replaced by a repair (different lengths: mapped to the start of
/// the input run, clamped to its end), or synthetic (no input: mapped to the nearest preceding input).
/// Like Lucene's <c>CharFilter.CorrectOffset</c>.
/// </summary>
public sealed class SourceMap
{
    private readonly Segment[] _segments;

    /// <param name="TextStart">Start of the run in the clean text.</param>
    /// <param name="TextLength">Length of the run in the clean text.</param>
    /// <param name="InputStart">Start of the run in the input, or -1 for synthetic text.</param>
    /// <param name="InputLength">Length of the run in the input.</param>
    public readonly record struct Segment(int TextStart, int TextLength, int InputStart, int InputLength);

    public SourceMap(IEnumerable<Segment> segments, int inputLength)
    {
        _segments = segments.OrderBy(s => s.TextStart).ToArray();
        InputLength = inputLength;
    }

    public int InputLength { get; }
    public IReadOnlyList<Segment> Segments => _segments;

    /// <summary>The identity map for text taken verbatim.</summary>
    public static SourceMap Identity(int length) => new(new[] { new Segment(0, length, 0, length) }, length);

    /// <summary>Maps a clean-text offset (0..Text.Length inclusive) to an input offset (0..InputLength).</summary>
    public int ToInput(int textOffset)
    {
        if (_segments.Length == 0) return 0;
        int lo = 0, hi = _segments.Length - 1, found = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_segments[mid].TextStart <= textOffset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        // walk back over synthetic segments to find a segment anchored in the input
        for (int i = found; i >= 0; i--)
        {
            var s = _segments[i];
            if (s.InputStart < 0) continue;
            int delta = textOffset - s.TextStart;
            if (delta < 0) delta = 0;
            int mapped = s.TextLength == s.InputLength
                ? s.InputStart + Math.Min(delta, s.InputLength)
                : s.InputStart + (delta >= s.TextLength ? s.InputLength : Math.Min(delta, s.InputLength));
            return Math.Clamp(mapped, 0, InputLength);
        }
        return 0;
    }
}
