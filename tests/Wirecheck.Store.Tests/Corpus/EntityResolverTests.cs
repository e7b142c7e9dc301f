namespace Wirecheck.Store.Tests.Corpus;

using Wirecheck.Core.Model;
using Wirecheck.Store.Corpus;
using Wirecheck.Store.Tests.Support;

public class EntityResolverTests
{
    private static CorpusArticle Person(string text, params string[] names)
    {
        var b = new ArticleBuilder(text, "x.example");
        foreach (var n in names) b.Entity(EntityType.PERSON, n);
        return b.ToCorpus();
    }

    [Fact]
    public void Transliterations_of_one_name_become_one_entity_with_aliases()
    {
        var arts = CaptureStory.Build().Select(b => b.ToCorpus()).ToList();
        var entities = EntityResolver.Resolve(arts);
        var zel = Assert.Single(entities, e => e.Type == "PERSON" && e.Name.Contains("Zelensk"));
        var spellings = zel.Aliases.Select(a => a.Alias).Append(zel.Name).ToHashSet();
        Assert.Contains("Volodymyr Zelensky", spellings);
        Assert.Contains("Volodymyr Zelenskiy", spellings);
        Assert.Contains("Zelenskyy", spellings);
        Assert.Contains("Zelensky", spellings);
        Assert.Equal(4, zel.ArticleCount);
        Assert.Contains(' ', zel.Name); // the full name is the canonical one
        Assert.Single(entities, e => e.Name == "Lin Jian");
    }

    [Fact]
    public void Different_given_names_with_one_family_name_stay_apart_and_a_bare_family_name_is_not_guessed()
    {
        var arts = new[]
        {
            Person("Joe Biden spoke. Hunter Biden did not.", "Joe Biden", "Hunter Biden"),
            Person("Joseph Biden and J. Biden are not matched by nickname.", "Joseph Biden"),
            Person("Biden left.", "Biden"),
            Person("Hunter Biden arrived.", "Hunter Biden"),
        };
        var people = EntityResolver.Resolve(arts).Where(e => e.Type == "PERSON").ToList();
        var hunter = Assert.Single(people, p => p.Name == "Hunter Biden");
        Assert.Equal(2, hunter.ArticleCount);
        Assert.Single(people, p => p.Name == "Joe Biden");
        // with several Bidens, "Biden" alone is its own entity rather than a wrong merge
        Assert.Single(people, p => p.Name == "Biden");
    }

    [Fact]
    public void Initial_joins_the_only_full_given_name()
    {
        var arts = new[] { Person("V. Putin said.", "V. Putin"), Person("Vladimir Putin said.", "Vladimir Putin"), Person("Putin said.", "Putin") };
        var p = Assert.Single(EntityResolver.Resolve(arts));
        Assert.Equal("Vladimir Putin", p.Name);
        Assert.Equal(3, p.Members.Count);
    }

    [Fact]
    public void Places_join_by_geonames_id_and_organisations_by_acronym()
    {
        var a = new ArticleBuilder("Kyiv and the North Atlantic Treaty Organization met.", "a.example");
        a.Place("Kyiv", 703448, "UA", 50.45, 30.52, "PPLC");
        a.Entity(EntityType.ORG, "North Atlantic Treaty Organization");
        var b = new ArticleBuilder("Kiev and NATO met.", "b.example");
        b.Place("Kiev", 703448, "UA", 50.45, 30.52, "PPLC");
        b.Entity(EntityType.ORG, "NATO");
        var c = new ArticleBuilder("The NATO summit and the National Tennis Organization.", "c.example");
        c.Entity(EntityType.ORG, "National Tennis Organization");
        var entities = EntityResolver.Resolve(new[] { a.ToCorpus(), b.ToCorpus(), c.ToCorpus() });
        var kyiv = Assert.Single(entities, e => e.Type == "GPE");
        Assert.Equal(2, kyiv.ArticleCount);
        // two organisations spell N-T-O / N-A-T-O: NATO has exactly one match
        var nato = Assert.Single(entities, e => e.Members.Count == 2 && e.Type == "ORG");
        Assert.Contains(nato.Aliases, x => x.Alias == "NATO" || nato.Name == "NATO");
    }

    [Theory]
    [InlineData("Zelenskyy", "zelensky")]
    [InlineData("Zelenskiy", "zelensky")]
    [InlineData("Zelenskij", "zelensky")]
    [InlineData("Zelensky", "zelensky")]
    [InlineData("wolodymyr", "volodymyr")]
    public void Folded_keys_ignore_transliteration(string word, string key) =>
        Assert.Equal(key, NameKey.FoldWord(NameKey.Plain(word)));

    [Fact]
    public void Person_words_drop_titles_and_possessives() =>
        Assert.Equal(new[] { "volodymyr", "zelensky" }, NameKey.PersonWords("President Volodymyr Zelensky's"));
}
