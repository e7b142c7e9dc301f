namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Extraction;
using Wirecheck.Nlp;
using Wirecheck.Store.Corpus;
using Wirecheck.Store.Db;
using Wirecheck.Store.Ingest;

/// <summary><c>wirecheck ingest PATH|URL|FEED…</c>: analyse articles into the store, then refresh the cross-article tables.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files (.html, .htm, .txt, .gz, .jsonl of {url, html|text, published}, .xml/.rss/.atom feeds), directories (recursively), URLs, feed URLs",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = StoreOptions.Db();
        var jobs = new Option<int>("--jobs", "-j") { Description = "Analysis workers (default: number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Option<int>("--batch") { Description = "Articles per write transaction", DefaultValueFactory = _ => 64 };
        var noLink = new Option<bool>("--no-link") { Description = "Skip the cross-article pass (entities, stories, claim clusters, conflicts) after ingesting" };
        var noEmbed = StoreOptions.NoEmbed();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar" };
        var verbatim = CommonOptions.Verbatim();
        var cmd = new Command("ingest", "Read articles (files, directories, JSONL, URLs, feeds), analyse them in parallel and store them; re-ingesting is a no-op")
        {
            inputs, db, jobs, batch, noLink, noEmbed, quiet, verbatim,
        };
        cmd.SetAction(async (pr, ct) =>
        {
            using var store = StoreOptions.Open(pr.GetValue(db));
            var options = new IngestOptions { Parallelism = Math.Max(1, pr.GetValue(jobs)), BatchSize = Math.Clamp(pr.GetValue(batch), 1, 10_000) };
            var runner = new IngestRunner(store, StandardPipeline.Default, new ExtractionOptions { Verbatim = pr.GetValue(verbatim) }, options);
            var progress = !pr.GetValue(quiet) && !Console.IsErrorRedirected ? new ProgressBar(runner.Summary) : null;
            IngestSummary s;
            var total = System.Diagnostics.Stopwatch.StartNew();
            var cpu0 = Environment.CpuUsage.TotalTime;
            try { s = await runner.RunAsync(pr.GetValue(inputs)!, ct); }
            finally { progress?.Dispose(); }
            var storeCpu = Environment.CpuUsage.TotalTime - cpu0;
            PrintSummary(Console.Out, s, store);
            bool link = !pr.GetValue(noLink) && s.New > 0;
            if (link) StoreOptions.Link(store, !pr.GetValue(noEmbed), Console.Out, s.Cpu);
            if (s.New > 0) PrintCpu(Console.Out, s, storeCpu, Environment.CpuUsage.TotalTime - cpu0, total.Elapsed, link);
            if (s.Failed == 0) return ExitCodes.Ok;
            return s.New + s.Duplicate > 0 ? ExitCodes.Partial : ExitCodes.InputError;
        });
        return cmd;
    }

    /// <summary>
    /// The whole ingest's rate (analysis, store and cross-article pass) and its CPU time per new article by part; what
    /// the process spent beyond the parts during the store phase is the runtime's (GC, JIT, thread pool).
    /// </summary>
    public static void PrintCpu(TextWriter w, IngestSummary s, TimeSpan storeCpu, TimeSpan allCpu, TimeSpan elapsed, bool linked)
    {
        double n = Math.Max(1, s.New);
        var c = s.Cpu;
        double Part(IngestPart p) => c.Milliseconds(p) / n;
        double parts = c.Milliseconds(IngestPart.Read) + c.Milliseconds(IngestPart.Extract) + c.Milliseconds(IngestPart.Pipeline) + c.Milliseconds(IngestPart.Pack) + c.Milliseconds(IngestPart.Write);
        double runtime = Math.Max(0, storeCpu.TotalMilliseconds - parts) / n;
        w.WriteLine($"total{(linked ? " with the cross-article pass" : " (no cross-article pass)")}: {elapsed.TotalSeconds:0.0} s = {s.New / Math.Max(0.001, elapsed.TotalSeconds):0.0} new articles/s; CPU {allCpu.TotalMilliseconds / n:0.0} ms per new article " +
                    $"(read {Part(IngestPart.Read):0.0}, extraction {Part(IngestPart.Extract):0.0}, pipeline {Part(IngestPart.Pipeline):0.0}, packing {Part(IngestPart.Pack):0.0}, " +
                    $"writing {Part(IngestPart.Write):0.0}, runtime {runtime:0.0}, claim vectors {Part(IngestPart.Embed):0.0}, cross-article {Part(IngestPart.Link):0.0})");
    }

    public static void PrintSummary(TextWriter w, IngestSummary s, ArticleStore store)
    {
        double secs = Math.Max(0.001, s.Elapsed.TotalSeconds);
        w.WriteLine($"store: {store.Dialect.Describe()}");
        w.WriteLine($"read {s.Read}, new {s.New} (near-duplicates linked: {s.NearDuplicate}), duplicate {s.Duplicate}, failed {s.Failed} in {secs:0.0} s ({s.New / secs:0.0} new articles/s)");
        if (s.Failed > 0)
        {
            w.WriteLine("failures:");
            foreach (var f in s.Failures.Take(20)) w.WriteLine($"  {f.Origin}: {f.Reason}");
            if (s.Failed > 20)
            {
                w.WriteLine($"  … {s.Failed - 20} more; by reason:");
                foreach (var kv in s.ReasonCounts().Take(10)) w.WriteLine($"  {kv.Value,6}  {kv.Key}");
            }
        }
    }
}
