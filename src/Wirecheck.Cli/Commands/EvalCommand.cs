namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Eval.Framework;

/// <summary><c>wirecheck eval TASK --data DIR</c> and <c>wirecheck eval all</c> (the gate).</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var cmd = new Command("eval", "Score Wirecheck on a development set; exit 1 when a score is below its floor in eval/floors.json");
        var floorsOpt = () => new Option<string?>("--floors") { Description = "Floors file (default: eval/floors.json of the repository)" };
        foreach (var task in EvalRegistry.All)
        {
            var data = new Option<string?>("--data") { Description = $"Data folder (default: <shared>/{task.DefaultDataPath})" };
            var verbose = new Option<bool>("--verbose", "-v") { Description = "Print per-item details" };
            var limit = new Option<int?>("--limit") { Description = "Evaluate only the first N items (quick look; not for the gate)" };
            var floors = floorsOpt();
            var sub = new Command(task.Name, task.Description) { data, verbose, limit, floors };
            sub.SetAction((pr, ct) => Task.FromResult(RunOne(task, pr.GetValue(data), pr.GetValue(floors), pr.GetValue(verbose), pr.GetValue(limit), ct)));
            cmd.Subcommands.Add(sub);
        }
        var shared = new Option<string?>("--shared") { Description = "The shared folder with datasets/ and gold/ (default: ../shared)" };
        var allFloors = floorsOpt();
        var all = new Command("all", "Run every task whose data is present (the CI gate) and check every floor") { shared, allFloors };
        all.SetAction((pr, ct) => Task.FromResult(RunAll(pr.GetValue(shared), pr.GetValue(allFloors), ct)));
        cmd.Subcommands.Add(all);
        return cmd;
    }

    private static int RunOne(IEvalTask task, string? dataDir, string? floorsPath, bool verbose, int? limit, CancellationToken ct)
    {
        dataDir ??= SharedData.Find() is { } s ? Path.Combine(s, task.DefaultDataPath) : null;
        if (dataDir is null || !Directory.Exists(dataDir))
        {
            Console.Error.WriteLine($"wirecheck: eval {task.Name}: data folder not found ({dataDir ?? "give --data"})");
            return ExitCodes.InputError;
        }
        var report = task.Run(new EvalContext(dataDir, Console.Out, ct) { Verbose = verbose, Limit = limit });
        report.Print(Console.Out);
        if (limit is not null) { Console.WriteLine("(--limit given: floors not checked)"); return ExitCodes.Ok; }
        return CheckFloors(report, floorsPath) ? ExitCodes.Ok : ExitCodes.Partial;
    }

    private static int RunAll(string? sharedDir, string? floorsPath, CancellationToken ct)
    {
        sharedDir ??= SharedData.Find();
        if (sharedDir is null || !Directory.Exists(sharedDir))
        {
            Console.Error.WriteLine("wirecheck: eval all: shared folder not found; give --shared");
            return ExitCodes.InputError;
        }
        bool ok = true;
        var summary = new List<string>();
        foreach (var task in EvalRegistry.All)
        {
            var dir = Path.Combine(sharedDir, task.DefaultDataPath);
            if (!Directory.Exists(dir))
            {
                Console.WriteLine($"== {task.Name}: SKIPPED (no data at {dir})");
                summary.Add($"{task.Name}: skipped");
                continue;
            }
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var report = task.Run(new EvalContext(dir, Console.Out, ct));
            report.Print(Console.Out);
            bool pass = CheckFloors(report, floorsPath);
            ok &= pass;
            summary.Add($"{task.Name}: {(pass ? "pass" : "FAIL")} ({sw.Elapsed.TotalSeconds:0.0} s)");
        }
        Console.WriteLine();
        Console.WriteLine("evaluation gate: " + string.Join("; ", summary));
        return ok ? ExitCodes.Ok : ExitCodes.Partial;
    }

    private static bool CheckFloors(EvalReport report, string? floorsPath)
    {
        floorsPath ??= Floors.Find();
        if (floorsPath is null) { Console.WriteLine("(no eval/floors.json found: floors not checked)"); return true; }
        var failures = Floors.Load(floorsPath).Check(report);
        foreach (var f in failures) Console.WriteLine($"FLOOR FAILED: {f}");
        if (failures.Count == 0) Console.WriteLine($"{report.Task}: all floors met");
        return failures.Count == 0;
    }
}
