namespace Wirecheck.Cli.Reports;

using System.Globalization;
using System.Text;
using System.Text.Json;
using Wirecheck.Core.Json;
using Wirecheck.Store.Db;

/// <summary>Prints query results as aligned text, JSON or CSV.</summary>
public static class TableReport
{
    public const int MaxTextCell = 100;

    public static void Write(TextWriter w, IReadOnlyList<ResultTable> tables, string format)
    {
        switch (format)
        {
            case "json": WriteJson(w, tables); break;
            case "csv":
                for (int i = 0; i < tables.Count; i++)
                {
                    if (tables.Count > 1) { if (i > 0) w.WriteLine(); w.WriteLine("# " + tables[i].Title); }
                    WriteCsv(w, tables[i]);
                }
                break;
            default:
                for (int i = 0; i < tables.Count; i++)
                {
                    if (tables.Count > 1) { if (i > 0) w.WriteLine(); w.WriteLine($"== {tables[i].Title} ({tables[i].Rows.Count})"); }
                    WriteText(w, tables[i]);
                }
                break;
        }
    }

    public static void Write(TextWriter w, ResultTable table, string format) => Write(w, new[] { table }, format);

    public static void WriteText(TextWriter w, ResultTable t)
    {
        if (t.Rows.Count == 0) { w.WriteLine("(none)"); return; }
        int n = t.Columns.Count;
        var cells = t.Rows.Select(r => Enumerable.Range(0, n).Select(i => Clip(Cell(i < r.Length ? r[i] : null))).ToArray()).ToList();
        var widths = new int[n];
        for (int i = 0; i < n; i++) widths[i] = Math.Max(t.Columns[i].Length, cells.Max(c => c[i].Length));
        w.WriteLine(string.Join("  ", t.Columns.Select((c, i) => i == n - 1 ? c : c.PadRight(widths[i]))));
        foreach (var row in cells)
            w.WriteLine(string.Join("  ", row.Select((c, i) => i == n - 1 ? c : c.PadRight(widths[i]))));
    }

    public static void WriteCsv(TextWriter w, ResultTable t)
    {
        w.WriteLine(string.Join(',', t.Columns.Select(Csv)));
        foreach (var r in t.Rows)
            w.WriteLine(string.Join(',', Enumerable.Range(0, t.Columns.Count).Select(i => Csv(Cell(i < r.Length ? r[i] : null)))));
    }

    public static string Csv(string s) =>
        s.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    private static void WriteJson(TextWriter w, IReadOnlyList<ResultTable> tables)
    {
        using var ms = new MemoryStream();
        using (var j = new Utf8JsonWriter(ms, ContractWriter.Pretty))
        {
            if (tables.Count == 1) WriteRows(j, tables[0]);
            else
            {
                j.WriteStartObject();
                foreach (var t in tables) { j.WritePropertyName(t.Title.Replace(' ', '_')); WriteRows(j, t); }
                j.WriteEndObject();
            }
        }
        w.WriteLine(Encoding.UTF8.GetString(ms.ToArray()));
    }

    private static void WriteRows(Utf8JsonWriter j, ResultTable t)
    {
        j.WriteStartArray();
        foreach (var r in t.Rows)
        {
            j.WriteStartObject();
            for (int i = 0; i < t.Columns.Count; i++)
            {
                var v = i < r.Length ? r[i] : null;
                var name = t.Columns[i].Replace(' ', '_');
                switch (v)
                {
                    case null: j.WriteNull(name); break;
                    case long l: j.WriteNumber(name, l); break;
                    case int k: j.WriteNumber(name, k); break;
                    case double d when double.IsFinite(d): j.WriteNumber(name, d); break;
                    case bool b: j.WriteBoolean(name, b); break;
                    default: j.WriteString(name, Cell(v)); break;
                }
            }
            j.WriteEndObject();
        }
        j.WriteEndArray();
    }

    private static string Cell(object? v) => v switch
    {
        null => "",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    private static string Clip(string s)
    {
        s = s.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
        return s.Length > MaxTextCell ? s[..(MaxTextCell - 1)] + "…" : s;
    }
}
