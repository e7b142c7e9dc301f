namespace Wirecheck.Nlp.Tests.Quotes;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Quotes;

/// <summary>
/// <see cref="SpeakerResolver"/> on made-up text with hand-made entities: the head of an appositive source, possessives
/// and modifiers that are not the speaker, and pronouns resolved by salience, gender and quotation boundaries.
/// </summary>
public class SpeakerResolverTests
{
    private static TextSpan Find(string text, string words, int nth = 0)
    {
        int i = -1;
        for (int k = 0; k <= nth; k++) { i = text.IndexOf(words, i + 1, StringComparison.Ordinal); Assert.True(i >= 0, words); }
        return new TextSpan(i, i + words.Length);
    }

    /// <summary>The last whole-word occurrence (a pronoun source is the last "he" / "she" of these texts).</summary>
    private static TextSpan Last(string text, string word)
    {
        for (int i = text.Length - word.Length; i >= 0; i--)
            if (string.CompareOrdinal(text, i, word, 0, word.Length) == 0 && (i == 0 || !char.IsLetter(text[i - 1])) && (i + word.Length == text.Length || !char.IsLetter(text[i + word.Length])))
                return new TextSpan(i, i + word.Length);
        Assert.Fail(word);
        return default;
    }

    private static string? Resolve(Article a, TextSpan source, params string[] earlier) =>
        new SpeakerResolver(a, QuoteScanner.Scan(a.Text, a.Blocks, CancellationToken.None).Select(q => q.Span)).Resolve(source, earlier, out _);

    [Fact]
    public void An_appositive_source_is_its_head_not_the_organisation_after_the_comma()
    {
        const string text = "“Sanctions are not working,” said Dana Kimball, executive director of the Arms Control Association.";
        var a = QuoteArticles.Prepare(text,
            new("p", EntityType.PERSON, "Dana Kimball", ["Dana Kimball"]),
            new("o", EntityType.ORG, "Arms Control Association", ["Arms Control Association"]));
        Assert.Equal("p", Resolve(a, new TextSpan(Find(text, "Dana").Start, text.Length - 1)));
    }

    [Fact]
    public void A_title_before_the_name_still_gives_the_person()
    {
        const string text = "Foreign Ministry spokesperson Lin Wei said talks would continue.";
        var a = QuoteArticles.Prepare(text,
            new("o", EntityType.ORG, "Foreign Ministry", ["Foreign Ministry"]),
            new("p", EntityType.PERSON, "Lin Wei", ["Lin Wei"]));
        Assert.Equal("p", Resolve(a, new TextSpan(0, Find(text, "Lin Wei").End)));
    }

    [Fact]
    public void A_persons_possessive_is_not_the_speaker_but_an_institution_speaks_for_its_country()
    {
        const string text = "Nobody expected it. “That was outrageous,” Obama's former strategist said. “We will respond,” Russia's foreign ministry said. “No comment,” the Russian embassy said.";
        var a = QuoteArticles.Prepare(text,
            new("p", EntityType.PERSON, "Obama", ["Obama"]),
            new("g", EntityType.GPE, "Russia", ["Russia"]),
            new("n", EntityType.NORP, "Russian", ["Russian"]));
        Assert.Null(Resolve(a, Find(text, "Obama's former strategist")));
        Assert.Equal("g", Resolve(a, Find(text, "Russia's foreign ministry")));
        Assert.Equal("n", Resolve(a, Find(text, "the Russian embassy")));
    }

    [Fact]
    public void She_is_not_given_to_a_man()
    {
        const string text = "Rena Marsh filmed the stop from the pavement. Mr. Keith Marsh was stopped by the police.\n“Don't shoot him,” she says.";
        var a = QuoteArticles.Prepare(text,
            new("k", EntityType.PERSON, "Keith Marsh", ["Keith Marsh"]),
            new("r", EntityType.PERSON, "Rena Marsh", ["Rena Marsh"]));
        Assert.Equal("r", Resolve(a, Last(text, "she")));
    }

    [Fact]
    public void The_gender_comes_from_the_articles_own_pronouns()
    {
        // Alex is a woman by the article's own pronouns, so "he" is the other person even though Alex is nearer
        const string text = "Sam Reyes chaired the meeting. Alex Moore said her group would leave.\n“We are done here,” he said.";
        var a = QuoteArticles.Prepare(text,
            new("s", EntityType.PERSON, "Sam Reyes", ["Sam Reyes"]),
            new("x", EntityType.PERSON, "Alex Moore", ["Alex Moore"]));
        Assert.Equal("s", Resolve(a, Last(text, "he")));
        Assert.Equal(PersonGender.Female, EntityGender.Infer(a, a.Entities.SelectMany(e => e.Mentions.Select(m => (m, e))).OrderBy(x => x.m.Start).ToList(), _ => false)["x"]);
    }

    [Fact]
    public void A_name_inside_a_quotation_is_not_the_pronouns_speaker()
    {
        const string text = "Tom Hale spoke at length.\n“My adviser, Jon Pike, sends me charts every morning,” he said.";
        var a = QuoteArticles.Prepare(text,
            new("t", EntityType.PERSON, "Tom Hale", ["Tom Hale"]),
            new("j", EntityType.PERSON, "Jon Pike", ["Jon Pike"]));
        Assert.Equal("t", Resolve(a, Last(text, "he")));
    }

    [Fact]
    public void A_newly_introduced_subject_beats_an_earlier_speaker_far_back()
    {
        const string text = "“We will win,” Dan Kerr said.\nThe campaign went on. Crowds were large. Polls moved. Money came in.\n"
            + "Bo Scott bristles at the suggestion that he is not ready. “I have raised all I needed,” he said.";
        var a = QuoteArticles.Prepare(text,
            new("d", EntityType.PERSON, "Dan Kerr", ["Dan Kerr"]),
            new("b", EntityType.PERSON, "Bo Scott", ["Bo Scott"]));
        Assert.Equal("b", Resolve(a, Last(text, "he"), "d"));
    }

    [Fact]
    public void It_after_an_earlier_speaker_is_that_speaker_not_a_country_named_since()
    {
        const string text = "China continues to describe Russia’s invasion as a “crisis,” and maintains what it calls a “neutral” stance.";
        var a = QuoteArticles.Prepare(text,
            new("c", EntityType.GPE, "China", ["China"]),
            new("r", EntityType.GPE, "Russia", ["Russia"]));
        Assert.Equal("c", Resolve(a, Last(text, "it"), "c"));
        Assert.Equal("r", Resolve(a, Last(text, "it")));
    }

    [Fact]
    public void The_entity_layers_pronoun_mention_does_not_decide_a_pronoun_source()
    {
        // the entity layer links "he" to the nearest person, here a name inside the quotation; the resolver weighs salience itself
        const string text = "Mr. Tom Hale waved the report away.\n“I like Jon Pike a lot,” he said.";
        var a = QuoteArticles.Prepare(text,
            new("t", EntityType.PERSON, "Tom Hale", ["Tom Hale"]),
            new("j", EntityType.PERSON, "Jon Pike", ["Jon Pike"]));
        var he = Last(text, "he");
        a.Entities.Single(e => e.Id == "j").Mentions.Add(new Mention(he.Start, he.End, Wirecheck.Nlp.Entities.EntityResolver.SourcePronoun));
        Assert.Equal("t", Resolve(a, he));
    }

    [Fact]
    public void A_name_after_a_he_in_its_sentence_is_not_that_sentences_subject()
    {
        // "he argued" before Eli Moss: the sentence is about Dan Ford, so Eli Moss is no fresher subject than him
        const string text = "Dan Ford chaired the panel. Though the vote was close, he argued, allies of Eli Moss would push back.\n“It is a different time,” he said.";
        var a = QuoteArticles.Prepare(text,
            new("d", EntityType.PERSON, "Dan Ford", ["Dan Ford"]),
            new("e", EntityType.PERSON, "Eli Moss", ["Eli Moss"]));
        Assert.Equal("d", Resolve(a, Last(text, "he"), "d"));
    }

    [Fact]
    public void A_he_resolved_before_carries_its_person_forward()
    {
        // the middle "He said" was resolved to Dan Ford; it keeps him nearer than his name alone would
        const string text = "Dan Ford chaired the panel. The vote was close. He said the outcome was fair. The board adjourned. Ms. Ann Lee and Eli Moss left together.\n“It is over,” he said.";
        var a = QuoteArticles.Prepare(text,
            new("d", EntityType.PERSON, "Dan Ford", ["Dan Ford"]),
            new("n", EntityType.PERSON, "Ann Lee", ["Ann Lee"]),
            new("e", EntityType.PERSON, "Eli Moss", ["Eli Moss"]));
        var r = new SpeakerResolver(a, QuoteScanner.Scan(a.Text, a.Blocks, CancellationToken.None).Select(q => q.Span));
        Assert.Equal("d", r.Resolve(Find(text, "He said").Start is var h ? new TextSpan(h, h + 2) : default, [], out _));
        Assert.Equal("d", r.Resolve(Last(text, "he"), ["d"], out _));
    }

    [Fact]
    public void A_pronoun_before_the_only_name_of_a_sentence_does_not_give_that_name_its_gender()
    {
        // "She says Bo Diaz ...": she is Ann Cole, from the sentence before, not Bo Diaz
        const string text = "Ann Cole spoke first. She says Bo Diaz is wrong and she will not back down.";
        var a = QuoteArticles.Prepare(text,
            new("a", EntityType.PERSON, "Ann Cole", ["Ann Cole"]),
            new("b", EntityType.PERSON, "Bo Diaz", ["Bo Diaz"]));
        var g = EntityGender.Infer(a, a.Entities.SelectMany(e => e.Mentions.Select(m => (m, e))).OrderBy(x => x.m.Start).ToList(), _ => false);
        Assert.False(g.ContainsKey("b"));
        Assert.Equal(PersonGender.Female, g["a"]);
    }

    [Fact]
    public void A_later_he_in_the_subjects_own_sentence_keeps_it_the_subject()
    {
        const string text = "Al Poe said the talks had failed. Ed Ray said the plan was sound and he would back it.\n“The votes are there,” he said.";
        var a = QuoteArticles.Prepare(text,
            new("a", EntityType.PERSON, "Al Poe", ["Al Poe"]),
            new("e", EntityType.PERSON, "Ed Ray", ["Ed Ray"]));
        var r = new SpeakerResolver(a, QuoteScanner.Scan(a.Text, a.Blocks, CancellationToken.None).Select(q => q.Span));
        Assert.Equal("e", r.Resolve(Find(text, "he would") is var h ? new TextSpan(h.Start, h.Start + 2) : default, ["a"], out _));
        Assert.Equal("e", r.Resolve(Last(text, "he"), ["a", "e"], out _));
    }

    [Theory]
    [InlineData("Dan Ford chaired the session. In a call with Bo Vik, Dan Ford made his case again.\n“We need more time,” he said.")]
    [InlineData("Dan Ford chaired the session. Hours after meeting Bo Vik, he left.\n“We need more time,” he said.")]
    public void A_name_in_an_opening_phrase_before_the_comma_is_not_the_subject(string text)
    {
        var a = QuoteArticles.Prepare(text,
            new("d", EntityType.PERSON, "Dan Ford", ["Dan Ford"]),
            new("b", EntityType.PERSON, "Bo Vik", ["Bo Vik"]));
        Assert.Equal("d", Resolve(a, Last(text, "he")));
    }

    [Fact]
    public void An_epithet_is_the_person_named_before_not_the_place_in_it()
    {
        const string text = "Don Reyes toured the plant on Monday.\n“We need change,” the Ohio businessman said.";
        var a = QuoteArticles.Prepare(text,
            new("d", EntityType.PERSON, "Don Reyes", ["Don Reyes"]),
            new("o", EntityType.GPE, "Ohio", ["Ohio"]));
        Assert.Equal("d", Resolve(a, Find(text, "the Ohio businessman")));
    }

    [Fact]
    public void A_gendered_epithet_takes_a_person_of_that_gender()
    {
        const string text = "Ann Lee listened. Mr. Al Poe spoke at length.\n“Not yet,” the 34-year-old mother of two said.";
        var a = QuoteArticles.Prepare(text,
            new("n", EntityType.PERSON, "Ann Lee", ["Ann Lee"]),
            new("p", EntityType.PERSON, "Al Poe", ["Al Poe"]));
        Assert.Equal("n", Resolve(a, Find(text, "the 34-year-old mother of two")));
        // an unnamed role is not an epithet: no speaker
        const string other = "Mr. Al Poe spoke at length.\n“Not yet,” the official said.";
        var b = QuoteArticles.Prepare(other, new QuoteArticles.E("p", EntityType.PERSON, "Al Poe", ["Al Poe"]));
        Assert.Null(Resolve(b, Find(other, "the official")));
    }

    [Fact]
    public void A_name_that_only_modifies_the_next_persons_title_is_not_the_subject()
    {
        const string text = "Tom Hale campaign spokesman Jon Pike said the plan was fair and Tom Hale's team agreed. However, he could not explain the details.\n“We have no draft,” he said.";
        var a = QuoteArticles.Prepare(text,
            new("t", EntityType.PERSON, "Tom Hale", ["Tom Hale"]),
            new("j", EntityType.PERSON, "Jon Pike", ["Jon Pike"], Titles: ["Tom Hale campaign spokesman"]));
        Assert.Equal("j", Resolve(a, Last(text, "he")));
    }
}
