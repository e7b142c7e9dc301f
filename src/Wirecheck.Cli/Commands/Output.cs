namespace Wirecheck.Cli.Commands;

using Wirecheck.Cli.Reports;
using Wirecheck.Core.Json;
using Wirecheck.Core.Pipeline;
using Wirecheck.Extraction;

/// <summary>Writes processed documents in the chosen format, in input order; errors go to stderr.</summary>
public static class Output
{
    public static async Task<int> WriteAllAsync(string[] files, ExtractionOptions options, Pipeline? pipeline,
        string format, bool extractionOnly, bool printTimings, CancellationToken ct)
    {
        if (format == "json" && files.Length > 1)
        {
            Console.Error.WriteLine("wirecheck: --format json prints one document; use --format jsonl for several inputs");
            return ExitCodes.Usage;
        }
        int failed = 0, ok = 0;
        var stdout = Console.Out;
        await foreach (var r in DocumentProcessor.ProcessAsync(files, options, pipeline, ct))
        {
            if (r.Article is null)
            {
                failed++;
                Console.Error.WriteLine($"wirecheck: {r.Error}");
                if (format == "jsonl")
                    stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { schema = ContractWriter.Schema, input = new { path = r.Input }, error = r.Error }));
                continue;
            }
            ok++;
            switch (format)
            {
                case "json": stdout.WriteLine(ContractWriter.ToJson(r.Article, indented: true, extractionOnly)); break;
                case "jsonl": stdout.WriteLine(ContractWriter.ToJson(r.Article, indented: false, extractionOnly)); break;
                default: TextReport.Write(stdout, r.Article, extractionOnly); break;
            }
            if (printTimings)
                foreach (var t in r.Timings) Console.Error.WriteLine($"{r.Input}\t{t.Stage}\t{t.Elapsed.TotalMilliseconds:0.000} ms");
        }
        stdout.Flush();
        return failed == 0 ? ExitCodes.Ok : ok == 0 ? ExitCodes.InputError : ExitCodes.Partial;
    }
}
