namespace Wirecheck.Eval.Attribution;

using Wirecheck.Core.Model;

/// <summary>
/// Classifies every exact-match error of the source and cue roles (verbose mode of the attribution eval):
/// a gold cue is matched, a boundary error (overlapping predicted cue; too long or too short on the left or right),
/// inside a predicted content or source, or missed entirely; a predicted cue that matches no gold cue is a boundary
/// error, inside a gold content (a nested attribution the annotators did not mark) or source, or spurious. A gold
/// source is judged by its attribution's cue: cue found (exactly or by overlap) and source right / boundary / other
/// span / none, or cue not found and the source predicted anyway (another link) or not. Boundary differences are
/// counted by the words that differ, so span conventions show up.
/// </summary>
public sealed class AttributionErrorAnalysis
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _edgeWords = new(StringComparer.Ordinal);

    public void Add(Article a, IReadOnlyList<GoldAttribution> gold, IReadOnlyList<GoldAttribution> pred, TextWriter? log, string doc)
    {
        static bool Ov(TextSpan? x, TextSpan y) => x is { } v && v.Start < y.End && y.Start < v.End;
        string S(TextSpan? s) => s is { } x ? "«" + a.Covered(x.Start, Math.Min(x.End, x.Start + 80)).Replace('\n', ' ') + "»" : "-";
        var predCues = pred.Where(p => p.Cue is not null).Select(p => p.Cue!.Value).Distinct().ToList();
        var goldCues = gold.Where(g => g.Cue is not null).Select(g => g.Cue!.Value).Distinct().ToList();
        foreach (var c in goldCues)
        {
            string cls;
            if (predCues.Contains(c)) cls = "ok";
            else if (predCues.FirstOrDefault(p => Ov(p, c)) is { End: > 0 } p)
            {
                cls = "boundary " + Side(p, c);
                Edge(a, "cue", p, c);
                log?.WriteLine($"CUE-BOUNDARY {doc}: gold {S(c)} pred {S(p)}");
            }
            else if (pred.Any(x => Ov(x.Content, c))) cls = "missed, inside a predicted content";
            else if (pred.Any(x => Ov(x.Source, c))) cls = "missed, inside a predicted source";
            else cls = "missed entirely";
            Count("cue gold: " + cls);
        }
        foreach (var p in predCues)
        {
            if (goldCues.Contains(p)) continue;
            string cls = goldCues.Any(c => Ov(c, p)) ? "boundary"
                : gold.Any(g => Ov(g.Content, p)) ? "spurious, inside a gold content"
                : gold.Any(g => Ov(g.Source, p)) ? "spurious, inside a gold source" : "spurious elsewhere";
            Count("cue predicted: " + cls);
        }
        var predSources = pred.Where(p => p.Source is not null).Select(p => p.Source!.Value).Distinct().ToList();
        var goldSources = gold.Where(g => g.Source is not null).Select(g => g.Source!.Value).Distinct().ToList();
        foreach (var g in gold)
        {
            if (g.Source is not { } s) continue;
            var byCue = g.Cue is { } gc ? pred.FirstOrDefault(p => p.Cue == gc) ?? pred.FirstOrDefault(p => Ov(p.Cue, gc)) : null;
            string cls;
            if (byCue is not null)
            {
                var ps = byCue.Source;
                cls = ps == s ? "cue found, source right"
                    : ps is null ? (predSources.Contains(s) ? "cue found, no source linked (source predicted for another cue)" : "cue found, no source")
                    : Ov(ps, s) ? "cue found, source boundary " + Side(ps.Value, s)
                    : predSources.Contains(s) ? "cue found, wrong link (gold source linked to another cue)" : "cue found, other span as source";
                if (ps is { } pv && pv != s && Ov(ps, s)) Edge(a, "source", pv, s);
                if (ps != s) log?.WriteLine($"SRC-ERR[{cls}] {doc}: cue {S(g.Cue)} gold {S(s)} pred {S(ps)}");
            }
            else cls = predSources.Contains(s) ? "cue missed, source predicted anyway" : predSources.Any(p => Ov(p, s)) ? "cue missed, source overlapped" : "cue missed, source missed";
            Count("source gold: " + cls);
        }
        foreach (var p in predSources)
        {
            if (goldSources.Contains(p)) continue;
            string cls = goldSources.Any(s => Ov(s, p)) ? "boundary"
                : gold.Any(g => Ov(g.Content, p)) ? "spurious, inside a gold content"
                : gold.Any(g => Ov(g.Cue, p)) ? "spurious, overlaps a gold cue" : "spurious elsewhere";
            Count("source predicted: " + cls);
        }
    }

    private static string Side(TextSpan p, TextSpan g)
    {
        string l = p.Start < g.Start ? "long-left" : p.Start > g.Start ? "short-left" : "";
        string r = p.End > g.End ? "long-right" : p.End < g.End ? "short-right" : "";
        return (l + " " + r).Trim();
    }

    /// <summary>Counts the words that differ at the edges of a boundary error (the predicted span's extra words as "+w", the missing ones as "-w").</summary>
    private void Edge(Article a, string role, TextSpan p, TextSpan g)
    {
        void Words(int from, int to, string sign)
        {
            if (to <= from) return;
            foreach (var t in a.Tokens)
                if (t.Start >= from && t.End <= to) EdgeCount(role + " " + sign + a.Covered(t.Start, t.End).ToLowerInvariant());
        }
        if (p.Start < g.Start) Words(p.Start, g.Start, "+left "); else Words(g.Start, p.Start, "-left ");
        if (p.End > g.End) Words(g.End, p.End, "+right "); else Words(p.End, g.End, "-right ");
    }

    private void EdgeCount(string key) => _edgeWords[key] = _edgeWords.GetValueOrDefault(key) + 1;
    private void Count(string key) => _counts[key] = _counts.GetValueOrDefault(key) + 1;

    public void Print(TextWriter log)
    {
        log.WriteLine("error classes (dev):");
        foreach (var (k, v) in _counts) log.WriteLine($"  {v,6}  {k}");
        log.WriteLine("boundary edge words (top 40):");
        foreach (var (k, v) in _edgeWords.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(40)) log.WriteLine($"  {v,6}  {k}");
    }
}
