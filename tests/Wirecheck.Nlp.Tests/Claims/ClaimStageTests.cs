namespace Wirecheck.Nlp.Tests.Claims;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Claims;
using Wirecheck.Nlp.Numbers;
using Wirecheck.Nlp.Times;

public class ClaimStageTests
{
    private const string Text =
        "The Indian government has confirmed that three of its citizens were detained by Polish police while working in Poland’s Silesia region.\n" +
        "According to Polish President Jan Nowak, more than 40 Indian nationals have been identified working for smugglers. " +
        "Police records show at least 12 Indian citizens were hired through a Warsaw-based agency between 2021 and 2022.\n" +
        "The three Indian workers recently detained by police had passports.";

    private static Article Build()
    {
        var a = new Article(Text, new InputInfo(null, null, null));
        int p = 0;
        foreach (var para in Text.Split('\n')) { a.Blocks.Add(new Block(p, p + para.Length, BlockKind.Paragraph)); p += para.Length + 1; }
        a.Entities.Add(Entity("e1", EntityType.GPE, "India", "IND", "The Indian government"));
        a.Entities.Add(Entity("e2", EntityType.GPE, "Poland", "POL", "Poland"));
        a.Entities.Add(Entity("e3", EntityType.GPE, "Silesia", "POL", "Silesia region"));
        a.Entities.Add(Entity("e4", EntityType.GPE, "Warsaw", "POL", "Warsaw"));
        a.Entities.Add(Entity("e5", EntityType.PERSON, "Jan Nowak", "POL", "Jan Nowak"));
        a.Quotes.Add(Quote("q1", "three of its citizens", "region", "e1", "The Indian government"));
        a.Quotes.Add(Quote("q2", "more than 40", "smugglers", "e5", "Jan Nowak"));
        a.Quotes.Add(Quote("q3", "at least 12", "2022", null, "Police records"));
        new TimeStage().Process(a, default);
        new NumberStage().Process(a, default);
        new ClaimStage().Process(a, default);
        return a;

        Entity Entity(string id, EntityType type, string name, string country, string mention)
        {
            var e = new Entity { Id = id, Name = name, Type = type, Country = country };
            int s = Text.IndexOf(mention, StringComparison.Ordinal);
            e.Mentions.Add(new Mention(s, s + mention.Length));
            return e;
        }
        Quote Quote(string id, string from, string to, string? speaker, string source)
        {
            int s = Text.IndexOf(from, StringComparison.Ordinal), e = Text.IndexOf(to, s, StringComparison.Ordinal) + to.Length;
            int ss = Text.IndexOf(source, StringComparison.Ordinal);
            return new Quote { Id = id, Kind = QuoteKind.Indirect, Speaker = speaker, Source = new TextSpan(ss, ss + source.Length), Content = new TextSpan(s, e) };
        }
    }

    [Fact]
    public void Possessive_count_reads_object_predicate_place_and_source()
    {
        var a = Build();
        var c = Assert.Single(a.Claims, c => c.Quantity.Value == 3 && c.SameAs is null);
        Assert.Equal("Indian citizens", c.Object);
        Assert.StartsWith("detained by Polish police", c.Predicate);
        Assert.Equal("e3", c.Place);
        Assert.Equal("q1", c.AttributedTo);
        Assert.Equal(3, c.Quantity.Min);
        Assert.Equal(3, c.Quantity.Max);
    }

    [Fact]
    public void Hedged_count_is_an_open_interval_attributed_to_the_speaker()
    {
        var a = Build();
        var c = Assert.Single(a.Claims, c => c.Quantity.Value == 40);
        Assert.Equal("Indian nationals", c.Object);
        Assert.Equal("identified working for smugglers", c.Predicate);
        Assert.Equal(40, c.Quantity.Min);
        Assert.False(c.Quantity.MinInclusive);
        Assert.Null(c.Quantity.Max);
        Assert.Equal("q2", c.AttributedTo);
        Assert.Null(c.Place);
    }

    [Fact]
    public void Count_with_time_range_and_based_place()
    {
        var a = Build();
        var c = Assert.Single(a.Claims, c => c.Quantity.Value == 12);
        Assert.Equal("Indian citizens", c.Object);
        Assert.Equal("hired through a Warsaw-based agency", c.Predicate);
        Assert.Equal("e4", c.Place);
        Assert.Equal("2021-01-01", c.Time?.From);
        Assert.Equal("2022-12-31", c.Time?.To);
        Assert.True(c.Quantity.MinInclusive);
        Assert.Equal("q3", c.AttributedTo);
    }

    [Fact]
    public void Restatement_is_linked_to_the_first_claim()
    {
        var a = Build();
        var first = a.Claims.First(c => c.Quantity.Value == 3);
        var again = Assert.Single(a.Claims, c => c.Quantity.Value == 3 && c != first);
        Assert.Equal("Indian workers", again.Object);
        Assert.Equal(first.Id, again.SameAs);
        Assert.Null(again.AttributedTo);
        Assert.Null(a.Claims.First(c => c.Quantity.Value == 40).SameAs);
    }

    [Fact]
    public void Subject_is_the_object_when_no_noun_follows_the_number()
    {
        var a = new Article("Unemployment rose to 5.2% in March 2024.", new InputInfo(null, null, null));
        new TimeStage().Process(a, default);
        new NumberStage().Process(a, default);
        new ClaimStage().Process(a, default);
        var c = Assert.Single(a.Claims);
        Assert.Equal("Unemployment", c.Object);
        Assert.Equal("rose to", c.Predicate);
        Assert.Equal("%", c.Quantity.Unit);
        Assert.Equal("2024-03-01", c.Time?.From);
    }

    [Fact]
    public void Hyphenated_unit_word_is_part_of_the_object()
    {
        var a = new Article("The firm sold 4-door coupes to 300 dealers.", new InputInfo(null, null, null));
        new TimeStage().Process(a, default);
        new NumberStage().Process(a, default);
        new ClaimStage().Process(a, default);
        Assert.Equal("door coupes", a.Claims.First(c => c.Quantity.Value == 4).Object);
        Assert.Equal("dealers", a.Claims.First(c => c.Quantity.Value == 300).Object);
    }

    [Fact]
    public void Ordinals_and_pronoun_one_make_no_claims()
    {
        var a = new Article("For the third time, one of them spoke.", new InputInfo(null, null, null));
        new TimeStage().Process(a, default);
        new NumberStage().Process(a, default);
        new ClaimStage().Process(a, default);
        Assert.Empty(a.Claims);
    }
}
