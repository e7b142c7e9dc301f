namespace Wirecheck.Nlp.Geo.Build;

using System.Text.Json;

/// <summary>A country's representative point computed from its polygons, and the share of its area the main landmass holds.</summary>
public sealed record CountryShapePoint(string NumericCode, string Name, double Lat, double Lon, double MainShare);

/// <summary>
/// Representative points of countries from the TopoJSON of the npm package <c>world-atlas</c> 2.0.2
/// (<c>countries-50m.json</c>: Natural Earth 1:50m admin-0 polygons, public domain; object <c>countries</c>, geometry ids
/// are ISO 3166 numeric codes). The point is the centroid of the country's main landmass (its largest polygon) when
/// that holds more than half of the country's area, else the area-weighted centroid of all its polygons (archipelagos).
/// Centroids are planar in longitude/latitude with longitudes unwrapped across the antimeridian; areas are weighted by
/// cos(latitude). Several geometries with one id (Australia and its Ashmore and Cartier Islands) are merged.
/// </summary>
public static class CountryShapes
{
    public const double MainLandmassShare = 0.5;

    public static Dictionary<string, CountryShapePoint> Read(string path)
    {
        using var fs = File.OpenRead(path);
        using var doc = JsonDocument.Parse(fs);
        var root = doc.RootElement;
        double sx = 1, sy = 1, tx = 0, ty = 0;
        bool quantized = root.TryGetProperty("transform", out var tr);
        if (quantized)
        {
            sx = tr.GetProperty("scale")[0].GetDouble(); sy = tr.GetProperty("scale")[1].GetDouble();
            tx = tr.GetProperty("translate")[0].GetDouble(); ty = tr.GetProperty("translate")[1].GetDouble();
        }
        var arcs = new List<(double X, double Y)[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var pts = new (double, double)[arc.GetArrayLength()];
            double x = 0, y = 0;
            int i = 0;
            foreach (var p in arc.EnumerateArray())
            {
                if (quantized) { x += p[0].GetDouble(); y += p[1].GetDouble(); pts[i++] = (x * sx + tx, y * sy + ty); }
                else pts[i++] = (p[0].GetDouble(), p[1].GetDouble());
            }
            arcs.Add(pts);
        }

        var polygonsById = new Dictionary<string, (string Name, List<List<List<(double X, double Y)>>> Polygons)>(StringComparer.Ordinal);
        foreach (var g in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            if (!g.TryGetProperty("id", out var idEl) || idEl.ValueKind != JsonValueKind.String) continue;
            var id = idEl.GetString()!;
            var name = g.TryGetProperty("properties", out var props) && props.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
            var type = g.GetProperty("type").GetString();
            var polys = new List<List<List<(double, double)>>>();
            if (type == "Polygon") polys.Add(Rings(g.GetProperty("arcs"), arcs));
            else if (type == "MultiPolygon") foreach (var p in g.GetProperty("arcs").EnumerateArray()) polys.Add(Rings(p, arcs));
            else continue;
            if (polygonsById.TryGetValue(id, out var old)) old.Polygons.AddRange(polys);
            else polygonsById[id] = (name, polys);
        }

        var result = new Dictionary<string, CountryShapePoint>(StringComparer.Ordinal);
        foreach (var (id, (name, polys)) in polygonsById)
        {
            var parts = new List<(double Area, double Lat, double Lon)>();
            foreach (var p in polys)
                if (PolygonCentroid(p) is { } c) parts.Add(c);
            if (parts.Count == 0) continue;
            double total = parts.Sum(c => c.Area);
            var main = parts.MaxBy(c => c.Area);
            double share = total > 0 ? main.Area / total : 1;
            double lat, lon;
            if (share > MainLandmassShare) { lat = main.Lat; lon = main.Lon; }
            else
            {
                // Weighted mean of the parts, longitudes taken near the main part's so the antimeridian does not split them.
                double wl = 0, wo = 0;
                foreach (var c in parts) { wl += c.Area * c.Lat; wo += c.Area * Near(c.Lon, main.Lon); }
                lat = wl / total; lon = Wrap(wo / total);
            }
            result[id] = new CountryShapePoint(id, name, lat, Wrap(lon), share);
        }
        return result;
    }

    private static List<List<(double X, double Y)>> Rings(JsonElement ringsEl, List<(double X, double Y)[]> arcs)
    {
        var rings = new List<List<(double, double)>>();
        foreach (var ring in ringsEl.EnumerateArray())
        {
            var pts = new List<(double, double)>();
            foreach (var idxEl in ring.EnumerateArray())
            {
                int idx = idxEl.GetInt32();
                var arc = idx >= 0 ? arcs[idx] : arcs[~idx];
                int n = arc.Length;
                for (int k = 0; k < n; k++)
                {
                    if (pts.Count > 0 && k == 0) continue; // shared point with the previous arc
                    pts.Add(idx >= 0 ? arc[k] : arc[n - 1 - k]);
                }
            }
            rings.Add(pts);
        }
        return rings;
    }

    /// <summary>Centroid of a polygon (outer ring minus holes) and its area weighted by cos(latitude); null when degenerate.</summary>
    private static (double Area, double Lat, double Lon)? PolygonCentroid(List<List<(double X, double Y)>> rings)
    {
        double a = 0, cx = 0, cy = 0, outerSign = 0;
        for (int r = 0; r < rings.Count; r++)
        {
            var (ra, rx, ry) = RingMoments(rings[r]);
            if (r == 0) outerSign = Math.Sign(ra);
            if (outerSign == 0) return null;
            a += ra * outerSign; cx += rx * outerSign; cy += ry * outerSign;
        }
        if (a <= 0) return null;
        double lon = cx / (3 * a), lat = cy / (3 * a);
        return (a * Math.Cos(lat * Math.PI / 180), lat, lon);
    }

    /// <summary>Signed area (×2) and first moments (×6 over 3) of one ring by the shoelace formula, longitudes unwrapped.</summary>
    private static (double A, double Mx, double My) RingMoments(List<(double X, double Y)> ring)
    {
        if (ring.Count < 3) return (0, 0, 0);
        double a = 0, mx = 0, my = 0;
        double px = ring[0].X, py = ring[0].Y;
        for (int i = 1; i < ring.Count; i++)
        {
            double x = Near(ring[i].X, px), y = ring[i].Y;
            double c = px * y - x * py;
            a += c; mx += (px + x) * c; my += (py + y) * c;
            px = x; py = y;
        }
        return (a / 2, mx / 2, my / 2);
    }

    /// <summary>The longitude equal to <paramref name="lon"/> modulo 360 that lies within 180° of <paramref name="reference"/>.</summary>
    private static double Near(double lon, double reference)
    {
        while (lon - reference > 180) lon -= 360;
        while (reference - lon > 180) lon += 360;
        return lon;
    }

    private static double Wrap(double lon)
    {
        while (lon > 180) lon -= 360;
        while (lon < -180) lon += 360;
        return lon;
    }
}
