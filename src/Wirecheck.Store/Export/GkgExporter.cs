namespace Wirecheck.Store.Export;

using System.Globalization;
using System.Text;
using System.Text.Json;
using Wirecheck.Store.Db;

/// <summary>
/// GDELT Global Knowledge Graph 2.1 tab-separated records, one per article (27 columns, no header, as GDELT
/// publishes them): persons, organisations, locations with coordinates and GeoNames ids, quotations with
/// offsets, all names, amounts. Offsets are UTF-16 indices into the clean article text. Differences from GDELT:
/// country codes are ISO 3166-1 alpha-2 (GDELT uses FIPS 10-4), and tone, themes, counts and GCAM are empty.
/// </summary>
public static class GkgExporter
{
    public const int Columns = 27;

    public static int Write(ArticleStore store, TextWriter w)
    {
        int n = 0;
        foreach (var a in StoredAnalyses.All(store))
        {
            w.Write(Record(a, ++n));
            w.Write('\n');
        }
        return n;
    }

    public static string Record(StoredAnalyses.Item item, int sequence)
    {
        using var doc = JsonDocument.Parse(item.Json);
        var root = doc.RootElement;
        var f = new string[Columns];
        for (int i = 0; i < Columns; i++) f[i] = "";
        var date = item.Published is not null && DateTimeOffset.TryParse(item.Published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? d.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) : "";
        f[0] = $"{(date.Length > 0 ? date : "00000000000000")}-{sequence}";
        f[1] = date;
        f[2] = "1";
        f[3] = Clean(item.Site ?? "");
        f[4] = Clean(item.Url ?? Str(root, "input", "path") ?? $"wirecheck:{item.Id}");

        var persons = new List<string>(); var personsV2 = new List<string>();
        var orgs = new List<string>(); var orgsV2 = new List<string>();
        var locs = new List<string>(); var locsV2 = new List<string>();
        var allNames = new List<string>();
        if (root.TryGetProperty("entities", out var ents) && ents.ValueKind == JsonValueKind.Array)
            foreach (var e in ents.EnumerateArray())
            {
                var type = e.GetProperty("type").GetString();
                var name = Clean(e.GetProperty("name").GetString() ?? "");
                if (name.Length == 0) continue;
                var offsets = new List<int>();
                if (e.TryGetProperty("mentions", out var ms))
                    foreach (var m in ms.EnumerateArray())
                    {
                        var t = m.TryGetProperty("text", out var tx) ? tx.GetString() ?? "" : "";
                        if (t.Length > 0 && char.IsUpper(t[0])) offsets.Add(m.GetProperty("start").GetInt32());
                    }
                if (offsets.Count == 0) offsets.Add(-1);
                foreach (var o in offsets) if (o >= 0) allNames.Add($"{name},{o}");
                switch (type)
                {
                    case "PERSON":
                        persons.Add(name);
                        personsV2.AddRange(offsets.Where(o => o >= 0).Select(o => $"{name},{o}"));
                        break;
                    case "ORG":
                        orgs.Add(name);
                        orgsV2.AddRange(offsets.Where(o => o >= 0).Select(o => $"{name},{o}"));
                        break;
                    case "GPE" or "LOC" or "FAC":
                        if (e.TryGetProperty("geo", out var g) && g.ValueKind == JsonValueKind.Object)
                        {
                            var feature = g.TryGetProperty("feature", out var fe) ? fe.GetString() ?? "" : "";
                            var cc = g.TryGetProperty("country", out var c) ? c.GetString() ?? "" : "";
                            var adm1 = g.TryGetProperty("admin1", out var a1) && a1.ValueKind == JsonValueKind.String ? cc + a1.GetString() : cc;
                            var lat = g.GetProperty("lat").GetDouble().ToString("0.####", CultureInfo.InvariantCulture);
                            var lon = g.GetProperty("lon").GetDouble().ToString("0.####", CultureInfo.InvariantCulture);
                            var id = g.GetProperty("geonameid").GetInt64().ToString(CultureInfo.InvariantCulture);
                            var geoName = Clean(g.TryGetProperty("name", out var gn) ? gn.GetString() ?? name : name);
                            int lt = LocationType(feature, cc);
                            locs.Add($"{lt}#{geoName}#{cc}#{adm1}#{lat}#{lon}#{id}");
                            foreach (var o in offsets.Where(o => o >= 0)) locsV2.Add($"{lt}#{geoName}#{cc}#{adm1}##{lat}#{lon}#{id}#{o}");
                        }
                        break;
                }
            }
        f[9] = string.Join(';', locs.Distinct());
        f[10] = string.Join(';', locsV2);
        f[11] = string.Join(';', persons.Distinct());
        f[12] = string.Join(';', personsV2);
        f[13] = string.Join(';', orgs.Distinct());
        f[14] = string.Join(';', orgsV2);

        var quotes = new List<string>();
        if (root.TryGetProperty("quotes", out var qs) && qs.ValueKind == JsonValueKind.Array)
            foreach (var q in qs.EnumerateArray())
            {
                if (!q.TryGetProperty("content", out var c) || c.ValueKind != JsonValueKind.Object) continue;
                int start = c.GetProperty("start").GetInt32(), end = c.GetProperty("end").GetInt32();
                var verb = q.TryGetProperty("cue", out var cue) && cue.ValueKind == JsonValueKind.Object ? Clean(cue.GetProperty("text").GetString() ?? "") : "";
                quotes.Add($"{start}|{end - start}|{verb}|{Clean(c.GetProperty("text").GetString() ?? "")}");
            }
        f[22] = string.Join('#', quotes);
        f[23] = string.Join(';', allNames);

        var amounts = new List<string>();
        if (root.TryGetProperty("claims", out var cs) && cs.ValueKind == JsonValueKind.Array)
            foreach (var c in cs.EnumerateArray())
            {
                var q = c.GetProperty("quantity");
                double? v = q.TryGetProperty("value", out var vv) && vv.ValueKind == JsonValueKind.Number ? vv.GetDouble()
                    : q.TryGetProperty("min", out var mn) && mn.ValueKind == JsonValueKind.Number ? mn.GetDouble() : null;
                if (v is null) continue;
                var obj = c.TryGetProperty("object", out var ob) && ob.ValueKind == JsonValueKind.String ? Clean(ob.GetString() ?? "") : "";
                int offset = c.TryGetProperty("quantitySpan", out var qsp) && qsp.ValueKind == JsonValueKind.Object ? qsp.GetProperty("start").GetInt32()
                    : c.GetProperty("span").GetProperty("start").GetInt32();
                amounts.Add($"{v.Value.ToString("0.###", CultureInfo.InvariantCulture)},{obj},{offset}");
            }
        f[24] = string.Join(';', amounts);
        if (item.Title is { Length: > 0 } title)
            f[26] = $"<PAGE_TITLE>{System.Security.SecurityElement.Escape(Clean(title))}</PAGE_TITLE>";
        return string.Join('\t', f);
    }

    /// <summary>GDELT location types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).</summary>
    public static int LocationType(string feature, string country)
    {
        if (feature.StartsWith("PCL", StringComparison.Ordinal)) return 1;
        bool us = country == "US";
        if (feature == "ADM1") return us ? 2 : 5;
        return us ? 3 : 4;
    }

    /// <summary>Delimiters of the format (tab, newline, # ; , |) become spaces inside values.</summary>
    public static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s) sb.Append(c is '\t' or '\n' or '\r' or '#' or ';' or ',' or '|' ? ' ' : c);
        return sb.ToString().Trim();
    }

    private static string? Str(JsonElement e, string obj, string prop) =>
        e.TryGetProperty(obj, out var o) && o.ValueKind == JsonValueKind.Object && o.TryGetProperty(prop, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
