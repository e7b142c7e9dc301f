namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Cli.Reports;
using Wirecheck.Extraction;
using Wirecheck.Nlp;

/// <summary><c>wirecheck claims PATH|URL|-…</c>: one line per claim, readable by a journalist.</summary>
public static class ClaimsCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var verbatim = CommonOptions.Verbatim();
        var details = new Option<bool>("--details") { Description = "Also print each claim's id, check-worthiness, restatement link and sentence" };
        var cmd = new Command("claims", "Print the checkable claims with a quantity: who says it, the quantity, what is counted, and what is said of it")
        {
            inputs, verbatim, details,
        };
        cmd.SetAction(async (pr, ct) =>
        {
            var files = pr.GetValue(inputs)!;
            var options = new ExtractionOptions { Verbatim = pr.GetValue(verbatim) };
            bool more = pr.GetValue(details);
            int failed = 0, ok = 0;
            await foreach (var r in DocumentProcessor.ProcessAsync(files, options, StandardPipeline.Default, ct))
            {
                if (r.Article is not { } a) { failed++; Console.Error.WriteLine($"wirecheck: {r.Error}"); continue; }
                ok++;
                if (files.Length > 1) Console.WriteLine($"# {r.Input}");
                foreach (var c in a.Claims)
                {
                    Console.WriteLine((more ? $"{c.Id,-4} " : "") + TextReport.ClaimLine(a, c));
                    if (more)
                        Console.WriteLine($"     check-worthiness {(c.Checkworthiness is { } cw ? cw.ToString("0.00") : "-")}{(c.SameAs is null ? "" : " · same as " + c.SameAs)} · «{TextReport.Clip(a[c.Span], 120)}»");
                }
            }
            return failed == 0 ? ExitCodes.Ok : ok == 0 ? ExitCodes.InputError : ExitCodes.Partial;
        });
        return cmd;
    }
}
