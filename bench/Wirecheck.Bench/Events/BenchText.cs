namespace Wirecheck.Bench.Events;

using System.Text.Json;

/// <summary>Benchmark text for event coding: the seed article plus the PLOVER gold sentences (one per line).</summary>
public static class BenchText
{
    public static string Load()
    {
        var sb = new System.Text.StringBuilder();
        var shared = Wirecheck.Eval.Framework.SharedData.Find();
        if (shared is not null)
        {
            var seed = Path.Combine(shared, "seed", "000_0161519d048cf689.txt");
            if (File.Exists(seed)) sb.Append(File.ReadAllText(seed).Replace("\r", "")).Append('\n');
            var gold = Path.Combine(shared, "datasets", "events", "PLOVER_GSR_CAMEO.json");
            if (File.Exists(gold))
                using (var doc = JsonDocument.Parse(File.ReadAllText(gold)))
                    foreach (var r in doc.RootElement.EnumerateArray())
                        if (r.TryGetProperty("text", out var t) && t.GetString() is { Length: > 0 } s) sb.Append(s.Replace('\n', ' ')).Append('\n');
        }
        if (sb.Length == 0)
            for (int i = 0; i < 200; i++)
                sb.Append("Ukrainian forces captured two Chinese nationals in Donetsk on Monday, officials said. Beijing denied any involvement and called for peace talks.\n");
        return sb.ToString();
    }
}
