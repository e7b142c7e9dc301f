namespace Wirecheck.Extraction.Html;

using System.Buffers;
using Wirecheck.Core.Model;
using Wirecheck.Extraction.Html.Dom;

/// <summary>
/// Chooses the main-content container: every block adds its "good" text (prose: long enough, few links,
/// sentence punctuation) and its "bad" text (link lists, short fragments) to each ancestor; the container
/// with the highest good − bad (adjusted by class/id hints) wins. Its blocks are then filtered one by one.
/// </summary>
public static class ContentSelector
{
    private const int MaxClimb = 64;
    /// <summary>Weight of short link-free text (labels, table cells) as good text: some, not as much as prose.</summary>
    private const double ShortGood = 0.3;
    private const double ShortBad = 0;

    /// <summary>The chosen container (a node index, -1 when none) and the blocks kept and dropped.</summary>
    public sealed record Selection(int Container, List<HtmlBlock> Blocks, List<Removed> Dropped);

    public static Selection Select(HtmlDocument doc, int body, List<HtmlBlock> blocks, ExtractionHints hints, string? title)
    {
        var good = ArrayPool<double>.Shared.Rent(doc.Count);
        var bad = ArrayPool<double>.Shared.Rent(doc.Count);
        Array.Clear(good, 0, doc.Count);
        Array.Clear(bad, 0, doc.Count);
        try { return Select(doc, body, blocks, hints, title, good, bad); }
        finally
        {
            ArrayPool<double>.Shared.Return(good);
            ArrayPool<double>.Shared.Return(bad);
        }
    }

    private static Selection Select(HtmlDocument doc, int body, List<HtmlBlock> blocks, ExtractionHints hints, string? title, double[] good, double[] bad)
    {
        // the elements that received good text, in the order they first did (ties go to the first)
        var order = new List<int>(blocks.Count * 4);
        foreach (var b in blocks)
        {
            var (g, x) = Value(b);
            int level = 0;
            for (int a = b.Owner; a > 0 && level < MaxClimb; a = doc.Parent(a), level++)
            {
                if (g > 0)
                {
                    if (good[a] == 0) order.Add(a); // good only grows: zero means first time
                    good[a] += g;
                }
                if (x > 0) bad[a] += x;
                if (a == body) break;
            }
        }
        int best = -1;
        double bestScore = double.NegativeInfinity;
        double totalGood = good[body];
        foreach (var el in order)
        {
            double score = good[el] - bad[el];
            score *= HintFactor(doc, el, hints);
            if (score > bestScore) { bestScore = score; best = el; }
        }
        var kept = new List<HtmlBlock>(blocks.Count);
        var dropped = new List<Removed>();
        if (best < 0) return new Selection(-1, kept, dropped);
        // a paragraph alone is rarely the whole article: widen to its parent when the parent keeps the ratio
        while (best != body && doc.Parent(best) is var parent && parent > 0 && doc.IsElement(parent) && good[best] < 0.5 * totalGood
               && good[parent] - bad[parent] > 0.9 * (good[best] - bad[best])
               && good[parent] > good[best] * 1.05)
            best = parent;

        // an <article> inside the winner that holds most of its prose is the article; the rest are other stories
        if (doc.Name(best) != "article")
        {
            int inner = -1;
            double innerGood = 0, secondGood = 0;
            int count = 0;
            // only elements with good text can qualify: look at those inside the winner, in document order
            var candidates = new List<int>();
            for (int ci = 0, end = doc.SubtreeEnd(best); ci < order.Count; ci++)
                if (order[ci] > best && order[ci] < end) candidates.Add(order[ci]);
            candidates.Sort();
            foreach (int a in candidates)
            {
                if (doc.Name(a) != "article")
                {
                    int ip = doc.FindAttr(a, "itemprop");
                    if (ip < 0 || !doc.AttrRaw(ip).SequenceEqual("articleBody")) continue;
                }
                double g = good[a];
                if (g <= 0) continue;
                count++;
                if (g > innerGood) { secondGood = innerGood; innerGood = g; inner = a; }
                else if (g > secondGood) secondGood = g;
            }
            // one story among many small ones (a list of other stories' summaries)
            bool dominant = count >= 3 && innerGood >= 3 * secondGood;
            if (inner >= 0 && (innerGood >= NarrowShare * good[best] || dominant)) best = inner;
        }

        var inside = new List<HtmlBlock>(blocks.Count);
        int bestEnd = doc.SubtreeEnd(best);
        foreach (var b in blocks)
            if (b.Owner >= best && b.Owner < bestEnd) inside.Add(b);
        for (int i = 0; i < inside.Count; i++)
        {
            var b = inside[i];
            var kind = DropKind(b, hints, title);
            // a lone link line between text blocks (a source, a URL) belongs to the text; runs of links do not
            if (kind == "related-link" && doc.Name(b.Owner) == "p" && !b.IsTeaser
                && (i == 0 || !LinkLike(inside[i - 1])) && (i + 1 == inside.Count || !LinkLike(inside[i + 1])))
                kind = null;
            if (kind is not null) { dropped.Add(new Removed(kind, b.Text)); continue; }
            kept.Add(b);
        }
        return new Selection(best, kept, dropped);
    }

    /// <summary>Share of the winner's prose an inner &lt;article&gt; must hold to replace it.</summary>
    private const double NarrowShare = 0.6;

    private static bool LinkLike(HtmlBlock b) => b.LinkDensity > 0.5 || b.IsTeaser;

    /// <summary>Good and bad text of a block.</summary>
    private static (double Good, double Bad) Value(HtmlBlock b)
    {
        int len = b.Length;
        double ld = b.LinkDensity;
        if (ld > 0.5 || b.IsTeaser) return (0, len);
        bool sentence = EndsSentence(b.Text);
        if (b.Kind == BlockKind.Heading) return (0, 0);
        if (len >= 80 || (len >= 25 && sentence))
            return (len * (1 - ld), len * ld);
        if (ld < 0.2) return (len * ShortGood, len * ShortBad);
        return (0, len * 0.5);
    }

    private static double HintFactor(HtmlDocument doc, int el, ExtractionHints hints)
    {
        double f = 1;
        var name = doc.Name(el);
        if (name is "article" or "main") f *= 1.15;
        if (name is "p" or "li" or "td") f *= 0.9;
        int cls = doc.FindAttr(el, "class"), id = doc.FindAttr(el, "id");
        if (cls < 0 && id < 0) return f;
        var key = DomCleaner.HintKey(doc, cls, id);
        if (hints.PositiveSet.Any(key)) f *= 1.1;
        if (hints.NegativeSet.Any(key)) f *= 0.8;
        return f;
    }

    private static string? DropKind(HtmlBlock b, ExtractionHints hints, string? title)
    {
        var t = b.Text;
        if (hints.BoilerplateKind(t) is { } k) return k;
        if (b.LinkDensity > 0.5 && t.Length < 400) return "related-link";
        if (b.IsTeaser && t.Length < 400) return "teaser";
        if (!HasLetterOrDigit(t)) return "debris";
        if (t.Length <= 2 && b.Kind != BlockKind.ListItem && !char.IsDigit(t[0])) return "debris";
        if (title is not null && t.Length < 400 && SameLetters(t, title)) return "title";
        if (IsByline(t)) return "byline";
        if (IsDateLine(t)) return "dateline";
        return null;
    }

    public static bool EndsSentence(string t)
    {
        var s = t.AsSpan().TrimEnd();
        if (s.Length == 0) return false;
        char c = s[^1];
        return c is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ';' or ')' or '。' or '…';
    }

    private static bool HasLetterOrDigit(string t)
    {
        foreach (var c in t) if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    private static bool IsByline(string t)
    {
        if (t.Length > 80) return false;
        return (t.StartsWith("By ", StringComparison.Ordinal) || t.StartsWith("BY ", StringComparison.Ordinal) || t.StartsWith("Written by ", StringComparison.OrdinalIgnoreCase))
               && !EndsSentence(t);
    }

    private static readonly string[] Months =
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    };

    private static bool IsDateLine(string t)
    {
        if (t.Length > 60) return false;
        var lower = t.ToLowerInvariant();
        bool digit = lower.Any(char.IsDigit);
        if (!digit) return false;
        if (lower.StartsWith("updated") || lower.StartsWith("published") || lower.StartsWith("posted") || lower.StartsWith("last updated")) return true;
        int words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > 8) return false;
        foreach (var m in Months)
            if (lower.Contains(m) && (lower.Contains("20") || lower.Contains("19"))) return true;
        return false;
    }

    /// <summary>The two texts have the same letters and digits (case-insensitive), whatever lies between them.</summary>
    private static bool SameLetters(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i])) i++;
            while (j < b.Length && !char.IsLetterOrDigit(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j])) return false;
            i++; j++;
        }
    }
}
