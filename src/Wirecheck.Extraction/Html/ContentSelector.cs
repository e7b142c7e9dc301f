namespace Wirecheck.Extraction.Html;

using AngleSharp.Dom;
using Wirecheck.Core.Model;

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

    public sealed record Selection(IElement? Container, List<HtmlBlock> Blocks, List<Removed> Dropped);

    public static Selection Select(IElement body, List<HtmlBlock> blocks, ExtractionHints hints, string? title)
    {
        var good = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        var bad = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var b in blocks)
        {
            var (g, x) = Value(b);
            int level = 0;
            for (var a = b.Owner; a is not null && level < MaxClimb; a = a.ParentElement, level++)
            {
                if (g > 0) good[a] = good.GetValueOrDefault(a) + g;
                if (x > 0) bad[a] = bad.GetValueOrDefault(a) + x;
                if (a == body) break;
            }
        }
        IElement? best = null;
        double bestScore = double.NegativeInfinity;
        double totalGood = good.GetValueOrDefault(body);
        foreach (var (el, g) in good)
        {
            double score = g - bad.GetValueOrDefault(el);
            score *= HintFactor(el, hints);
            if (score > bestScore) { bestScore = score; best = el; }
        }
        var kept = new List<HtmlBlock>();
        var dropped = new List<Removed>();
        if (best is null) return new Selection(null, kept, dropped);
        // a paragraph alone is rarely the whole article: widen to its parent when the parent keeps the ratio
        while (best != body && best.ParentElement is { } parent && good.GetValueOrDefault(best) < 0.5 * totalGood
               && good.GetValueOrDefault(parent) - bad.GetValueOrDefault(parent) > 0.9 * (good.GetValueOrDefault(best) - bad.GetValueOrDefault(best))
               && good.GetValueOrDefault(parent) > good.GetValueOrDefault(best) * 1.05)
            best = parent;

        // an <article> inside the winner that holds most of its prose is the article; the rest are other stories
        if (best.LocalName != "article")
        {
            IElement? inner = null;
            double innerGood = 0, secondGood = 0;
            int count = 0;
            foreach (var a in best.QuerySelectorAll("article, [itemprop='articleBody']"))
            {
                double g = good.GetValueOrDefault(a);
                if (g <= 0) continue;
                count++;
                if (g > innerGood) { secondGood = innerGood; innerGood = g; inner = a; }
                else if (g > secondGood) secondGood = g;
            }
            // one story among many small ones (a list of other stories' summaries)
            bool dominant = count >= 3 && innerGood >= 3 * secondGood;
            if (inner is not null && (innerGood >= NarrowShare * good.GetValueOrDefault(best) || dominant)) best = inner;
        }

        var normTitle = title is null ? null : Norm(title);
        var inside = blocks.Where(b => IsInside(b.Owner, best)).ToList();
        for (int i = 0; i < inside.Count; i++)
        {
            var b = inside[i];
            var kind = DropKind(b, hints, normTitle);
            // a lone link line between text blocks (a source, a URL) belongs to the text; runs of links do not
            if (kind == "related-link" && b.Owner.LocalName == "p" && !b.IsTeaser
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

    private static double HintFactor(IElement el, ExtractionHints hints)
    {
        double f = 1;
        var name = el.LocalName;
        if (name is "article" or "main") f *= 1.15;
        if (name is "p" or "li" or "td") f *= 0.9;
        var cls = el.GetAttribute("class");
        var id = el.Id;
        if (cls is null && id is null) return f;
        var key = DomCleaner.HintKey(cls, id);
        if (ExtractionHints.AnyIn(key, hints.Positive)) f *= 1.1;
        if (ExtractionHints.AnyIn(key, hints.Negative)) f *= 0.8;
        return f;
    }

    private static string? DropKind(HtmlBlock b, ExtractionHints hints, string? normTitle)
    {
        var t = b.Text;
        if (hints.BoilerplateKind(t) is { } k) return k;
        if (b.LinkDensity > 0.5 && t.Length < 400) return "related-link";
        if (b.IsTeaser && t.Length < 400) return "teaser";
        if (!HasLetterOrDigit(t)) return "debris";
        if (t.Length <= 2 && b.Kind != BlockKind.ListItem && !char.IsDigit(t[0])) return "debris";
        if (normTitle is not null && t.Length < 400 && Norm(t) == normTitle) return "title";
        if (IsByline(t)) return "byline";
        if (IsDateLine(t)) return "dateline";
        return null;
    }

    private static bool IsInside(IElement el, IElement container)
    {
        int level = 0;
        for (var a = el; a is not null && level < MaxClimb * 4; a = a.ParentElement, level++)
            if (a == container) return true;
        return false;
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

    private static string Norm(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s) if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
