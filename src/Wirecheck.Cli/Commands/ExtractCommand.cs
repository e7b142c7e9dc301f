namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Extraction;

/// <summary><c>wirecheck extract PATH…</c>: clean text and metadata only.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var format = CommonOptions.Format("jsonl", "text", "json", "jsonl");
        var verbatim = CommonOptions.Verbatim();
        var cmd = new Command("extract", "Extract clean text, blocks, metadata and repairs from articles (no analysis)")
        {
            inputs, format, verbatim,
        };
        cmd.SetAction(async (pr, ct) =>
        {
            var files = pr.GetValue(inputs)!;
            var fmt = pr.GetValue(format)!;
            var options = new ExtractionOptions { Verbatim = pr.GetValue(verbatim) };
            return await Output.WriteAllAsync(files, options, null, fmt, extractionOnly: true, false, ct);
        });
        return cmd;
    }
}
