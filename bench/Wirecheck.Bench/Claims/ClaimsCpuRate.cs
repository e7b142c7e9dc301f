namespace Wirecheck.Bench.Claims;

using System.Diagnostics;

/// <summary>
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- claims-cpu [seconds]</c>: tokens per CPU-second of
/// numbers+dates+claims and of check-worthiness, measured with the process's CPU time (meaningful on a
/// shared, overloaded machine where wall-clock benchmarks are not).
/// </summary>
public static class ClaimsCpuRate
{
    public static int Run(string[] args)
    {
        double seconds = args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 10;
        var b = new ClaimsBenchmarks();
        b.Setup();
        b.NumbersDatesClaims(); b.Checkworthiness(); // warm up: JIT, data files
        Report("numbers+dates+claims", b.TokenCount, seconds, () => b.NumbersDatesClaims());
        Report("check-worthiness (lexical)", b.TokenCount, seconds, () => b.Checkworthiness());
        Report("fresh articles only (overhead)", b.TokenCount, seconds, () => b.FreshArticlesOnly());
        return 0;
    }

    private static void Report(string name, long tokens, double seconds, Action run)
    {
        var p = Process.GetCurrentProcess();
        var cpu0 = p.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        long runs = 0;
        while (wall.Elapsed.TotalSeconds < seconds) { run(); runs++; }
        p.Refresh();
        var cpu = (p.TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine($"{name,-32} {runs,6} runs  {tokens * runs / cpu,12:N0} tokens per CPU-second  ({tokens * runs / wall.Elapsed.TotalSeconds:N0} per wall-second)");
    }
}
