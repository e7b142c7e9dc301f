namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Cli.Reports;
using Wirecheck.Core.Json;
using Wirecheck.Extraction;
using Wirecheck.Nlp;

/// <summary><c>wirecheck analyze PATH|URL|-…</c>: extraction and every analysis stage.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var format = CommonOptions.Format("text", "text", "json", "jsonl");
        var verbatim = CommonOptions.Verbatim();
        var timings = new Option<bool>("--timings") { Description = "Print per-stage timings to stderr" };
        var embeddings = new Option<bool>("--embeddings") { Description = "Use the MiniLM sentence encoder where a stage can (slower)" };
        var cmd = new Command("analyze", "Read articles and print entities, quotes, claims and events (the wirecheck/1 contract with --format json)")
        {
            inputs, format, verbatim, timings, embeddings,
        };
        cmd.SetAction(async (pr, ct) =>
        {
            var files = pr.GetValue(inputs)!;
            var fmt = pr.GetValue(format)!;
            var options = new ExtractionOptions { Verbatim = pr.GetValue(verbatim) };
            var pipeline = pr.GetValue(embeddings) ? StandardPipeline.Create(PipelineOptions.Default with { UseEmbeddings = true }) : StandardPipeline.Default;
            return await Output.WriteAllAsync(files, options, pipeline, fmt, extractionOnly: false, pr.GetValue(timings), ct);
        });
        return cmd;
    }
}
