namespace Wirecheck.Core.Pipeline;

using Wirecheck.Core.Model;

/// <summary>What a stage is called, which layers it needs, and which it fills.</summary>
public sealed record StageInfo(string Name, IReadOnlyList<string> Requires, IReadOnlyList<string> Assigns)
{
    public static StageInfo Of(string name, string[] requires, string[] assigns) => new(name, requires, assigns);
}

/// <summary>One step of the pipeline: document in, document out (spaCy's component, Catalyst's IProcess).</summary>
public interface IStage
{
    StageInfo Info { get; }
    void Process(Article article, CancellationToken ct);
}
