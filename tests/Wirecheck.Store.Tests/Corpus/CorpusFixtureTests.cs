namespace Wirecheck.Store.Tests.Corpus;

using Wirecheck.Core.Model;
using Wirecheck.Nlp;
using Wirecheck.Store.Corpus;
using Wirecheck.Store.Ingest;
using Wirecheck.Store.Tests.Support;
using Xunit.Abstractions;

/// <summary>
/// The corpus test: ingest handwritten variants of one story (14 outlets, different wording and numbers), three
/// unrelated handwritten articles, and the shared development pages (read from ../shared when present) with the
/// real pipeline, then check the grouping. Claim and entity checks run when the pipeline fills those layers.
/// </summary>
public class CorpusFixtureTests(ITestOutputHelper output)
{
    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Wirecheck.sln"))) return d.FullName;
        throw new DirectoryNotFoundException("repository root not found");
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public async Task Outlets_reporting_one_story_are_grouped_as_a_person_would(string backend)
    {
        var root = RepoRoot();
        var fixtures = Path.Combine(root, "tests", "Wirecheck.Store.Tests", "Fixtures");
        var inputs = new List<string> { Path.Combine(fixtures, "story"), Path.Combine(fixtures, "other") };
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        var pages = Path.Combine(shared, "datasets", "article-extraction", "html");
        bool haveShared = Directory.Exists(pages);
        if (haveShared)
        {
            // the first 24 development pages (by name) and the seed article: enough variety, and the test stays fast
            inputs.AddRange(Directory.GetFiles(pages).Order(StringComparer.Ordinal).Take(24));
            var seed = Path.Combine(shared, "seed");
            if (Directory.Exists(seed)) inputs.Add(seed);
        }
        else output.WriteLine("../shared not found: running on the handwritten fixtures only");

        using var store = TestStores.Open(backend);
        var summary = await new IngestRunner(store, StandardPipeline.Default).RunAsync(inputs, default);
        Assert.Equal(0, summary.Failed);
        Assert.True(summary.New >= (haveShared ? 30 : 17), $"only {summary.New} articles");
        var result = CorpusBuilder.Rebuild(store);
        var articles = CorpusBuilder.Load(store);
        bool IsStory(CorpusArticle a) => (a.Lead + a.Title).Contains("Chinese", StringComparison.Ordinal) &&
            (a.Site is null || !a.Site.Contains("extraction")) && !IsShared(a);
        bool IsShared(CorpusArticle a) => store.Get(a.Id)!.Path is { } p && p.StartsWith(shared, StringComparison.Ordinal);
        var storyIds = articles.Where(IsStory).Select(a => a.Id).ToHashSet();
        foreach (var s in result.Stories.Where(s => s.ArticleIds.Count > 1 || storyIds.Contains(s.ArticleIds[0])))
            output.WriteLine($"story {s.Id}: " + string.Join(" | ", s.ArticleIds.Select(id => articles.Single(a => a.Id == id)).Select(a => $"#{a.Id} {a.Site} {a.Title}")));
        Assert.Equal(14, storyIds.Count);

        // every outlet's version lands in one story, and nothing unrelated joins it
        var story = Assert.Single(result.Stories, s => s.ArticleIds.Intersect(storyIds).Any());
        Assert.Superset(storyIds, story.ArticleIds.ToHashSet());
        var extras = story.ArticleIds.Except(storyIds).Select(id => articles.Single(a => a.Id == id)).ToList();
        foreach (var e in extras) output.WriteLine($"also in the story: #{e.Id} {e.Title}");
        Assert.All(extras, e => Assert.Contains("Chinese", e.Title ?? "", StringComparison.Ordinal)); // only the shared seed-like page about the same capture
        output.WriteLine($"{summary.New} articles, {result.Stories.Count} stories, {result.ClaimClusters.Count} claim clusters, {result.Conflicts.Count} conflicts, {result.Entities.Count} entities");

        var assigned = StandardPipeline.Default.Stages.SelectMany(s => s.Info.Assigns).ToHashSet();
        if (assigned.Contains(Layers.Claims))
        {
            // the capture figure is one cluster across outlets, and "two" vs "six" is flagged
            var captured = result.ClaimClusters.Where(c => c.Claims.Count(x => storyIds.Contains(x.ArticleId) && x.Claim.Value == 2) >= 3).ToList();
            Assert.NotEmpty(captured);
            Assert.Contains(result.Conflicts, f => f.Kind == "quantity" && f.Description.Contains("six", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(result.ClaimClusters, c => c.Claims.Any(x => storyIds.Contains(x.ArticleId)) && c.Claims.Any(x => x.Claim.Text.Contains("interest rate")));
        }
        else output.WriteLine("no claims stage in the pipeline: claim cluster checks skipped");

        if (assigned.Contains(Layers.Entities))
        {
            var zel = result.Entities.Where(e => e.Type == "PERSON" && e.Aliases.Select(a => a.Alias).Append(e.Name).Count(n => n.Contains("Zelensk", StringComparison.Ordinal)) >= 3).ToList();
            Assert.Single(zel);
            Assert.True(zel[0].ArticleCount >= 8);
        }
        else output.WriteLine("no entity stage in the pipeline: cross-article entity checks skipped");
    }
}
