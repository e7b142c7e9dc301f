namespace Wirecheck.Nlp.Tests.Geo;

using Wirecheck.Nlp.Geo;

public class GazetteerTests
{
    private static Gazetteer G => Gazetteer.Default;

    [Fact]
    public void Loads_countries_divisions_and_cities()
    {
        Assert.True(G.Countries.Count >= 240);
        Assert.True(G.EntryCount > 130_000);
        Assert.Equal("Kyiv", G.CountryByIso2("UA")!.Capital);
    }

    [Theory]
    [InlineData("UA", "UKR")]
    [InlineData("UKR", "UKR")]
    [InlineData("Ukraine", "UKR")]
    [InlineData("ukraine", "UKR")]
    [InlineData("China", "CHN")]
    [InlineData("People's Republic of China", "CHN")]
    [InlineData("United States", "USA")]
    [InlineData("U.S.", "USA")]
    [InlineData("Britain", "GBR")]
    [InlineData("Chinese", "CHN")]
    [InlineData("Russians", "RUS")]
    [InlineData("Україна", "UKR")]
    public void TryCountry_finds_names_codes_and_demonyms(string input, string iso3)
    {
        Assert.True(G.TryCountry(input, out var c));
        Assert.Equal(iso3, c.Iso3);
    }

    [Theory]
    [InlineData("Chinese", "CN")]
    [InlineData("Ukrainian", "UA")]
    [InlineData("Ukrainians", "UA")]
    [InlineData("Russian", "RU")]
    [InlineData("American", "US")]
    [InlineData("Americans", "US")]
    [InlineData("British", "GB")]
    [InlineData("Georgian", "GE")]
    public void Demonyms_map_to_their_country(string word, string iso2)
    {
        Assert.True(G.IsDemonym(word, out var c));
        Assert.Equal(iso2, c.Iso2);
    }

    [Theory]
    [InlineData("Ukraine")]
    [InlineData("Kyiv")]
    [InlineData("region")]
    [InlineData("")]
    public void Place_names_are_not_demonyms(string word) => Assert.False(G.IsDemonym(word, out _));

    [Fact]
    public void Lowercase_us_is_not_the_United_States()
    {
        Assert.False(G.TryCountry("us", out _));
        Assert.DoesNotContain(G.Lookup("us"), p => p.IsCountry);
        Assert.Contains(G.Lookup("US"), p => p.IsCountry && p.CountryIso2 == "US");
    }

    [Theory]
    [InlineData("Donetsk region")]
    [InlineData("Donetsk Oblast")]
    [InlineData("donetsk oblast")]
    public void Division_with_an_admin_word_is_only_the_division(string name)
    {
        var all = G.Lookup(name);
        var p = Assert.Single(all);
        Assert.Equal("ADM1", p.FeatureCode);
        Assert.Equal("UA", p.CountryIso2);
        Assert.Equal("05", p.Admin1);
    }

    [Fact]
    public void Bare_Donetsk_has_the_city_the_division_and_the_Russian_town()
    {
        var all = G.Lookup("Donetsk");
        Assert.Contains(all, p => p.IsAdmin1 && p.CountryIso2 == "UA");
        Assert.Contains(all, p => p.IsPopulatedPlace && p.CountryIso2 == "UA" && p.Population > 500_000);
        Assert.Contains(all, p => p.IsPopulatedPlace && p.CountryIso2 == "RU");
    }

    [Fact]
    public void Short_division_names_are_a_fallback_only()
    {
        // "Pangasinan" is not a recognised name (tagger features and recognition unchanged) but the geocoder's fallback finds it.
        Assert.Empty(G.Lookup("Pangasinan"));
        var p = Assert.Single(G.LookupFallback("Pangasinan"));
        Assert.Equal("ADM2", p.FeatureCode);
        Assert.Equal("PH", p.CountryIso2);
        Assert.Empty(G.LookupFallback("Atlantis"));
        Assert.Empty(G.LookupFallback(new string('x', 500)));
    }

    [Fact]
    public void Country_points_lie_inside_the_main_landmass()
    {
        // Representative points come from the countries' main landmass (Natural Earth); rough boxes around the contiguous US and mainland Australia.
        var us = G.CountryPlace("US")!;
        Assert.InRange(us.Lat, 30, 45);
        Assert.InRange(us.Lon, -110, -85);
        var au = G.CountryPlace("AU")!;
        Assert.InRange(au.Lat, -32, -20);
        Assert.InRange(au.Lon, 125, 145);
    }

    [Fact]
    public void Georgia_is_a_country_and_a_US_state()
    {
        var all = G.Lookup("Georgia");
        Assert.Contains(all, p => p.IsCountry && p.CountryIso2 == "GE");
        Assert.Contains(all, p => p.IsAdmin1 && p.CountryIso2 == "US" && p.Admin1 == "GA");
    }

    [Fact]
    public void Diacritics_and_apostrophes_are_folded()
    {
        Assert.Contains(G.Lookup("Sao Paulo"), p => p.CountryIso2 == "BR" && p.Population > 1_000_000);
        Assert.Contains(G.Lookup("São Paulo"), p => p.CountryIso2 == "BR" && p.Population > 1_000_000);
        Assert.Equal("sant julia de loria", NameKey.Of("Sant Julià de Lòria"));
        Assert.Equal("us", NameKey.Of("U.S."));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!")]
    [InlineData("Москва")]
    [InlineData("北京")]
    [InlineData(null)]
    public void Bad_or_unknown_input_gives_empty_results(string? name)
    {
        Assert.NotNull(G.Lookup(name));
        Assert.False(G.IsDemonym(name, out _));
    }

    [Fact]
    public void Very_long_names_are_rejected_without_error()
    {
        var longName = string.Concat(Enumerable.Repeat("Donetsk ", 5000));
        Assert.Empty(G.Lookup(longName));
        Assert.False(G.TryCountry(longName, out _));
        Assert.False(G.IsDemonym(longName, out _));
    }

    [Fact]
    public void FindNames_takes_the_longest_match_left_to_right()
    {
        const string text = "Shelling hit the Donetsk region and Kyiv, the Ukrainian capital, said the U.S. and South Korea.";
        var m = G.FindNames(text, 0, text.Length);
        var covered = m.Select(x => text[x.Start..x.End]).ToList();
        Assert.Contains("Donetsk region", covered);
        Assert.Contains("Kyiv", covered);
        Assert.Contains("U.S.", covered);
        Assert.Contains("South Korea", covered);
        var dem = Assert.Single(m, x => x.Kind == GazetteerMatchKind.Demonym);
        Assert.Equal("Ukrainian", text[dem.Start..dem.End]);
        Assert.Equal("UA", dem.Country!.Iso2);
        Assert.DoesNotContain("region and Kyiv", covered);
    }

    [Fact]
    public void FindNames_does_not_join_words_across_punctuation()
    {
        const string text = "Paris, France.";
        var m = G.FindNames(text, 0, text.Length);
        Assert.Equal(new[] { "Paris", "France" }, m.Select(x => text[x.Start..x.End]));
    }

    [Fact]
    public void FindNames_is_bounded_on_ten_thousand_capitalised_words()
    {
        var text = string.Join(' ', Enumerable.Repeat("Zorblax Quintar", 5000));
        var m = G.FindNames(text, 0, text.Length);
        Assert.Empty(m);
    }

    [Fact]
    public void Short_all_capital_words_match_acronyms_only()
    {
        Assert.DoesNotContain(G.Lookup("UN"), p => p.IsPopulatedPlace);
        Assert.Contains(G.Lookup("UK"), p => p.IsCountry && p.CountryIso2 == "GB");
        Assert.Contains(G.Lookup("NSW"), p => p.IsAdmin1 && p.CountryIso2 == "AU");
    }

    [Fact]
    public void FindNames_extends_a_division_with_its_admin_word_but_not_with_Department()
    {
        const string text = "Officials in Kherson Oblast and the California Department of Public Health.";
        var m = G.FindNames(text, 0, text.Length);
        var kherson = Assert.Single(m, x => text[x.Start..x.End].StartsWith("Kherson", StringComparison.Ordinal));
        Assert.Equal("Kherson Oblast", text[kherson.Start..kherson.End]);
        Assert.All(kherson.Places, p => Assert.True(p.IsAdmin1));
        Assert.Contains(m, x => text[x.Start..x.End] == "California");
        Assert.DoesNotContain(m, x => text[x.Start..x.End] == "California Department");
    }

    [Fact]
    public void Continents_oceans_and_regions_are_known()
    {
        Assert.Contains(G.Lookup("Africa"), p => p.FeatureCode == "CONT" && p.GeonameId == 6255146);
        Assert.Contains(G.Lookup("Indian Ocean"), p => p.FeatureCode == "OCN");
        Assert.Contains(G.Lookup("Middle East"), p => p.IsRegion);
    }
}
