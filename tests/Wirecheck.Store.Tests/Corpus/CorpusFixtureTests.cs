namespace Wirecheck.Store.Tests.Corpus;

using Wirecheck.Core.Model;
using Wirecheck.Nlp;
using Wirecheck.Store.Corpus;
using Wirecheck.Store.Embeddings;
using Wirecheck.Store.Ingest;
using Wirecheck.Store.Tests.Support;
using Xunit.Abstractions;

/// <summary>
/// The corpus test: ingest handwritten variants of one story (17 outlets, different wording and numbers), three
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
        var result = CorpusBuilder.Rebuild(store, null, MiniLmEncoder.Shared);
        var articles = CorpusBuilder.Load(store);
        Assert.All(articles.SelectMany(a => a.Rows.Claims), c => Assert.Equal(MiniLmEncoder.Dims, c.Vector?.Length));
        bool IsStory(CorpusArticle a) => (a.Lead + a.Title).Contains("Chinese", StringComparison.Ordinal) &&
            (a.Site is null || !a.Site.Contains("extraction")) && !IsShared(a);
        bool IsShared(CorpusArticle a) => store.Get(a.Id)!.Path is { } p && p.StartsWith(shared, StringComparison.Ordinal);
        var storyIds = articles.Where(IsStory).Select(a => a.Id).ToHashSet();
        foreach (var s in result.Stories.Where(s => s.ArticleIds.Count > 1 || storyIds.Contains(s.ArticleIds[0])))
            output.WriteLine($"story {s.Id}: " + string.Join(" | ", s.ArticleIds.Select(id => articles.Single(a => a.Id == id)).Select(a => $"#{a.Id} {a.Site} {a.Title}")));
        Assert.Equal(17, storyIds.Count);

        // the outlets' versions land in one story, and nothing unrelated joins it; two late variants with other words
        // and places (four mercenaries near Bilohorivka, about 200 serving in the army) may stay apart as stories,
        // their claims still join the story's claim clusters below
        var story = result.Stories.MaxBy(s => s.ArticleIds.Intersect(storyIds).Count())!;
        Assert.True(story.ArticleIds.Intersect(storyIds).Count() >= 15, $"{story.ArticleIds.Intersect(storyIds).Count()} outlets in the main story");
        var extras = story.ArticleIds.Except(storyIds).Select(id => articles.Single(a => a.Id == id)).ToList();
        foreach (var e in extras) output.WriteLine($"also in the story: #{e.Id} {e.Title}");
        Assert.All(extras, e => Assert.Contains("Chinese", e.Title ?? "", StringComparison.Ordinal)); // only the shared seed-like page about the same capture
        output.WriteLine($"{summary.New} articles, {result.Stories.Count} stories, {result.ClaimClusters.Count} claim clusters, {result.Conflicts.Count} conflicts, {result.Entities.Count} entities");

        var assigned = StandardPipeline.Default.Stages.SelectMany(s => s.Info.Assigns).ToHashSet();
        if (assigned.Contains(Layers.Claims))
        {
            foreach (var k in result.ClaimClusters)
                output.WriteLine($"cluster {k.Id} ({k.Label}): " + string.Join(" | ", k.Claims.Select(x => $"{x.Site ?? "#" + x.ArticleId} {x.Claim.QuantityText}")));
            foreach (var f in result.Conflicts) output.WriteLine($"conflict {f.Kind}: {f.Description}");
            string Site(ClaimRef r) => r.Site ?? "article " + r.ArticleId;

            // the capture: one cluster across outlets, whatever the wording ("captured", "taken prisoner", "detained")
            var captured = Assert.Single(result.ClaimClusters, c => c.Claims.Any(x => x.Site == "frontline-gossip.example" && x.Claim.Value == 6));
            Assert.True(captured.Claims.Count(x => storyIds.Contains(x.ArticleId) && x.Claim.Value == 2) >= 8, "the two-captured reports");
            Assert.Contains(captured.Claims, x => x.Site == "thetimes.example" && x.Claim.Text.Contains("taken prisoner"));
            Assert.Contains(captured.Claims, x => x.Site == "frontnews.example" && x.Claim.Value == 4);
            Assert.True(captured.OutletCount >= 9, $"{captured.OutletCount} outlets");
            // none of the "fighting for Russia" figures is in it
            Assert.DoesNotContain(captured.Claims, x => x.Claim.Value is >= 100);

            // how many fight for Russia: 155, at least 155, more than 150, about 200 — one cluster, no capture figure
            var fighting = Assert.Single(result.ClaimClusters, c => c.Claims.Any(x => x.Claim.Value == 155));
            Assert.Contains(fighting.Claims, x => x.Site == "bbc.co.uk" && x.Claim.Hedge == "more than" && x.Claim.Value == 150);
            Assert.Contains(fighting.Claims, x => x.Site == "eastasia-daily.example" && x.Claim.Value == 200);
            Assert.DoesNotContain(fighting.Claims, x => x.Claim.Value is < 10);
            // within one article, different quantities with similar wording are not a cluster (only the horsepower
            // figure that two car sites report, besides the story's two)
            Assert.All(result.ClaimClusters, c => Assert.True(c.Claims.Select(x => x.ArticleId).Distinct().Count() >= 2, c.Label));

            // conflicts a reader would flag: "two" vs "Six" captured, across outlets; 155 vs about 200 fighting;
            // "at least 155" vs "more than 150" is no conflict
            var q = result.Conflicts.Where(f => f.Kind == "quantity").ToList();
            Assert.Contains(q, f => f.ClusterId == captured.Id && f.Description.Contains("\"two\"") && f.Description.Contains("\"Six\""));
            Assert.Contains(q, f => f.ClusterId == fighting.Id && f.Description.Contains("155") && f.Description.Contains("about 200"));
            Assert.DoesNotContain(q, f => f.Description.Contains("at least 155") && f.Description.Contains("more than 150"));
            Assert.All(q, f => Assert.NotEqual(f.ArticleA, f.ArticleB));
            // only the story's clusters have conflicts: the football score, the rain and the rates have none
            Assert.All(q, f => Assert.True(f.ClusterId == captured.Id || f.ClusterId == fighting.Id, f.Description));

            // denials against assertions: Beijing's rejection of the fighting figure, Moscow's of the capture
            var denials = result.Conflicts.Where(f => f.Kind == "denial").ToList();
            var lin = Assert.Single(denials, f => f.Description.StartsWith("Lin Jian", StringComparison.Ordinal));
            Assert.Contains(fighting.Claims, x => x.Claim.Id == lin.ClaimA);
            var peskov = Assert.Single(denials, f => f.Description.Contains("Peskov", StringComparison.Ordinal));
            Assert.Contains(captured.Claims, x => x.Claim.Id == peskov.ClaimA);
            output.WriteLine($"capture cluster: {captured.Claims.Count} claims from {captured.OutletCount} outlets; fighting: {fighting.Claims.Count}; {Site(captured.Claims[0])} first");
            Assert.DoesNotContain(result.ClaimClusters, c => c.Claims.Any(x => storyIds.Contains(x.ArticleId)) && c.Claims.Any(x => x.Claim.Text.Contains("interest rate")));
        }
        else output.WriteLine("no claims stage in the pipeline: claim cluster checks skipped");

        // what `wirecheck ingest` runs: sentence vectors only where a comparison reads them, from no stored vector;
        // the same stories, claim clusters and conflicts as the rebuild above, which embedded every claim first
        store.Connection.Exec("UPDATE claims SET embedding = NULL");
        var lazy = CorpusBuilder.Link(store, () => MiniLmEncoder.Shared);
        var diff = CorpusResultComparer.Differences(result, lazy.Corpus);
        foreach (var d in diff) output.WriteLine(d);
        Assert.Empty(diff);
        int clauses = CorpusBuilder.ClaimRows(store, null).Select(ClaimClause.Of).Distinct().Count();
        output.WriteLine($"vectors where compared: {lazy.Embedding!.Encoded} of {clauses} distinct clauses encoded, {lazy.Embedding.Claims} claims given a vector");
        if (assigned.Contains(Layers.Claims)) Assert.True(lazy.Embedding.Encoded < clauses, $"{lazy.Embedding.Encoded} of {clauses}");

        if (assigned.Contains(Layers.Entities))
        {
            var zel = result.Entities.Where(e => e.Type == "PERSON" && e.Aliases.Select(a => a.Alias).Append(e.Name).Count(n => n.Contains("Zelensk", StringComparison.Ordinal)) >= 3).ToList();
            Assert.Single(zel);
            Assert.True(zel[0].ArticleCount >= 8);
        }
        else output.WriteLine("no entity stage in the pipeline: cross-article entity checks skipped");
    }
}
