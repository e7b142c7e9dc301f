namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Cli.Reports;
using Wirecheck.Extraction;
using Wirecheck.Nlp;

/// <summary>
/// <c>wirecheck events PATH…</c>: the PLOVER events of each article, one line each
/// (<c>date | actor (country/sector) | TYPE/mode | recipient | place | source</c>), or with <c>--format tsv</c>
/// one GDELT-like row per event (columns in <see cref="EventTsv"/> and docs/events-tsv.md).
/// </summary>
public static class EventsCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var format = CommonOptions.Format("text", "text", "tsv");
        var verbatim = CommonOptions.Verbatim();
        var cmd = new Command("events", "Print who did what to whom, where and when (PLOVER events), as text or GDELT-like TSV")
        {
            inputs, format, verbatim,
        };
        cmd.SetAction(async (pr, ct) =>
        {
            var files = pr.GetValue(inputs)!;
            var tsv = pr.GetValue(format) == "tsv";
            var options = new ExtractionOptions { Verbatim = pr.GetValue(verbatim) };
            int exit = ExitCodes.Ok;
            if (tsv) EventTsv.WriteHeader(Console.Out);
            await foreach (var r in DocumentProcessor.ProcessAsync(files, options, StandardPipeline.Default, ct))
            {
                if (r.Article is not { } a)
                {
                    Console.Error.WriteLine($"wirecheck: {r.Input}: {r.Error}");
                    exit = ExitCodes.Partial;
                    continue;
                }
                if (tsv) { EventTsv.WriteRows(Console.Out, a); continue; }
                Console.WriteLine($"# {a.Input.Url ?? a.Input.Path ?? r.Input}: {a.Events.Count} event(s)");
                foreach (var v in a.Events) Console.WriteLine(TextReport.EventLine(a, v));
            }
            return exit;
        });
        return cmd;
    }
}
