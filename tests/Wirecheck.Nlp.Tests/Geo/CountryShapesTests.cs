namespace Wirecheck.Nlp.Tests.Geo;

using Wirecheck.Nlp.Geo.Build;

public class CountryShapesTests
{
    private static string Write(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"wirecheck-topo-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Main_landmass_centroid_wins_over_small_islands()
    {
        // Country 001: a 10x10 degree square centred on (5, 5) and a 1x1 island at (40.5, 40.5); unquantized arcs.
        var path = Write("""
            {"type":"Topology","arcs":[
              [[0,0],[10,0],[10,10],[0,10],[0,0]],
              [[40,40],[41,40],[41,41],[40,41],[40,40]]],
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
               {"type":"MultiPolygon","id":"001","properties":{"name":"Squareland"},"arcs":[[[0]],[[1]]]}]}}}
            """);
        try
        {
            var p = CountryShapes.Read(path)["001"];
            Assert.Equal(5, p.Lat, 3);
            Assert.Equal(5, p.Lon, 3);
            Assert.True(p.MainShare > 0.9);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Archipelago_gets_the_area_weighted_centre_and_quantized_arcs_are_decoded()
    {
        // Two equal squares (no main landmass): the centre lies between them. Quantized, delta-encoded arcs with a transform.
        var path = Write("""
            {"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},"arcs":[
              [[0,0],[2,0],[0,2],[-2,0],[0,-2]],
              [[10,0],[2,0],[0,2],[-2,0],[0,-2]]],
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
               {"type":"MultiPolygon","id":"002","properties":{"name":"Twin Isles"},"arcs":[[[0]],[[1]]]},
               {"type":"Polygon","properties":{"name":"No id"},"arcs":[[0]]}]}}}
            """);
        try
        {
            var all = CountryShapes.Read(path);
            var p = Assert.Single(all).Value;
            Assert.Equal(1, p.Lat, 3);
            Assert.Equal(6, p.Lon, 3);
            Assert.Equal(0.5, p.MainShare, 2);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_polygon_across_the_antimeridian_is_unwrapped()
    {
        // A 2x2 square from 179 E to 179 W at the equator: its centre is on the antimeridian, not at longitude 0.
        var path = Write("""
            {"type":"Topology","arcs":[[[179,-1],[-179,-1],[-179,1],[179,1],[179,-1]]],
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","id":"003","properties":{"name":"Dateline"},"arcs":[[0]]}]}}}
            """);
        try
        {
            var p = CountryShapes.Read(path)["003"];
            Assert.Equal(0, p.Lat, 3);
            Assert.Equal(180, Math.Abs(p.Lon), 3);
        }
        finally { File.Delete(path); }
    }
}
