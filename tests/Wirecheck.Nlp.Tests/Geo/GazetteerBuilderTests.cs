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
}
