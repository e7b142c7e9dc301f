namespace Wirecheck.Nlp;

using Wirecheck.Core.Pipeline;
using Wirecheck.Nlp.Events;
using Wirecheck.Nlp.Entities;
using Wirecheck.Nlp.Quotes;
using Wirecheck.Nlp.Checkworthiness;
using Wirecheck.Nlp.Claims;
using Wirecheck.Nlp.Numbers;
using Wirecheck.Nlp.Geo;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Times;
using Wirecheck.Nlp.Tokens;

/// <summary>Options that switch optional stages on or off.</summary>
public sealed record PipelineOptions
{
    /// <summary>Use the MiniLM sentence encoder where a stage can (slower; off by default).</summary>
    public bool UseEmbeddings { get; init; }
    public static PipelineOptions Default { get; } = new();
}

/// <summary>The pipeline every command runs, in reading order. Adding a stage is one line here.</summary>
public static class StandardPipeline
{
    private static readonly Lazy<Pipeline> DefaultPipeline = new(() => Create(PipelineOptions.Default));

    public static Pipeline Default => DefaultPipeline.Value;

    public static Pipeline Create(PipelineOptions options) => new PipelineBuilder()
        .Add(new TokenizerStage())
        .Add(new SentenceStage())
        .Add(new EntityModelStage())
        .Add(new EntityPatternStage())
        .Add(new EntityGazetteerStage())
        .Add(new EntityResolverStage())
        .Add(new GeocoderStage())
        .Add(new AttributionStage())
        .Add(new TimeStage())
        .Add(new NumberStage())
        .Add(new CheckworthinessStage())
        .Add(new ClaimStage())
        .Add(new EventStage())
        .Build();
}
