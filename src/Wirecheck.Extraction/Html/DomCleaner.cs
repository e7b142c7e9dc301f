namespace Wirecheck.Extraction.Html;

using System.Buffers;
using Wirecheck.Core.Model;
using Wirecheck.Extraction.Html.Dom;

/// <summary>
/// Removes what is never article text (scripts, forms, media) and what the markup marks as page furniture:
/// navigation, asides, footers, hidden elements, and elements whose class or id names share bars, comments,
/// related links, newsletters, cookie prompts, captions, credits or bylines. An element that holds most of
/// the page's paragraph text is never removed by a hint, so a mislabelled main container survives.
/// One pass over the body's node range (removed elements are marked, their subtrees skipped).
/// </summary>
public static class DomCleaner
{
    [ThreadStatic] private static char[]? _key;

    public static void Clean(HtmlDocument doc, int body, ExtractionHints hints, List<Removed> removed, CancellationToken ct)
    {
        int end = doc.SubtreeEnd(body);
        var pText = ArrayPool<int>.Shared.Rent(doc.Count);
        try
        {
            ParagraphText(doc, body, pText);
            int totalP = pText[body];
            int steps = 0;
            for (int i = body + 1; i < end; i++)
            {
                if ((++steps & 4095) == 0) ct.ThrowIfCancellationRequested();
                if (doc.IsText(i)) continue;
                var kind = Verdict(doc, i, hints);
                if (kind is null || (kind != "never" && totalP >= 200 && pText[i] * 2 > totalP)) continue;
                if (kind != "never" && removed.Count < 200)
                {
                    var t = CollapsedText(doc, i, 300);
                    if (t.Length > 0) removed.Add(new Removed(kind, t));
                }
                doc.Remove(i);
                i = doc.SubtreeEnd(i) - 1;
            }
        }
        finally { ArrayPool<int>.Shared.Return(pText); }
    }

    /// <summary>Why the element goes, or null to keep it.</summary>
    private static string? Verdict(HtmlDocument doc, int el, ExtractionHints hints)
    {
        var flags = doc.Flags(el);
        if ((flags & TagFlags.Never) != 0) return "never";
        int cls = -1, id = -1;
        string? kind = null;
        // one look at the attributes: hidden, style, aria-hidden, role, class, id
        for (int a = doc.Nodes[el].AttrFirst, e = a + doc.Nodes[el].AttrCount; a < e; a++)
        {
            ref var at = ref doc.Attrs[a];
            var name = doc.Source.Span.Slice(at.NameStart, at.NameLength);
            switch (name.Length)
            {
                case 6 when name.Equals("hidden", StringComparison.OrdinalIgnoreCase): return "hidden";
                case 5 when name.Equals("style", StringComparison.OrdinalIgnoreCase):
                    if (IsHiddenStyle(doc.AttrRaw(a))) return "hidden";
                    break;
                case 11 when name.Equals("aria-hidden", StringComparison.OrdinalIgnoreCase):
                    if (doc.AttrRaw(a).Equals("true", StringComparison.OrdinalIgnoreCase)) kind ??= "hidden";
                    break;
                case 4 when name.Equals("role", StringComparison.OrdinalIgnoreCase):
                    if (kind is null && doc.AttrRaw(a) is "navigation" or "banner" or "contentinfo" or "complementary" or "dialog" or "alert" or "menu" or "menubar")
                        kind = "role";
                    break;
                case 5 when name.Equals("class", StringComparison.OrdinalIgnoreCase): cls = a; break;
                case 2 when name.Equals("id", StringComparison.OrdinalIgnoreCase): id = a; break;
            }
        }
        if (kind == "hidden") return "hidden";
        if (kind == "role") return "navigation";
        if ((flags & TagFlags.Structural) != 0) return doc.Name(el) == "figure" ? "figure" : "navigation";
        if (cls < 0 && id < 0) return null;
        var key = HintKey(doc, cls, id);
        if (hints.KeepSet.Any(key)) return null;
        var tag = doc.Name(el);
        if (tag is "article" or "main" or "body" or "html" or "blockquote") return null;
        int p = hints.RemoveSet.FirstMatch(key);
        if (p < 0) return null;
        // "content", "article", "body" in the same name usually mean a container, not furniture
        if (hints.PositiveSet.Any(key) && tag is not ("span" or "a" or "ul" or "ol" or "li")) return null;
        return hints.RemoveKinds[p];
    }

    /// <summary>The lowercased "class id" of an element, '_' as '-' (a per-thread buffer: use before the next call).</summary>
    public static ReadOnlySpan<char> HintKey(HtmlDocument doc, int cls, int id)
    {
        var c = cls >= 0 ? doc.AttrValueSpan(cls) : default;
        var i = id >= 0 ? doc.AttrValueSpan(id) : default;
        int len = c.Length + 1 + i.Length;
        var buf = _key;
        if (buf is null || buf.Length < len) _key = buf = new char[Math.Max(256, len)];
        int n = c.ToLowerInvariant(buf);
        buf[n++] = ' ';
        n += i.ToLowerInvariant(buf.AsSpan(n));
        var key = buf.AsSpan(0, n);
        key.Replace('_', '-');
        return key;
    }

    public static string HintKey(string? cls, string? id) =>
        ((cls ?? "") + " " + (id ?? "")).ToLowerInvariant().Replace('_', '-');

    private static bool IsHiddenStyle(ReadOnlySpan<char> style)
    {
        Span<char> buf = stackalloc char[Math.Min(style.Length, 512)];
        int n = 0;
        foreach (var ch in style)
        {
            if (ch == ' ') continue;
            if (n == buf.Length) break;
            buf[n++] = char.ToLowerInvariant(ch);
        }
        var s = buf[..n];
        return s.Contains("display:none", StringComparison.Ordinal) || s.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>
    /// Characters of text inside &lt;p&gt; elements, per element of the body: each text is counted at its nearest
    /// &lt;p&gt; ancestor, then the counts are summed up the tree (so an element counts the text of the paragraphs
    /// inside it, itself included). Two linear passes.
    /// </summary>
    private static void ParagraphText(HtmlDocument doc, int body, int[] pText)
    {
        int end = doc.SubtreeEnd(body);
        var nearP = ArrayPool<int>.Shared.Rent(doc.Count);
        try
        {
            Array.Clear(pText, 0, doc.Count);
            nearP[body] = doc.Name(body) == "p" ? body : -1;
            for (int i = body + 1; i < end; i++)
            {
                int parent = doc.Parent(i);
                if (!doc.IsText(i))
                {
                    nearP[i] = doc.Name(i) == "p" ? i : doc.Name(i) is "script" or "style" ? -2 : nearP[parent];
                    continue;
                }
                nearP[i] = -1;
                int p = nearP[parent];
                if (p >= 0) pText[p] += doc.Text(i).Length;
            }
            for (int i = end - 1; i > body; i--) pText[doc.Parent(i)] += pText[i];
        }
        finally { ArrayPool<int>.Shared.Return(nearP); }
    }

    /// <summary>The element's text with whitespace runs collapsed to one space, cut at <paramref name="max"/> characters (then "…").</summary>
    public static string CollapsedText(HtmlDocument doc, int el, int max)
    {
        Span<char> buf = stackalloc char[max + 1];
        int n = 0;
        bool space = false;
        for (int i = el + 1, end = doc.SubtreeEnd(el); i < end && n <= max; i++)
        {
            if (doc.IsRemoved(i)) { i = doc.SubtreeEnd(i) - 1; continue; }
            if (!doc.IsText(i)) continue;
            foreach (var ch in doc.Text(i))
            {
                if (char.IsWhiteSpace(ch)) { space = n > 0; continue; }
                if (space) { if (n > max) break; buf[n++] = ' '; space = false; }
                if (n > max) break;
                buf[n++] = ch;
            }
        }
        return n > max ? string.Concat(buf[..max], "…") : new string(buf[..n]);
    }
}
