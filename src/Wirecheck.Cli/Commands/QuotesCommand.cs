namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Cli.Reports;
using Wirecheck.Extraction;
using Wirecheck.Nlp;

/// <summary><c>wirecheck quotes PATH|URL|-…</c>: who said what, as a table (speaker, kind, cue, content).</summary>
public static class QuotesCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var verbatim = CommonOptions.Verbatim();
        var cmd = new Command("quotes", "Print every quotation and attribution: speaker, kind (direct/indirect/mixed/partial), cue and content")
        {
            inputs, verbatim,
        };
        cmd.SetAction(async (pr, ct) =>
        {
            var options = new ExtractionOptions { Verbatim = pr.GetValue(verbatim) };
            int failed = 0, ok = 0;
            await foreach (var r in DocumentProcessor.ProcessAsync(pr.GetValue(inputs)!, options, StandardPipeline.Default, ct))
            {
                if (r.Article is null) { failed++; Console.Error.WriteLine($"wirecheck: {r.Error}"); continue; }
                ok++;
                QuoteTable.Write(Console.Out, r.Article);
            }
            return failed == 0 ? ExitCodes.Ok : ok == 0 ? ExitCodes.InputError : ExitCodes.Partial;
        });
        return cmd;
    }
}
