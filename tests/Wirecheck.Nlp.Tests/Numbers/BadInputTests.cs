namespace Wirecheck.Nlp.Tests.Numbers;

using CsCheck;

public class BadInputTests
{
    [Fact]
    public void Ten_thousand_digit_number_is_a_warning_not_an_overflow()
    {
        var a = NumberTestKit.Run("The count was " + new string('9', 10_000) + " people.");
        Assert.DoesNotContain(a.Numbers, n => n.Quantity.Value is { } v && !double.IsFinite(v));
        Assert.Contains(a.Warnings, w => w.Contains("out of range"));
    }

    [Fact]
    public void Scientific_overflow_is_a_warning()
    {
        var a = NumberTestKit.Run("It cost 1e999 dollars.");
        Assert.Empty(a.Numbers);
        Assert.Contains(a.Warnings, w => w.Contains("1e999"));
    }

    [Fact]
    public void Mixed_locale_is_read_with_a_warning()
    {
        var a = NumberTestKit.Run("The bill was 1.200,50 euros.");
        var n = Assert.Single(a.Numbers);
        Assert.Equal(1200.5, n.Quantity.Value);
        Assert.Contains(a.Warnings, w => w.Contains("1.200,50"));
    }

    [Fact]
    public void February_30_keeps_the_month_and_warns()
    {
        var a = NumberTestKit.Run("The vote on February 30, 2024 was cancelled.");
        var t = Assert.Single(a.Times);
        Assert.Equal("2024-02-01", t.From);
        Assert.Equal("2024-02-29", t.To);
        Assert.Contains(a.Warnings, w => w.Contains("February 30"));
    }

    [Fact]
    public void Names_with_digits_are_not_quantities()
    {
        var a = NumberTestKit.Run("The G7 met about COVID-19 and Su-25 jets on 5G networks.");
        Assert.Empty(a.Numbers);
    }

    [Fact]
    public void Numbers_inside_markup_and_urls_are_not_quantities()
    {
        var a = NumberTestKit.Run("img?w=64&h=50 and id_12");
        Assert.Empty(a.Numbers);
    }

    [Fact]
    public void Years_are_times_not_numbers()
    {
        var a = NumberTestKit.Run("In 2023, 2000 soldiers left.");
        Assert.Single(a.Times);
        var n = Assert.Single(a.Numbers);
        Assert.Equal(2000, n.Quantity.Value);
    }

    [Fact]
    public void Relative_dates_without_publication_date_are_unresolved_with_a_note()
    {
        var a = NumberTestKit.Run("He left last week.");
        var t = Assert.Single(a.Times);
        Assert.Null(t.From);
        Assert.NotNull(t.Note);
    }

    [Fact]
    public void Any_text_gives_ranges_inside_the_text_and_finite_values()
    {
        Gen.String[Gen.Char["0123456789.,-–$%e abcdmoreathn"], 0, 80].Sample(s =>
        {
            var a = NumberTestKit.Run(s, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
            foreach (var n in a.Numbers)
            {
                Assert.InRange(n.Start, 0, s.Length);
                Assert.InRange(n.End, n.Start + 1, s.Length);
                foreach (var v in new[] { n.Quantity.Value, n.Quantity.Min, n.Quantity.Max })
                    if (v is { } d) Assert.True(double.IsFinite(d));
            }
            foreach (var t in a.Times) Assert.InRange(t.End, t.Start + 1, s.Length);
        }, iter: 2000);
    }
}
