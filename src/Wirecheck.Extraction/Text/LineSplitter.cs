namespace Wirecheck.Extraction.Text;

/// <summary>A trimmed, non-empty line or paragraph of the input: [Start, End) into the input.</summary>
public readonly record struct InputLine(int Start, int End);

/// <summary>
/// Splits plain text into blocks. Each non-empty line is a block, unless the text is hard-wrapped
/// (most lines end mid-sentence and blank lines separate paragraphs), in which case paragraphs are
/// runs of lines between blank lines and keep their inner line breaks.
/// </summary>
public static class LineSplitter
{
    public static List<InputLine> Split(string s)
    {
        var lines = new List<InputLine>();
        int i = 0;
        bool sawBlank = false;
        int wrapped = 0, ended = 0;
        while (i <= s.Length)
        {
            int nl = s.IndexOf('\n', i);
            int end = nl < 0 ? s.Length : nl;
            var (a, b) = Trim(s, i, end);
            if (b > a)
            {
                lines.Add(new InputLine(a, b));
                char last = s[b - 1];
                if (char.IsLetter(last) || last == ',') wrapped++; else ended++;
            }
            else sawBlank = true;
            if (nl < 0) break;
            i = nl + 1;
        }
        if (!sawBlank || lines.Count < 4 || wrapped <= ended) return lines;
        // hard-wrapped text: merge runs separated by blank lines
        var paras = new List<InputLine>();
        int ps = -1, pe = -1;
        foreach (var l in lines)
        {
            if (ps < 0) { ps = l.Start; pe = l.End; continue; }
            var between = s.AsSpan(pe, l.Start - pe);
            if (between.Count('\n') >= 2) { paras.Add(new InputLine(ps, pe)); ps = l.Start; }
            pe = l.End;
        }
        if (ps >= 0) paras.Add(new InputLine(ps, pe));
        return paras;
    }

    private static (int, int) Trim(string s, int a, int b)
    {
        while (a < b && char.IsWhiteSpace(s[a])) a++;
        while (b > a && char.IsWhiteSpace(s[b - 1])) b--;
        return (a, b);
    }
}
