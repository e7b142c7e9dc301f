namespace Wirecheck.Cli.Reports;

using System.Globalization;
using Wirecheck.Core.Model;

/// <summary>The table of <c>wirecheck quotes</c>: speaker, kind, cue and content of every attribution.</summary>
public static class QuoteTable
{
    public static void Write(TextWriter w, Article a, int contentWidth = 90)
    {
        w.WriteLine($"# {a.Input.Url ?? a.Input.Path ?? "(stdin)"}: {a.Quotes.Count} quote(s)");
        if (a.Quotes.Count == 0) return;
        var rows = a.Quotes.Select(q => new[]
        {
            q.Id,
            Speaker(a, q),
            Quote.KindName(q.Kind),
            q.Cue is { } c ? TextReport.Clip(a[c], 24) + (q.CueLemma is { } l && !string.Equals(l, a[c], StringComparison.OrdinalIgnoreCase) ? $" ({l})" : "") : "-",
            q.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
            TextReport.Clip(a[q.Content], contentWidth),
        }).ToList();
        var header = new[] { "id", "speaker", "kind", "cue", "conf", "content" };
        var widths = new int[header.Length];
        for (int i = 0; i < header.Length - 1; i++) widths[i] = Math.Max(header[i].Length, rows.Max(r => r[i].Length));
        w.WriteLine(Row(header, widths));
        w.WriteLine(Row(header.Select((h, i) => new string('-', i < widths.Length - 1 ? widths[i] : 7)).ToArray(), widths));
        foreach (var r in rows) w.WriteLine(Row(r, widths));
    }

    /// <summary>The resolved entity's name, else the source words in brackets, else "(unknown)".</summary>
    public static string Speaker(Article a, Quote q)
    {
        if (a.FindEntity(q.Speaker) is { } e) return TextReport.Clip(e.Name, 32);
        if (q.Source is { } s) return "[" + TextReport.Clip(a[s], 30) + "]";
        return "(unknown)";
    }

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i < cells.Length - 1 ? c.PadRight(widths[i]) : c));
}
