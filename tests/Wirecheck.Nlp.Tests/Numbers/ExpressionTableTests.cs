namespace Wirecheck.Nlp.Tests.Numbers;

using Wirecheck.Core.Model;

/// <summary>
/// The table of number, hedge and date expressions: each row is a sentence, the text the mention must
/// cover, and the value and interval it must read. Null bounds are open.
/// </summary>
public class ExpressionTableTests
{
    [Theory]
    // digits, separators, decimals
    [InlineData("Police said 150 people were arrested.", "150", 150.0, 150.0, true, 150.0, true, null)]
    [InlineData("The fund holds 1,200,000 shares.", "1,200,000", 1200000.0, 1200000.0, true, 1200000.0, true, null)]
    [InlineData("It weighed 3.75 tonnes.", "3.75 tonnes", 3.75, 3.75, true, 3.75, true, "t")]
    [InlineData("Exactly 12,345.67 was paid.", "Exactly 12,345.67", 12345.67, 12345.67, true, 12345.67, true, null)]
    [InlineData("There are 0.5 doctors per village.", "0.5", 0.5, 0.5, true, 0.5, true, null)]
    // words
    [InlineData("Two men were detained.", "Two", 2.0, 2.0, true, 2.0, true, null)]
    [InlineData("They found twenty-five thousand ballots.", "twenty-five thousand", 25000.0, 25000.0, true, 25000.0, true, null)]
    [InlineData("He owes three hundred and fifty pounds.", "three hundred and fifty pounds", 350.0, 350.0, true, 350.0, true, "GBP")]
    [InlineData("A dozen soldiers surrendered.", "A dozen", 12.0, 12.0, true, 12.0, true, null)]
    [InlineData("Two dozen eggs.", "Two dozen", 24.0, 24.0, true, 24.0, true, null)]
    [InlineData("The budget is 1.2 billion.", "1.2 billion", 1.2e9, 1.2e9, true, 1.2e9, true, null)]
    [InlineData("Nearly half a million people fled.", "Nearly half a million", 500000.0, 450000.0, true, 500000.0, false, null)]
    [InlineData("a hundred volunteers came", "a hundred", 100.0, 100.0, true, 100.0, true, null)]
    [InlineData("some three million voters", "some three million", 3e6, 2.7e6, true, 3.3e6, true, null)]
    [InlineData("seventeen villages", "seventeen", 17.0, 17.0, true, 17.0, true, null)]
    [InlineData("ninety-nine problems", "ninety-nine", 99.0, 99.0, true, 99.0, true, null)]
    [InlineData("two million five hundred thousand", "two million five hundred thousand", 2500000.0, 2500000.0, true, 2500000.0, true, null)]
    [InlineData("a million dollars", "a million dollars", 1e6, 1e6, true, 1e6, true, "USD")]
    [InlineData("25 thousand troops", "25 thousand", 25000.0, 25000.0, true, 25000.0, true, null)]
    [InlineData("3 trillion yuan", "3 trillion yuan", 3e12, 3e12, true, 3e12, true, "CNY")]
    // ordinals
    [InlineData("the third round of talks", "third", 3.0, 3.0, true, 3.0, true, "ordinal")]
    [InlineData("the 21st summit", "21st", 21.0, 21.0, true, 21.0, true, "ordinal")]
    [InlineData("the twenty-first century", "twenty-first", 21.0, 21.0, true, 21.0, true, "ordinal")]
    [InlineData("her 2nd term", "2nd", 2.0, 2.0, true, 2.0, true, "ordinal")]
    // fractions and percentages
    [InlineData("two-thirds of voters", "two-thirds", 2.0 / 3, 2.0 / 3, true, 2.0 / 3, true, "fraction")]
    [InlineData("a third of the budget", "a third", 1.0 / 3, 1.0 / 3, true, 1.0 / 3, true, "fraction")]
    [InlineData("half of the staff", "half", 0.5, 0.5, true, 0.5, true, "fraction")]
    [InlineData("three quarters of homes", "three quarters", 0.75, 0.75, true, 0.75, true, "fraction")]
    [InlineData("one in five children", "one in five", 0.2, 0.2, true, 0.2, true, "fraction")]
    [InlineData("3/4 of the vote", "3/4", 0.75, 0.75, true, 0.75, true, "fraction")]
    [InlineData("Turnout was 45%.", "45%", 45.0, 45.0, true, 45.0, true, "%")]
    [InlineData("Turnout was 45 percent.", "45 percent", 45.0, 45.0, true, 45.0, true, "%")]
    [InlineData("inflation of 3.2 per cent", "3.2 per cent", 3.2, 3.2, true, 3.2, true, "%")]
    [InlineData("up 2 percentage points", "2 percentage points", 2.0, 2.0, true, 2.0, true, "pp")]
    [InlineData("about five percent of them", "about five percent", 5.0, 4.5, true, 5.5, true, "%")]
    // money
    [InlineData("a $5 fee", "$5", 5.0, 5.0, true, 5.0, true, "USD")]
    [InlineData("a $1.5 billion loan", "$1.5 billion", 1.5e9, 1.5e9, true, 1.5e9, true, "USD")]
    [InlineData("€300m in aid", "€300m", 3e8, 3e8, true, 3e8, true, "EUR")]
    [InlineData("£2bn deficit", "£2bn", 2e9, 2e9, true, 2e9, true, "GBP")]
    [InlineData("US$40 per barrel", "US$40", 40.0, 40.0, true, 40.0, true, "USD")]
    [InlineData("50 million euros", "50 million euros", 5e7, 5e7, true, 5e7, true, "EUR")]
    [InlineData("100,000 hryvnias", "100,000 hryvnias", 100000.0, 100000.0, true, 100000.0, true, "UAH")]
    [InlineData("paid 10k dollars", "10k dollars", 10000.0, 10000.0, true, 10000.0, true, "USD")]
    // ranges
    [InlineData("between 50 and 60 people", "between 50 and 60", null, 50.0, true, 60.0, true, null)]
    [InlineData("50-60 people", "50-60", null, 50.0, true, 60.0, true, null)]
    [InlineData("50 to 60 people", "50 to 60", null, 50.0, true, 60.0, true, null)]
    [InlineData("between 50 and 60 million", "between 50 and 60 million", null, 5e7, true, 6e7, true, null)]
    [InlineData("from 10 to 20 percent", "from 10 to 20 percent", null, 10.0, true, 20.0, true, "%")]
    [InlineData("$5-10 billion", "$5-10 billion", null, 5e9, true, 1e10, true, "USD")]
    [InlineData("between two and three thousand", "between two and three thousand", null, 2000.0, true, 3000.0, true, null)]
    // multipliers and units
    [InlineData("twice as many people", "twice", 2.0, 2.0, true, 2.0, true, "times")]
    [InlineData("three times as many", "three times", 3.0, 3.0, true, 3.0, true, "times")]
    [InlineData("a 10-fold rise", "10-fold", 10.0, 10.0, true, 10.0, true, "times")]
    [InlineData("a 40 km convoy", "40 km", 40.0, 40.0, true, 40.0, true, "km")]
    [InlineData("200 kilometres away", "200 kilometres", 200.0, 200.0, true, 200.0, true, "km")]
    // hedges
    [InlineData("more than 150 Chinese nationals", "more than 150", 150.0, 150.0, false, null, false, null)]
    [InlineData("at least 51 Chinese citizens", "at least 51", 51.0, 51.0, true, null, false, null)]
    [InlineData("up to 300 troops", "up to 300", 300.0, null, false, 300.0, true, null)]
    [InlineData("nearly 40 villages", "nearly 40", 40.0, 36.0, true, 40.0, false, null)]
    [InlineData("almost 1,000 homes", "almost 1,000", 1000.0, 900.0, true, 1000.0, false, null)]
    [InlineData("over 2,000 soldiers", "over 2,000", 2000.0, 2000.0, false, null, false, null)]
    [InlineData("fewer than 10 cases", "fewer than 10", 10.0, null, false, 10.0, false, null)]
    [InlineData("less than 5%", "less than 5%", 5.0, null, false, 5.0, false, "%")]
    [InlineData("about 200 people", "about 200", 200.0, 180.0, true, 220.0, true, null)]
    [InlineData("roughly 30 vehicles", "roughly 30", 30.0, 27.0, true, 33.0, true, null)]
    [InlineData("around 70 percent", "around 70 percent", 70.0, 63.0, true, 77.0, true, "%")]
    [InlineData("approximately 12 tonnes", "approximately 12 tonnes", 12.0, 10.8, true, 13.2, true, "t")]
    [InlineData("an estimated 10,000 refugees", "an estimated 10,000", 10000.0, 9000.0, true, 11000.0, true, null)]
    [InlineData("no fewer than 20 ships", "no fewer than 20", 20.0, 20.0, true, null, false, null)]
    [InlineData("as many as 500 fighters", "as many as 500", 500.0, null, false, 500.0, true, null)]
    [InlineData("just over 100 votes", "just over 100", 100.0, 100.0, false, 110.0, true, null)]
    [InlineData("150 or more migrants", "150 or more", 150.0, 150.0, true, null, false, null)]
    [InlineData("20 or so reporters", "20 or so", 20.0, 18.0, true, 22.0, true, null)]
    [InlineData("in excess of $3 million", "in excess of $3 million", 3e6, 3e6, false, null, false, "USD")]
    [InlineData("under 18 percent", "under 18 percent", 18.0, null, false, 18.0, false, "%")]
    [InlineData("more than two dozen", "more than two dozen", 24.0, 24.0, false, null, false, null)]
    // vague
    [InlineData("We have issued numerous warnings", "numerous", null, 2.0, true, null, false, null)]
    [InlineData("dozens of drones", "dozens", null, 24.0, true, null, false, null)]
    [InlineData("hundreds of protesters", "hundreds", null, 200.0, true, null, false, null)]
    [InlineData("tens of thousands of people", "tens of thousands", null, 20000.0, true, null, false, null)]
    [InlineData("several hundred soldiers", "several hundred", null, 300.0, true, null, false, null)]
    [InlineData("a few buildings", "a few", null, 2.0, true, null, false, null)]
    // bad input
    [InlineData("a mixed 1.200,50 figure", "1.200,50", 1200.5, 1200.5, true, 1200.5, true, null)]
    public void Reads_number(string text, string covered, double? value, double? min, bool minInclusive, double? max, bool maxInclusive, string? unit)
    {
        var a = NumberTestKit.Run(text);
        var m = Assert.Single(a.Numbers, n => a.Covered(n.Start, n.End).Equals(covered, StringComparison.Ordinal));
        var q = m.Quantity;
        Near(value, q.Value);
        Near(min, q.Min);
        Near(max, q.Max);
        if (min is not null) Assert.Equal(minInclusive, q.MinInclusive);
        if (max is not null) Assert.Equal(maxInclusive, q.MaxInclusive);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("recruited between 2023 and 2024.", "between 2023 and 2024", "2023-01-01", "2024-12-31")]
    [InlineData("It happened in 2019.", "2019", "2019-01-01", "2019-12-31")]
    [InlineData("the 2022-23 season", "2022-23", "2022-01-01", "2023-12-31")]
    [InlineData("from 2014 to 2016", "from 2014 to 2016", "2014-01-01", "2016-12-31")]
    [InlineData("on 5 April 2024 the", "5 April 2024", "2024-04-05", "2024-04-05")]
    [InlineData("on April 5, 2024 the", "April 5, 2024", "2024-04-05", "2024-04-05")]
    [InlineData("on 2024-03-05 the", "2024-03-05", "2024-03-05", "2024-03-05")]
    [InlineData("in April 2023", "April 2023", "2023-04-01", "2023-04-30")]
    [InlineData("in February 2024", "February 2024", "2024-02-01", "2024-02-29")]
    [InlineData("in the 1990s", "1990s", "1990-01-01", "1999-12-31")]
    [InlineData("on Jan. 12, 2025", "Jan. 12, 2025", "2025-01-12", "2025-01-12")]
    [InlineData("the 3rd of March 2021", "3rd of March 2021", "2021-03-03", "2021-03-03")]
    // relative, published Wednesday 2025-04-09
    [InlineData("attacked on Tuesday", "on Tuesday", "2025-04-08", "2025-04-08")]
    [InlineData("Tuesday was calm", "Tuesday", "2025-04-08", "2025-04-08")]
    [InlineData("met last Friday", "last Friday", "2025-04-04", "2025-04-04")]
    [InlineData("will meet next Monday", "next Monday", "2025-04-14", "2025-04-14")]
    [InlineData("said last week that", "last week", "2025-03-31", "2025-04-06")]
    [InlineData("said this week that", "this week", "2025-04-07", "2025-04-13")]
    [InlineData("signed earlier this month", "earlier this month", "2025-04-01", "2025-04-09")]
    [InlineData("signed last month", "last month", "2025-03-01", "2025-03-31")]
    [InlineData("signed last year", "last year", "2024-01-01", "2024-12-31")]
    [InlineData("due later this year", "later this year", "2025-04-09", "2025-12-31")]
    [InlineData("returned in April", "April", "2025-04-01", "2025-04-30")]
    [InlineData("arrived yesterday", "yesterday", "2025-04-08", "2025-04-08")]
    [InlineData("leaves tomorrow", "tomorrow", "2025-04-10", "2025-04-10")]
    [InlineData("three days ago", "three days ago", "2025-04-06", "2025-04-06")]
    [InlineData("over the past two years", "the past two years", "2023-04-09", "2025-04-09")]
    [InlineData("since 2022 the", "since 2022", "2022-01-01", "2025-04-09")]
    [InlineData("on March 3 the", "March 3", "2025-03-03", "2025-03-03")]
    [InlineData("a February 30 deadline", "February 30", "2025-02-01", "2025-02-28")]
    public void Reads_time(string text, string covered, string from, string to)
    {
        var a = NumberTestKit.Run(text, new DateTimeOffset(2025, 4, 9, 12, 0, 0, TimeSpan.Zero));
        var t = Assert.Single(a.Times, x => a.Covered(x.Start, x.End) == covered);
        Assert.Equal(from, t.From);
        Assert.Equal(to, t.To);
    }

    private static void Near(double? expected, double? actual)
    {
        if (expected is null) { Assert.Null(actual); return; }
        Assert.NotNull(actual);
        Assert.True(Math.Abs(expected.Value - actual!.Value) <= 1e-9 * Math.Max(1, Math.Abs(expected.Value)), $"expected {expected}, got {actual}");
    }
}
