namespace Wirecheck.Nlp.Tests.Geo;

using Wirecheck.Nlp.Geo;

public class DistanceTests
{
    [Fact]
    public void Great_circle_distance_gives_known_distances()
    {
        Assert.InRange(Geocoder.DistanceKm(55.75, 37.62, 50.45, 30.52), 750, 770); // Moscow–Kyiv ≈ 756 km
        Assert.Equal(0, Geocoder.DistanceKm(48.0, 37.8, 48.0, 37.8), 6);
    }
}
