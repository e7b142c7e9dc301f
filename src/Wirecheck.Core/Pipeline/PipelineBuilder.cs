namespace Wirecheck.Core.Pipeline;

using Wirecheck.Core.Model;

/// <summary>
/// Composes stages in the order they are added (never reordered) and checks, at <see cref="Build"/>,
/// that every layer a stage requires is assigned by the extractor or by an earlier stage.
/// </summary>
public sealed class PipelineBuilder
{
    /// <summary>Layers the extractor fills before any stage runs.</summary>
    public static readonly IReadOnlyList<string> ExtractorLayers = new[] { Layers.Text, Layers.Blocks, Layers.Meta };

    private readonly List<IStage> _stages = new();

    public PipelineBuilder Add(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    public PipelineBuilder AddIf(bool condition, Func<IStage> stage) => condition ? Add(stage()) : this;

    public Pipeline Build()
    {
        var available = new HashSet<string>(ExtractorLayers, StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            var info = stage.Info;
            if (!names.Add(info.Name))
                throw new PipelineConfigurationException($"stage '{info.Name}' is added twice");
            foreach (var layer in info.Requires)
            {
                if (!available.Contains(layer))
                    throw new PipelineConfigurationException(
                        $"stage '{info.Name}' requires layer '{layer}', which no earlier stage assigns " +
                        $"(available: {string.Join(", ", available.Order())})");
            }
            foreach (var layer in info.Assigns) available.Add(layer);
        }
        return new Pipeline(_stages.ToArray());
    }
}

public sealed class PipelineConfigurationException(string message) : Exception(message);
