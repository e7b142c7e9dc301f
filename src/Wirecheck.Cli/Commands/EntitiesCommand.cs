namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Core.Model;
using Wirecheck.Extraction;
using Wirecheck.Nlp;

/// <summary><c>wirecheck entities PATH…</c>: a table of the entities of each article (and, with --candidates, every layer's candidates).</summary>
public static class EntitiesCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var verbatim = CommonOptions.Verbatim();
        var candidates = new Option<bool>("--candidates") { Description = "Also list every recognizer layer's candidates with their source" };
        var cmd = new Command("entities", "Print the people, organisations, places and groups of articles as a table") { inputs, verbatim, candidates };
        cmd.SetAction(async (pr, ct) =>
        {
            var options = new ExtractionOptions { Verbatim = pr.GetValue(verbatim) };
            int exit = ExitCodes.Ok;
            await foreach (var r in DocumentProcessor.ProcessAsync(pr.GetValue(inputs)!, options, StandardPipeline.Default, ct))
            {
                if (r.Article is null)
                {
                    Console.Error.WriteLine($"wirecheck: {r.Input}: {r.Error}");
                    exit = ExitCodes.InputError;
                    continue;
                }
                Write(Console.Out, r.Input, r.Article, pr.GetValue(candidates));
            }
            return exit;
        });
        return cmd;
    }

    public static void Write(TextWriter w, string input, Article a, bool candidates)
    {
        w.WriteLine($"# {input}: {a.Entities.Count} entities");
        w.WriteLine($"{"id",-5} {"type",-6} {"country",-7} {"sector",-6} {"n",3}  {"name",-32} titles / mentions");
        foreach (var e in a.Entities)
        {
            var mentions = string.Join(", ", e.Mentions.Select(m => a.Covered(m.Start, m.End)).Distinct());
            var titles = e.Titles.Count > 0 ? "[" + string.Join("; ", e.Titles) + "] " : "";
            var geo = e.Geo is { } g ? $" @{g.Name} {g.Feature} {g.Country}" : "";
            w.WriteLine($"{e.Id,-5} {e.Type,-6} {e.Country ?? "-",-7} {e.Sector ?? "-",-6} {e.Mentions.Count,3}  {Clip(e.Name, 32),-32} {titles}{Clip(mentions, 80)}{geo}");
        }
        if (!candidates) return;
        w.WriteLine();
        w.WriteLine($"## candidates ({a.EntityCandidates.Count})");
        foreach (var c in a.EntityCandidates.OrderBy(c => c.Start).ThenBy(c => c.Source, StringComparer.Ordinal))
            w.WriteLine($"[{c.Start},{c.End}) {c.Type,-6} {c.Source,-20} {Clip(a.Covered(c.Start, c.End), 40)}{(c.Country is null ? "" : " " + c.Country)}{(c.Sector is null ? "" : "/" + c.Sector)}{(c.Title is null ? "" : " title=" + c.Title)}");
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
