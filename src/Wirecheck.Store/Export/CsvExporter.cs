namespace Wirecheck.Store.Export;

using System.Globalization;
using Wirecheck.Store.Db;

/// <summary>Every table of the store as CSV files in a folder (compressed columns left out).</summary>
public static class CsvExporter
{
    public static readonly string[] Tables =
    {
        "articles", "entities", "quotes", "claims", "events", "corpus_entities", "corpus_aliases", "stories", "story_members", "claim_clusters", "conflicts",
    };

    private static readonly HashSet<string> Skip = new(StringComparer.OrdinalIgnoreCase) { "raw", "analysis", "sh0", "sh1", "sh2", "sh3" };

    public static IReadOnlyList<string> WriteAll(ArticleStore store, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var t in Tables)
        {
            var path = Path.Combine(folder, t + ".csv");
            using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            WriteTable(store, t, w);
            written.Add(path);
        }
        return written;
    }

    public static void WriteTable(ArticleStore store, string table, TextWriter w)
    {
        if (Array.IndexOf(Tables, table) < 0) throw new ArgumentException($"unknown table '{table}' (one of: {string.Join(", ", Tables)})");
        using var cmd = store.Connection.Command($"SELECT * FROM {table} ORDER BY 1");
        using var r = cmd.ExecuteReader();
        var cols = Enumerable.Range(0, r.FieldCount).Where(i => !Skip.Contains(r.GetName(i))).ToArray();
        w.WriteLine(string.Join(',', cols.Select(i => Csv(r.GetName(i)))));
        while (r.Read())
            w.WriteLine(string.Join(',', cols.Select(i => r.IsDBNull(i) ? "" : Csv(Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture) ?? ""))));
    }

    public static string Csv(string s) =>
        s.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
