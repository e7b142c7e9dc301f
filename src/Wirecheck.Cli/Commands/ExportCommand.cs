namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Store.Export;

/// <summary><c>wirecheck export --format jsonl|csv|gkg</c>: the whole store for other tools.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var format = CommonOptions.Format("jsonl", "jsonl", "csv", "gkg");
        var output = new Option<string?>("--out", "-o") { Description = "Output file (jsonl, gkg; default stdout) or folder (csv: one file per table)" };
        var table = new Option<string?>("--table") { Description = $"csv without --out: the one table to print ({string.Join(", ", CsvExporter.Tables)})" };
        var cmd = new Command("export", "Export the store: JSONL of the analyses, CSV tables, or GDELT GKG 2.1 TSV") { db, format, output, table };
        cmd.SetAction((pr, ct) =>
        {
            using var store = StoreOptions.Open(pr.GetValue(db));
            var fmt = pr.GetValue(format)!;
            var path = pr.GetValue(output);
            if (fmt == "csv")
            {
                if (path is not null)
                {
                    foreach (var f in CsvExporter.WriteAll(store, path)) Console.Error.WriteLine($"wrote {f}");
                    return Task.FromResult(ExitCodes.Ok);
                }
                var t = pr.GetValue(table) ?? "articles";
                if (Array.IndexOf(CsvExporter.Tables, t) < 0)
                {
                    Console.Error.WriteLine($"wirecheck: unknown table '{t}' (one of: {string.Join(", ", CsvExporter.Tables)})");
                    return Task.FromResult(ExitCodes.Usage);
                }
                CsvExporter.WriteTable(store, t, Console.Out);
                return Task.FromResult(ExitCodes.Ok);
            }
            TextWriter w = path is null ? Console.Out : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            try
            {
                int n = fmt == "gkg" ? GkgExporter.Write(store, w) : JsonlExporter.Write(store, w);
                w.Flush();
                if (path is not null) Console.Error.WriteLine($"wrote {n} records to {path}");
            }
            finally { if (path is not null) w.Dispose(); }
            return Task.FromResult(ExitCodes.Ok);
        });
        return cmd;
    }
}
