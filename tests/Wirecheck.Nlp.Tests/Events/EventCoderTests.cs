namespace Wirecheck.Nlp.Tests.Events;

using CsCheck;
using Wirecheck.Core.Model;
using Wirecheck.Nlp.Events;

public class EventCoderTests
{
    private static Entity AddEntity(Article a, string id, string name, EntityType type, string? country, string? sector, params string[] mentionTexts)
    {
        var e = new Entity { Id = id, Name = name, Type = type, Country = country, Sector = sector };
        int from = 0;
        foreach (var m in mentionTexts)
        {
            int s = a.Text.IndexOf(m, from, StringComparison.Ordinal);
            Assert.True(s >= 0, m);
            e.Mentions.Add(new Mention(s, s + m.Length));
            from = s + m.Length;
        }
        a.Entities.Add(e);
        return e;
    }

    private static List<Event> Run(Article a)
    {
        new EventStage().Process(a, CancellationToken.None);
        return a.Events;
    }

    private static Event Only(Article a, string type)
    {
        var found = a.Events.Where(e => e.Type == type).ToList();
        Assert.True(found.Count == 1, $"expected one {type}, got: {string.Join(", ", a.Events.Select(e => e.Type + "«" + a[e.Trigger] + "»"))}");
        return found[0];
    }

    [Fact]
    public void Capture_of_combatants_is_assault_abduct_with_actor_and_recipient_countries()
    {
        var a = EventSentence.Prepare("Ukrainian forces captured two Chinese soldiers near the front.");
        Run(a);
        var v = Only(a, "ASSAULT");
        Assert.Equal("abduct", v.Mode);
        Assert.Equal("captured", a[v.Trigger]);
        var actor = v.Arguments.First(x => x.Role == "actor");
        Assert.Equal("UKR", actor.Country);
        Assert.Equal("MIL", actor.Sector);
        Assert.Equal("CHN", v.Arguments.First(x => x.Role == "recipient").Country);
    }

    [Fact]
    public void Passive_voice_takes_the_actor_from_by_and_the_recipient_from_the_subject()
    {
        var a = EventSentence.Prepare("Two of its citizens were captured by Ukrainian forces in Ukraine's Donetsk region.");
        var forces = AddEntity(a, "e1", "Ukrainian forces", EntityType.ORG, "UKR", "MIL", "Ukrainian forces");
        var citizens = AddEntity(a, "e2", "Chinese citizens", EntityType.NORP, "CHN", null, "its citizens");
        AddEntity(a, "e3", "Ukraine", EntityType.GPE, "UKR", null, "Ukraine");
        var donetsk = AddEntity(a, "e4", "Donetsk Oblast", EntityType.GPE, "UKR", null, "Donetsk region");
        Run(a);
        var v = Only(a, "ASSAULT");
        Assert.Equal(new[] { forces.Id }, v.Actors);
        Assert.Equal(new[] { citizens.Id }, v.Recipients);
        Assert.Equal(donetsk.Id, v.Location);
    }

    [Fact]
    public void Denial_is_reject_and_the_speaker_of_the_quote_cue_is_the_actor()
    {
        var text = "Spokesperson Lin Jian denied any official involvement by Beijing.";
        var a = EventSentence.Prepare(text);
        var lin = AddEntity(a, "e1", "Lin Jian", EntityType.PERSON, "CHN", "GOV", "Lin Jian");
        int cue = text.IndexOf("denied", StringComparison.Ordinal);
        a.Quotes.Add(new Quote { Id = "q1", Kind = QuoteKind.Indirect, Speaker = lin.Id, Cue = new TextSpan(cue, cue + 6), CueLemma = "deny", Content = new TextSpan(cue + 7, text.Length - 1) });
        Run(a);
        var v = Only(a, "REJECT");
        Assert.Equal(new[] { "e1" }, v.Actors);
        Assert.Null(v.AttributedTo);
    }

    [Fact]
    public void An_event_inside_a_quotation_is_attributed_to_it_and_reported()
    {
        var text = "Lin said the government is currently investigating the matter.";
        var a = EventSentence.Prepare(text);
        int s = text.IndexOf("the government", StringComparison.Ordinal);
        a.Quotes.Add(new Quote { Id = "q7", Kind = QuoteKind.Indirect, Content = new TextSpan(s, text.Length - 1) });
        Run(a);
        var v = Only(a, "ACCUSE");
        Assert.Equal("investigate", v.Mode);
        Assert.Equal("q7", v.AttributedTo);
        Assert.True(v.Reported);
    }

    [Theory]
    [InlineData("Russia did not attack Ukraine.", "ASSAULT", true, false, false)]
    [InlineData("Russia never attacked Ukraine.", "ASSAULT", true, false, false)]
    [InlineData("Iran could strike Israel next month.", "THREATEN", false, true, false)]
    [InlineData("The United States will send troops to Poland.", "MOBILIZE", false, false, true)]
    public void Modality_flags(string text, string type, bool negated, bool hypothetical, bool future)
    {
        var a = EventSentence.Prepare(text);
        Run(a);
        var v = Only(a, type);
        Assert.Equal(negated, v.Negated);
        Assert.Equal(hypothetical, v.Hypothetical);
        Assert.Equal(future, v.Future);
    }

    [Theory]
    [InlineData("Beijing has repeatedly called for peace negotiations.", "REQUEST", null)]
    [InlineData("He also criticized attempts to manipulate the situation.", "ACCUSE", "disapprove")]
    [InlineData("At least 51 Chinese citizens were recruited through a Moscow-based center.", "MOBILIZE", null)]
    [InlineData("Russia threatened to cut ties with Georgia.", "THREATEN", "relations")]
    [InlineData("Egypt rejected an Israeli proposal.", "REJECT", null)]
    [InlineData("Thousands of workers went on strike in Lagos.", "PROTEST", "strike")]
    [InlineData("The police arrested three journalists.", "COERCE", "arrest")]
    [InlineData("Japan will give Kenya a grant.", "AGREE", null)]
    [InlineData("France will not accept more refugees.", "REJECT", null)]
    public void Sentence_headline_type_and_mode(string text, string type, string? mode)
    {
        var a = EventSentence.Prepare(text);
        Run(a);
        var head = a.Events.OrderByDescending(e => e.Confidence).ThenBy(e => e.Trigger.Start).First();
        Assert.Equal(type, head.Type);
        if (mode is not null) Assert.Equal(mode, head.Mode);
    }

    [Fact]
    public void Based_place_is_the_location_and_passive_subject_the_recipient()
    {
        var a = EventSentence.Prepare("At least 51 Chinese citizens were recruited through a Moscow-based center.");
        Run(a);
        var v = Only(a, "MOBILIZE");
        Assert.Equal("Moscow", a.Covered(v.Arguments.First(x => x.Role == "location").Start, v.Arguments.First(x => x.Role == "location").End));
        Assert.Equal("CHN", v.Arguments.First(x => x.Role == "recipient").Country);
        Assert.DoesNotContain(v.Arguments, x => x.Role == "actor");
    }

    [Fact]
    public void Weekday_dates_are_normalised_against_the_publication_date()
    {
        // 2025-04-10 is a Thursday; "on Monday" is the Monday before it
        var a = EventSentence.Prepare("Serbia expelled two diplomats on Monday.", new DateTimeOffset(2025, 4, 10, 8, 0, 0, TimeSpan.Zero));
        Run(a);
        Assert.Equal("2025-04-07", Only(a, "SANCTION").Date);
    }

    [Fact]
    public void Time_expressions_from_the_claims_layer_take_precedence()
    {
        var text = "Serbia expelled two diplomats in March 2024.";
        var a = EventSentence.Prepare(text, new DateTimeOffset(2025, 4, 10, 8, 0, 0, TimeSpan.Zero));
        int s = text.IndexOf("March 2024", StringComparison.Ordinal);
        a.Times.Add(new TimeExpression(s, s + 10, "2024-03-01", "2024-03-31"));
        Run(a);
        Assert.Equal("2024-03-01", Only(a, "SANCTION").Date);
    }

    [Fact]
    public void Adjectival_participles_are_not_events()
    {
        var a = EventSentence.Prepare("Intelligence reports and captured documents show the plan.");
        Run(a);
        Assert.DoesNotContain(a.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Every_trigger_codes_a_known_plover_type()
    {
        var types = new HashSet<string> { "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT" };
        var lex = EventLexicon.Default;
        Assert.True(lex.Triggers.Count > 200);
        Assert.All(lex.Triggers, t => Assert.Contains(t.Type, types));
        Assert.All(lex.Derived, r => Assert.Contains(r.ResultType, types));
    }

    [Fact]
    public void Spans_stay_inside_the_text_for_any_input()
    {
        var gen = Gen.OneOf("Russia", "attacked", "did", "not", "Ukrainian", "forces", "were", "captured", "by", "in", "Moscow", "-", "based",
            "will", "threatened", "to", "ban", ",", ".", "’s", "U.S.", "and", "captured", "documents", "\"", "the", "on", "Monday", "x", "")
            .Array[0, 40].Select(ws => string.Join(' ', ws));
        gen.Sample(text =>
        {
            var a = EventSentence.Prepare(text, DateTimeOffset.UnixEpoch);
            Run(a);
            foreach (var v in a.Events)
            {
                Assert.True(v.Trigger.Start >= 0 && v.Trigger.End <= text.Length && v.Trigger.Start < v.Trigger.End);
                foreach (var arg in v.Arguments) Assert.True(arg.Start >= 0 && arg.End <= text.Length && arg.Start < arg.End);
            }
        }, iter: 300);
    }

    [Fact]
    public void First_person_subject_inside_a_quotation_is_its_speaker()
    {
        var text = "Lin said: We have asked Chinese citizens to stay away from conflict zones.";
        var a = EventSentence.Prepare(text);
        var lin = AddEntity(a, "e1", "Lin Jian", EntityType.PERSON, "CHN", "GOV", "Lin");
        int s = text.IndexOf("We", StringComparison.Ordinal);
        a.Quotes.Add(new Quote { Id = "q1", Kind = QuoteKind.Direct, Speaker = lin.Id, Source = new TextSpan(0, 3), Content = new TextSpan(s, text.Length - 1) });
        Run(a);
        var v = Only(a, "REQUEST");
        Assert.Equal(new[] { "e1" }, v.Actors);
        Assert.Equal("q1", v.AttributedTo);
    }

    [Fact]
    public void An_unplaced_titled_actor_takes_the_country_of_the_title_words()
    {
        var a = EventSentence.Prepare("Nigerian junior foreign minister Dubem Oniya summoned Niger's ambassador.");
        AddEntity(a, "e1", "Dubem Oniya", EntityType.PERSON, null, "GOV", "Dubem Oniya");
        Run(a);
        var v = Only(a, "ACCUSE");
        Assert.Equal("NGA", v.Arguments.First(x => x.Role == "actor").Country);
    }

    [Fact]
    public void A_passive_subject_is_not_taken_across_that_unless_a_possessive_points_back()
    {
        var a = EventSentence.Prepare("Reports from Ukrainian authorities say that the men were detained during combat.");
        Run(a);
        Assert.DoesNotContain(Only(a, "COERCE").Arguments, x => x.Role == "recipient");

        var b = EventSentence.Prepare("The Chinese government confirmed that two of its citizens were captured by Ukrainian forces.");
        Run(b);
        var v = Only(b, "ASSAULT");
        Assert.Equal("CHN", v.Arguments.First(x => x.Role == "recipient").Country);
        Assert.Equal("UKR", v.Arguments.First(x => x.Role == "actor").Country);
    }
}
