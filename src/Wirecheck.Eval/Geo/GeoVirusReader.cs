namespace Wirecheck.Eval.Geo;

using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

/// <summary>One gold toponym of GeoVirus: 0-based half-open offsets (the file's are 1-based), coordinates, Wikipedia page.</summary>
public sealed record GoldToponym(int Start, int End, string Name, string? AltName, double Lat, double Lon, string? Page);

/// <summary>One GeoVirus article.</summary>
public sealed record GeoArticle(string Source, string Text, IReadOnlyList<GoldToponym> Toponyms);

/// <summary>
/// Reads <c>GeoVirus/GeoVirus.xml.gz</c> (see the dataset README): offsets shifted by one, and the one malformed
/// <c>location</c> that wraps three others is read as four ordinary mentions.
/// </summary>
public static class GeoVirusReader
{
    public static List<GeoArticle> Read(string dataDir)
    {
        var path = Path.Combine(dataDir, "GeoVirus", "GeoVirus.xml.gz");
        if (!File.Exists(path)) path = Path.Combine(dataDir, "GeoVirus.xml.gz");
        if (!File.Exists(path)) throw new FileNotFoundException($"GeoVirus.xml.gz not found under {dataDir}");
        using var fs = File.OpenRead(path);
        using var gz = new GZipStream(fs, CompressionMode.Decompress);
        var doc = XDocument.Load(gz);
        var result = new List<GeoArticle>();
        foreach (var a in doc.Root!.Elements("article"))
        {
            var text = (string?)a.Element("text") ?? "";
            var tops = new List<GoldToponym>();
            foreach (var loc in a.Descendants("location"))
            {
                var name = (string?)loc.Element("name");
                var s = (string?)loc.Element("start");
                var e = (string?)loc.Element("end");
                var lat = (string?)loc.Element("lat");
                var lon = (string?)loc.Element("lon");
                if (name is null || s is null || e is null || lat is null || lon is null) continue;
                int start = int.Parse(s, CultureInfo.InvariantCulture) - 1, end = int.Parse(e, CultureInfo.InvariantCulture) - 1;
                if (start < 0 || end > text.Length || start >= end) continue;
                tops.Add(new GoldToponym(start, end, name, (string?)loc.Element("altName"),
                    double.Parse(lat, CultureInfo.InvariantCulture), double.Parse(lon, CultureInfo.InvariantCulture), (string?)loc.Element("page")));
            }
            tops.Sort((x, y) => x.Start.CompareTo(y.Start));
            result.Add(new GeoArticle((string?)a.Element("source") ?? "", text, tops));
        }
        return result;
    }
}
