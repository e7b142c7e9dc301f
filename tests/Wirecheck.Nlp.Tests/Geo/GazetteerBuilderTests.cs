namespace Wirecheck.Nlp.Tests.Geo;

using Wirecheck.Nlp.Geo.Build;

public class GazetteerBuilderTests
{
    [Theory]
    [InlineData("Ukrainian", "Ukrainians")]
    [InlineData("Afghan", "Afghans")]
    [InlineData("Israeli", "Israelis")]
    [InlineData("Filipino", "Filipinos")]
    [InlineData("South Korean", "South Koreans")]
    [InlineData("German", "Germans")]
    [InlineData("Chinese", null)]
    [InlineData("British", null)]
    [InlineData("Dutch", null)]
    [InlineData("Swiss", null)]
    public void Plural_nationals_forms(string demonym, string? plural) => Assert.Equal(plural, GazetteerBuilder.PluralOf(demonym));

    [Fact]
    public void A_remote_stray_city_is_left_out_of_a_division_and_a_compact_division_is_kept_whole()
    {
        // Ten towns within about 100 km of (40, 10) and one miscoded town 1,500 km away.
        var cities = Enumerable.Range(0, 10).Select(i => new SourceCity(i, "T" + i, "XX", "01", "PPL", 1000, 40 + 0.1 * i, 10 + 0.1 * i)).ToList();
        var withStray = cities.Append(new SourceCity(99, "Far", "XX", "01", "PPL", 1000, 40, 28)).ToList();
        var kept = GazetteerBuilder.WithoutStrays(withStray);
        Assert.Equal(10, kept.Count);
        Assert.DoesNotContain(kept, c => c.Name == "Far");
        Assert.Equal(10, GazetteerBuilder.WithoutStrays(cities).Count);
        // Fewer than five cities: nothing is dropped.
        var few = new List<SourceCity> { cities[0], cities[1], withStray[^1] };
        Assert.Equal(3, GazetteerBuilder.WithoutStrays(few).Count);
    }
}
