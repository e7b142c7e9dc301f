namespace Wirecheck.Store.Tests.Corpus;

using Wirecheck.Store.Corpus;
using Wirecheck.Store.Tests.Support;

public class ClaimClustererTests
{
    private static (List<CorpusArticle> Articles, CorpusResult Result) Run()
    {
        var arts = CaptureStory.Build().Select(b => b.ToCorpus()).ToList();
        return (arts, new CorpusAnalyzer().Analyze(arts));
    }

    [Fact]
    public void Captured_and_fighting_figures_form_two_clusters_across_outlets()
    {
        var (_, r) = Run();
        var captured = Assert.Single(r.ClaimClusters, c => c.Claims.Any(x => x.Claim.Text.Contains("Six")));
        Assert.Equal(new[] { 2.0, 2.0, 2.0, 6.0 }, captured.Claims.Select(c => c.Claim.Value!.Value).Order());
        Assert.Equal(4, captured.OutletCount);
        var fighting = Assert.Single(r.ClaimClusters, c => c.Claims.Any(x => x.Claim.Text.Contains("155")));
        Assert.Equal(2, fighting.Claims.Count);
        Assert.DoesNotContain(fighting.Claims, c => c.Claim.Predicate == "captured");
        // the football score is nobody's cluster
        Assert.DoesNotContain(r.ClaimClusters, c => c.Claims.Any(x => x.Claim.Text.Contains("goals")));
    }

    [Fact]
    public void Two_versus_six_captured_is_a_conflict_and_more_than_150_versus_155_is_not()
    {
        var (_, r) = Run();
        var q = r.Conflicts.Where(c => c.Kind == "quantity").ToList();
        var conflict = Assert.Single(q);
        Assert.Contains("\"two\"", conflict.Description);
        Assert.Contains("\"Six\"", conflict.Description);
    }

    [Fact]
    public void A_denial_in_the_same_story_conflicts_with_the_claim_it_denies()
    {
        var (arts, r) = Run();
        var denial = Assert.Single(r.Conflicts, c => c.Kind == "denial");
        var denier = arts.Single(a => a.Id == denial.ArticleB);
        Assert.Equal("globaltimes.cn", denier.Site);
        var asserted = arts.Single(a => a.Id == denial.ArticleA);
        Assert.Contains(asserted.Rows.Claims, c => c.Id == denial.ClaimA && c.Predicate == "fighting for Russia");
    }

    [Fact]
    public void An_event_reported_as_happened_and_as_not_is_a_conflict()
    {
        var (arts, r) = Run();
        var ev = Assert.Single(r.Conflicts, c => c.Kind == "event-negation");
        Assert.Equal("tass.ru", arts.Single(a => a.Id == ev.ArticleB).Site);
    }

    [Fact]
    public void Stories_group_the_outlets_and_leave_the_sports_page_alone()
    {
        var (arts, r) = Run();
        var sports = arts.Single(a => a.Site == "sports.example").Id;
        var story = Assert.Single(r.Stories, s => s.ArticleIds.Count >= 5);
        Assert.DoesNotContain(sports, story.ArticleIds);
        Assert.Equal(arts.Count - 1, story.ArticleIds.Count);
    }

    [Theory]
    [InlineData(2, null, null, null, 6, null, null, null, true)]
    [InlineData(150, 150.0, null, "more than", 155, null, null, null, false)]
    [InlineData(150, 150.0, null, "more than", 150, null, null, null, true)]
    [InlineData(100, null, null, "about", 105, null, null, null, false)]
    [InlineData(10, null, 10.0, "up to", 12, null, null, null, true)]
    public void Intervals_are_disjoint_only_when_no_value_fits_both(double v1, double? min1, double? max1, string? h1, double v2, double? min2, double? max2, string? h2, bool disjoint)
    {
        var a = Claim(v1, min1, max1, h1);
        var b = Claim(v2, min2, max2, h2);
        Assert.Equal(disjoint, QuantityInterval.Disjoint(QuantityInterval.Of(a)!.Value, QuantityInterval.Of(b)!.Value));
    }

    private static Rows.ClaimRow Claim(double v, double? min, double? max, string? hedge) =>
        new("c", "t", 0, 1, null, v, min, max, min is not null && hedge is not "more than", max is not null, hedge, false, null, null, null, null, null, null, null, null);

    [Fact]
    public void Claims_about_different_years_are_not_clustered()
    {
        var a = new Rows.ClaimRow("c1", "Exports grew by 5 percent", 0, 1, null, 5, null, null, false, false, null, false, "%", "exports", "grew", "2023", "2023", null, null, null);
        var b = a with { LocalId = "c2", Value = 7, TimeFrom = "2024", TimeTo = "2024" };
        Assert.False(ClaimClusterer.TimesCompatible(a, b));
        Assert.True(ClaimClusterer.TimesCompatible(a, a with { TimeFrom = "2023-06-01", TimeTo = "2023-06-30" }));
    }
}
