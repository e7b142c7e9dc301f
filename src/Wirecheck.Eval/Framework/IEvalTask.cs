namespace Wirecheck.Eval.Framework;

/// <summary>An evaluation on a shared development set. Register new tasks in <see cref="EvalRegistry"/>.</summary>
public interface IEvalTask
{
    /// <summary>Name used on the command line and in <c>eval/floors.json</c>.</summary>
    string Name { get; }
    string Description { get; }

    /// <summary>Where the data lives, relative to the shared folder (for <c>eval all</c>).</summary>
    string DefaultDataPath { get; }

    EvalReport Run(EvalContext context);
}

/// <summary>What a task runs on.</summary>
public sealed record EvalContext(string DataDir, TextWriter Log, CancellationToken CancellationToken)
{
    /// <summary>Print per-item details (failures, confusions).</summary>
    public bool Verbose { get; init; }
    /// <summary>Evaluate only the first N items (for quick runs; the gate never sets it).</summary>
    public int? Limit { get; init; }
}
