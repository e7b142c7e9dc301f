namespace Wirecheck.Eval.Attribution;

using System.IO.Compression;
using System.Text.Json;
using Wirecheck.Core.Model;

/// <summary>Reads the JSON-lines conversion of PolNeAR (<c>polnear_&lt;split&gt;.jsonl.gz</c>; see its README).</summary>
public static class PolnearReader
{
    public static IEnumerable<PolnearDocument> Read(string path, bool primaryOnly = true)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            bool primary = r.GetProperty("is_primary").GetBoolean();
            if (primaryOnly && !primary) continue;
            var text = r.GetProperty("text").GetString() ?? "";
            var list = new List<GoldAttribution>();
            foreach (var a in r.GetProperty("attributions").EnumerateArray())
                list.Add(new GoldAttribution(Extent(a, "source", text.Length), Extent(a, "cue", text.Length), Extent(a, "content", text.Length)));
            yield return new PolnearDocument(r.GetProperty("article").GetString() ?? "", r.GetProperty("annotator").GetString() ?? "", primary, text, list);
        }
    }

    /// <summary>The extent of a role's fragments: first start to last end.</summary>
    private static TextSpan? Extent(JsonElement a, string role, int length)
    {
        if (!a.TryGetProperty(role, out var frags) || frags.ValueKind != JsonValueKind.Array) return null;
        int s = int.MaxValue, e = -1;
        foreach (var f in frags.EnumerateArray())
        {
            s = Math.Min(s, f.GetProperty("start").GetInt32());
            e = Math.Max(e, f.GetProperty("end").GetInt32());
        }
        if (e < 0 || s >= e || e > length) return null;
        return new TextSpan(s, e);
    }
}
