namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>
/// Finds top-level quotations in every block, with every mark style news uses: curly “…”, straight "…",
/// doubled straight singles ''…'', guillemets «…» and „…“, and curly singles ‘…’ at top level. Quotes nested inside
/// a quotation (single inside double, or deeper) stay part of it. A paragraph that ends inside a quotation and a
/// next paragraph that opens with a mark continue the same quotation (news style for multi-paragraph quotes).
/// A closing mark with no opening one (the scrape lost it) starts the quotation at the paragraph start; an
/// opening mark never closed ends at its paragraph's end. Linear in the text; nesting depth is bounded.
/// </summary>
public static class QuoteScanner
{
    public const int MaxDepth = 16;

    private enum Mark { None, Open, Close, Straight, OpenSingle, CloseSingle }

    public static List<QuotedSpan> Scan(string text, IReadOnlyList<Block> blocks, CancellationToken ct = default)
    {
        var result = new List<QuotedSpan>();
        int openStart = -1;          // start of the top-level double quotation in progress
        int openParagraphs = 0;
        int lastBlockEnd = -1;
        foreach (var b in blocks)
        {
            ct.ThrowIfCancellationRequested();
            int i = b.Start, end = Math.Min(b.End, text.Length);
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            int depth = 0;
            if (openStart >= 0)
            {
                // A quotation left open by the previous paragraph continues only if this one opens with a mark.
                var (m, len) = Classify(text, i, end, 0);
                if (m is Mark.Open or Mark.Straight && len > 0)
                {
                    depth = 1; openParagraphs++; i += len;
                }
                else
                {
                    result.Add(new QuotedSpan(openStart, TrimEnd(text, lastBlockEnd), false, true, openParagraphs));
                    openStart = -1;
                }
            }
            int blockContentStart = b.Start;
            while (blockContentStart < end && char.IsWhiteSpace(text[blockContentStart])) blockContentStart++;
            bool emittedInBlock = false;
            int singleStart = -1;
            while (i < end)
            {
                var (mark, len) = Classify(text, i, end, depth);
                if (len == 0) { i++; continue; }
                // „…“ (German style): the low opening mark is closed by the high one
                if (mark == Mark.Open && depth == 1 && text[i] == '“' && openStart >= 0 && text[openStart] == '„') mark = Mark.Close;
                switch (mark)
                {
                    case Mark.Open:
                        if (depth == 0) { openStart = i; openParagraphs = 1; singleStart = -1; }
                        if (depth < MaxDepth) depth++;
                        break;
                    case Mark.Close:
                        if (depth > 1) depth--;
                        else if (depth == 1)
                        {
                            result.Add(new QuotedSpan(openStart, i + len, false, false, openParagraphs));
                            openStart = -1; depth = 0; emittedInBlock = true;
                        }
                        else if (!emittedInBlock && singleStart < 0 && LooksQuoteFinal(text, i, blockContentStart))
                        {
                            // Closing mark with no opening one: the opening mark was lost at the paragraph start.
                            result.Add(new QuotedSpan(blockContentStart, i + len, true, false, 1));
                            emittedInBlock = true;
                        }
                        break;
                    case Mark.OpenSingle:
                        if (depth == 0 && singleStart < 0) singleStart = i;
                        break;
                    case Mark.CloseSingle:
                        if (depth == 0 && singleStart >= 0)
                        {
                            result.Add(new QuotedSpan(singleStart, i + len, false, false, 1));
                            singleStart = -1; emittedInBlock = true;
                        }
                        break;
                }
                i += len;
            }
            lastBlockEnd = end;
            if (depth == 0) openStart = -1;
        }
        if (openStart >= 0 && lastBlockEnd >= 0)
            result.Add(new QuotedSpan(openStart, TrimEnd(text, lastBlockEnd), false, true, openParagraphs));
        return result;
    }

    private static bool LooksQuoteFinal(string text, int i, int blockStart) =>
        i > blockStart + 1 && text[i - 1] is ',' or '.' or '?' or '!' or '—' or '-' or '…';

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    /// <summary>What mark (if any) starts at <paramref name="i"/>, and how many characters it takes.</summary>
    private static (Mark, int) Classify(string text, int i, int end, int depth)
    {
        char c = text[i];
        switch (c)
        {
            case '“': case '„': case '«': return (Mark.Open, 1);
            case '”': case '»': return (Mark.Close, 1);
            case '‘':
                return IsBoundaryBefore(text, i) ? (Mark.OpenSingle, 1) : (Mark.None, 1);
            case '’':
                return (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])) ? (Mark.CloseSingle, 1) : (Mark.None, 1);
            case '"':
                return (Straight(text, i, 1, end, depth), 1);
            case '\'':
                if (i + 1 < end && text[i + 1] == '\'') return (Straight(text, i, 2, end, depth), 2);
                return (Mark.None, 1);
            case '`':
                if (i + 1 < end && text[i + 1] == '`') return (Mark.Open, 2);
                return (Mark.None, 1);
            default:
                return (Mark.None, 1);
        }
    }

    /// <summary>A straight double mark opens or closes depending on the characters around it.</summary>
    private static Mark Straight(string text, int i, int len, int end, int depth)
    {
        bool spaceBefore = IsBoundaryBefore(text, i);
        bool spaceAfter = i + len >= end || char.IsWhiteSpace(text[i + len]) || (char.IsPunctuation(text[i + len]) && text[i + len] is not '(' and not '[' and not '\'' and not '"');
        if (depth == 0) return spaceAfter && !spaceBefore ? Mark.Close : Mark.Open;
        if (spaceBefore && !spaceAfter) return Mark.Open;
        return Mark.Close;
    }

    private static bool IsBoundaryBefore(string text, int i) =>
        i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '-' or '“' or '"' or '«' or '/';
}
