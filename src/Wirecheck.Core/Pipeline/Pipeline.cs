namespace Wirecheck.Core.Pipeline;

using System.Diagnostics;
using Wirecheck.Core.Model;

/// <summary>How long one stage took on one document.</summary>
public readonly record struct StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>An immutable, ordered list of stages, built by <see cref="PipelineBuilder"/>.</summary>
public sealed class Pipeline
{
    private readonly IStage[] _stages;

    internal Pipeline(IStage[] stages) => _stages = stages;

    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>Runs every stage in order; returns the time each took. Cancellation reaches every stage.</summary>
    public IReadOnlyList<StageTiming> Run(Article article, CancellationToken ct = default)
    {
        var timings = new StageTiming[_stages.Length];
        for (int i = 0; i < _stages.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            var stage = _stages[i];
            long t0 = Stopwatch.GetTimestamp();
            stage.Process(article, ct);
            timings[i] = new StageTiming(stage.Info.Name, Stopwatch.GetElapsedTime(t0));
            foreach (var layer in stage.Info.Assigns) article.MarkAssigned(layer);
        }
        return timings;
    }
}
