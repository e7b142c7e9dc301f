namespace Wirecheck.Store.Ingest;

using System.Reflection;
using Wirecheck.Core.Pipeline;

/// <summary>
/// Names the analysis that produced a stored result: the stages in order plus the analysis assembly's version.
/// When a newer pipeline adds or changes stages the string changes, and <c>wirecheck reanalyze</c> picks the
/// article up again.
/// </summary>
public static class PipelineVersion
{
    public static string Of(Pipeline pipeline)
    {
        var stages = string.Join('+', pipeline.Stages.Select(s => s.Info.Name));
        var nlp = pipeline.Stages.Count > 0 ? pipeline.Stages[0].GetType().Assembly : typeof(Pipeline).Assembly;
        var version = nlp.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? nlp.GetName().Version?.ToString() ?? "0";
        int plus = version.IndexOf('+');
        if (plus >= 0) version = version[..plus];
        return $"{ContractVersion}|{stages}|{version}";
    }

    /// <summary>Bump when the stored rows or JSON change shape.</summary>
    public const string ContractVersion = "store1";
}
