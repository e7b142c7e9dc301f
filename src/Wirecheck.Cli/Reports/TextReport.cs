namespace Wirecheck.Cli.Reports;

using System.Globalization;
using Wirecheck.Core.Model;

/// <summary>The human-readable report of <c>analyze --format text</c>: title, blocks, then each filled layer.</summary>
public static class TextReport
{
    public static void Write(TextWriter w, Article a, bool extractionOnly = false)
    {
        var m = a.Meta;
        w.WriteLine(new string('=', 78));
        w.WriteLine(m.Title ?? "(untitled)");
        if (m.Subtitle is not null) w.WriteLine(m.Subtitle);
        var line = new List<string>();
        if (m.Authors.Count > 0) line.Add("by " + string.Join(", ", m.Authors));
        if (m.Site is not null) line.Add(m.Site);
        if (m.Published is { } p) line.Add(p.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        if (m.Language is not null) line.Add(m.Language);
        if (line.Count > 0) w.WriteLine(string.Join(" · ", line));
        w.WriteLine($"source: {a.Input.Url ?? a.Input.Path ?? "(stdin)"}");
        w.WriteLine(new string('=', 78));
        foreach (var warning in a.Warnings) w.WriteLine($"warning: {warning}");

        w.WriteLine();
        foreach (var b in a.Blocks)
        {
            var text = a.Covered(b.Start, b.End);
            switch (b.Kind)
            {
                case BlockKind.Heading: w.WriteLine($"## {text}"); break;
                case BlockKind.Blockquote: w.WriteLine($"> {text}"); break;
                case BlockKind.ListItem: w.WriteLine($"  • {text}"); break;
                default: w.WriteLine(text); break;
            }
            w.WriteLine();
        }

        if (a.Repairs.Count > 0)
        {
            Section(w, $"Repairs ({a.Repairs.Count})");
            foreach (var r in a.Repairs) w.WriteLine($"  {r.Kind,-12} [{r.Start},{r.End}) \"{Clip(r.Before, 40)}\" → \"{Clip(r.After, 60)}\"{(r.Note is null ? "" : "  (" + r.Note + ")")}");
        }
        if (a.Removed.Count > 0)
        {
            Section(w, $"Removed ({a.Removed.Count})");
            foreach (var r in a.Removed) w.WriteLine($"  {r.Kind,-16} {Clip(r.Text, 60)}");
        }
        if (extractionOnly) return;

        if (a.Sentences.Count > 0)
            w.WriteLine($"\n{a.Tokens.Count} tokens, {a.Sentences.Count} sentences");

        if (a.Entities.Count > 0)
        {
            Section(w, $"Entities ({a.Entities.Count})");
            foreach (var e in a.Entities)
            {
                var extra = new List<string>();
                if (e.Country is not null) extra.Add(e.Sector is null ? e.Country : $"{e.Country}/{e.Sector}");
                if (e.Geo is { } g) extra.Add($"{g.Name} {g.Feature} {g.Country}{(g.Admin1 is null ? "" : "." + g.Admin1)} ({g.Lat:0.00}, {g.Lon:0.00}) geonames:{g.GeonameId}");
                if (e.Titles.Count > 0) extra.Add(string.Join("; ", e.Titles));
                var mentions = string.Join(", ", e.Mentions.Select(x => a.Covered(x.Start, x.End)).Distinct());
                w.WriteLine($"  {e.Id,-4} {e.Type,-6} {e.Name}{(extra.Count > 0 ? "  [" + string.Join(" | ", extra) + "]" : "")}");
                w.WriteLine($"         {e.Mentions.Count} mention(s): {Clip(mentions, 90)}");
            }
        }
        if (a.Quotes.Count > 0)
        {
            Section(w, $"Quotes ({a.Quotes.Count})");
            foreach (var q in a.Quotes)
            {
                var who = a.FindEntity(q.Speaker)?.Name ?? (q.Source is { } s ? a[s] : "(unknown)");
                var cue = q.Cue is { } c ? a[c] : "-";
                w.WriteLine($"  {q.Id,-4} {Quote.KindName(q.Kind),-8} {who} —{cue}→ \"{Clip(a[q.Content], 100)}\" ({q.Confidence:0.00})");
            }
        }
        if (a.Claims.Count > 0)
        {
            Section(w, $"Claims ({a.Claims.Count})");
            foreach (var c in a.Claims) w.WriteLine("  " + ClaimLine(a, c));
        }
        if (a.Events.Count > 0)
        {
            Section(w, $"Events ({a.Events.Count})");
            foreach (var v in a.Events) w.WriteLine("  " + EventLine(a, v));
        }
    }

    public static string ClaimLine(Article a, Claim c)
    {
        var who = "the outlet";
        if (a.FindQuote(c.AttributedTo) is { } q)
            who = a.FindEntity(q.Speaker)?.Name ?? (q.Source is { } s ? a[s] : "unknown source");
        var qty = QuantityText(c.Quantity);
        var parts = new List<string> { $"{who} (per article): {qty} {c.Object} {c.Predicate}".Trim() };
        if (c.Time is { } t) parts.Add(t.From is null ? $"time «{a[t.Span]}» (unresolved)" : t.From == t.To ? $"on {t.From}" : $"{t.From}..{t.To}");
        if (a.FindEntity(c.Place) is { } pl) parts.Add($"in {pl.Name}");
        if (c.SameAs is not null) parts.Add($"restates {c.SameAs}");
        return string.Join(" · ", parts);
    }

    public static string QuantityText(Quantity q)
    {
        static string N(double? d) => d is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "?";
        if (q.Min is not null && q.Max is null) return (q.MinInclusive ? "≥" : ">") + N(q.Min);
        if (q.Max is not null && q.Min is null) return (q.MaxInclusive ? "≤" : "<") + N(q.Max);
        if (q.Min is not null && q.Max is not null && q.Min != q.Max) return $"{N(q.Min)}–{N(q.Max)}" + (q.Approximate ? " (approx.)" : "");
        return (q.Approximate ? "~" : "") + N(q.Value ?? q.Min);
    }

    /// <summary><c>date | actor (country/sector) | TYPE/mode | recipient | place | source</c>, then flags and the trigger.</summary>
    public static string EventLine(Article a, Event v)
    {
        string Arg(EventArgument x)
        {
            var name = a.FindEntity(x.Entity)?.Name ?? a.Covered(x.Start, x.End);
            return x.Country is null && x.Sector is null ? name : $"{name} ({x.Country ?? "-"}/{x.Sector ?? "-"})";
        }
        string Role(string role, List<string> ids)
        {
            var args = v.Arguments.Where(x => x.Role == role).ToList();
            if (args.Count > 0) return string.Join(", ", args.Select(Arg));
            return ids.Count > 0 ? string.Join(", ", ids.Select(id => a.FindEntity(id)?.Name ?? id)) : "-";
        }
        var actors = Role("actor", v.Actors);
        var recips = Role("recipient", v.Recipients);
        var placeArg = v.Arguments.FirstOrDefault(x => x.Role == "location");
        var place = a.FindEntity(v.Location)?.Name ?? (placeArg is null ? "-" : a.Covered(placeArg.Start, placeArg.End));
        var src = a.FindQuote(v.AttributedTo) is { } q ? a.FindEntity(q.Speaker)?.Name ?? (q.Source is { } s ? a[s] : "quoted") : "outlet";
        var flags = new List<string>();
        if (v.Negated) flags.Add("negated");
        if (v.Hypothetical) flags.Add("hypothetical");
        if (v.Future) flags.Add("future");
        if (v.Reported) flags.Add("reported");
        return $"{v.Date ?? "-"} | {actors} | {v.Type}{(v.Mode is null ? "" : "/" + v.Mode)} | {recips} | {place} | {src}{(flags.Count > 0 ? " [" + string.Join(",", flags) + "]" : "")}  «{a[v.Trigger]}»";
    }

    private static void Section(TextWriter w, string title)
    {
        w.WriteLine();
        w.WriteLine(title);
        w.WriteLine(new string('-', title.Length));
    }

    public static string Clip(string s, int max)
    {
        s = s.Replace('\n', ' ');
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }
}
