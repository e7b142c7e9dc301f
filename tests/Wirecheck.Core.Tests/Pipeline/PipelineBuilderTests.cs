namespace Wirecheck.Core.Tests.Pipeline;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;

public class PipelineBuilderTests
{
    private sealed class FakeStage(string name, string[] requires, string[] assigns, List<string>? log = null) : IStage
    {
        public StageInfo Info { get; } = StageInfo.Of(name, requires, assigns);
        public CancellationToken Seen { get; private set; }
        public void Process(Article article, CancellationToken ct) { Seen = ct; log?.Add(name); }
    }

    [Fact]
    public void Refuses_a_stage_whose_requirement_no_earlier_stage_assigns()
    {
        var b = new PipelineBuilder()
            .Add(new FakeStage("quotes", [Layers.Entities], [Layers.Quotes]))
            .Add(new FakeStage("entities", [Layers.Tokens], [Layers.Entities]));
        var e = Assert.Throws<PipelineConfigurationException>(() => b.Build());
        Assert.Contains("quotes", e.Message);
        Assert.Contains("entities", e.Message);
    }

    [Fact]
    public void Refuses_a_stage_added_twice()
    {
        var b = new PipelineBuilder().Add(new FakeStage("a", [], [])).Add(new FakeStage("a", [], []));
        Assert.Throws<PipelineConfigurationException>(() => b.Build());
    }

    [Fact]
    public void Runs_stages_in_the_order_added_with_timings_and_the_token()
    {
        var log = new List<string>();
        var s1 = new FakeStage("one", [Layers.Text], ["x"], log);
        var s2 = new FakeStage("two", ["x"], ["y"], log);
        var p = new PipelineBuilder().Add(s1).Add(s2).Build();
        using var cts = new CancellationTokenSource();
        var a = new Article("text", new InputInfo(null, null, null));
        var timings = p.Run(a, cts.Token);
        Assert.Equal(new[] { "one", "two" }, log);
        Assert.Equal(new[] { "one", "two" }, timings.Select(t => t.Stage));
        Assert.Equal(cts.Token, s1.Seen);
        Assert.True(a.IsAssigned("x") && a.IsAssigned("y"));
    }

    [Fact]
    public void Cancellation_stops_the_pipeline()
    {
        var log = new List<string>();
        var p = new PipelineBuilder().Add(new FakeStage("one", [], [], log)).Build();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => p.Run(new Article("t", new InputInfo(null, null, null)), cts.Token));
        Assert.Empty(log);
    }

    [Fact]
    public void Built_pipeline_is_not_changed_by_later_builder_calls()
    {
        var b = new PipelineBuilder().Add(new FakeStage("one", [], []));
        var p = b.Build();
        b.Add(new FakeStage("two", [], []));
        Assert.Single(p.Stages);
    }
}
