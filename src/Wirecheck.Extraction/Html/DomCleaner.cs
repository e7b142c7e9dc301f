namespace Wirecheck.Extraction.Html;

using AngleSharp.Dom;
using Wirecheck.Core.Model;

/// <summary>
/// Removes what is never article text (scripts, forms, media) and what the markup marks as page furniture:
/// navigation, asides, footers, hidden elements, and elements whose class or id names share bars, comments,
/// related links, newsletters, cookie prompts, captions, credits or bylines. An element that holds most of
/// the page's paragraph text is never removed by a hint, so a mislabelled main container survives.
/// </summary>
public static class DomCleaner
{
    private static readonly HashSet<string> Never = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select",
        "option", "button", "input", "textarea", "head", "title", "meta", "link", "picture", "video", "audio",
        "source", "track", "map", "dialog", "figcaption", "label", "frame", "frameset",
    };

    private static readonly HashSet<string> Structural = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "footer", "header", "figure", "menu",
    };

    public static void Clean(IElement body, ExtractionHints hints, List<Removed> removed, CancellationToken ct)
    {
        int totalP = ParagraphText(body);
        var stack = new Stack<IElement>();
        stack.Push(body);
        var doomed = new List<(IElement El, string Kind)>();
        int steps = 0;
        while (stack.Count > 0)
        {
            if ((++steps & 4095) == 0) ct.ThrowIfCancellationRequested();
            var el = stack.Pop();
            if (el != body)
            {
                var kind = Verdict(el, hints);
                if (kind is not null && (kind == "never" || !HoldsMainText(el, totalP)))
                {
                    doomed.Add((el, kind));
                    continue;
                }
            }
            for (var c = el.LastElementChild; c is not null; c = c.PreviousElementSibling) stack.Push(c);
        }
        foreach (var (el, kind) in doomed)
        {
            if (kind != "never" && removed.Count < 200)
            {
                var t = Collapse(el.TextContent);
                if (t.Length > 0) removed.Add(new Removed(kind, t.Length > 300 ? t[..300] + "…" : t));
            }
            el.Remove();
        }
    }

    /// <summary>Why the element goes, or null to keep it.</summary>
    private static string? Verdict(IElement el, ExtractionHints hints)
    {
        var name = el.LocalName;
        if (Never.Contains(name)) return "never";
        if (el.HasAttribute("hidden")) return "hidden";
        var style = el.GetAttribute("style");
        if (style is not null && IsHiddenStyle(style)) return "hidden";
        if (string.Equals(el.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return "hidden";
        var role = el.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "dialog" or "alert" or "menu" or "menubar") return "navigation";
        if (Structural.Contains(name)) return name == "figure" ? "figure" : "navigation";
        var cls = el.GetAttribute("class");
        var id = el.Id;
        if (cls is null && id is null) return null;
        var key = HintKey(cls, id);
        if (ExtractionHints.AnyIn(key, hints.Keep)) return null;
        if (name is "article" or "main" or "body" or "html" or "blockquote") return null;
        foreach (var p in hints.Remove)
            if (key.Contains(p, StringComparison.Ordinal))
            {
                // "content", "article", "body" in the same name usually mean a container, not furniture
                if (ExtractionHints.AnyIn(key, hints.Positive) && name is not ("span" or "a" or "ul" or "ol" or "li")) return null;
                return "hint:" + p;
            }
        return null;
    }

    public static string HintKey(string? cls, string? id) =>
        ((cls ?? "") + " " + (id ?? "")).ToLowerInvariant().Replace('_', '-');

    private static bool IsHiddenStyle(string style)
    {
        var s = style.Replace(" ", "").ToLowerInvariant();
        return s.Contains("display:none") || s.Contains("visibility:hidden");
    }

    private static bool HoldsMainText(IElement el, int totalP)
    {
        if (totalP < 200) return false;
        return ParagraphText(el) * 2 > totalP;
    }

    /// <summary>Characters of text inside &lt;p&gt; elements under <paramref name="root"/>.</summary>
    private static int ParagraphText(IElement root)
    {
        int n = 0;
        var stack = new Stack<(INode Node, bool InP)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, inP) = stack.Pop();
            if (node is IText t)
            {
                if (inP) n += t.Data.Length;
                continue;
            }
            if (node is not IElement e || e.LocalName is "script" or "style") continue;
            bool p = inP || e.LocalName == "p";
            for (var c = node.FirstChild; c is not null; c = c.NextSibling) stack.Push((c, p));
        }
        return n;
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
