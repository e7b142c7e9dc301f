namespace Wirecheck.Bench.Geo;

using System.Diagnostics;
using Wirecheck.Core.Text;
using Wirecheck.Nlp.Geo;

/// <summary>
/// `gazetteer [--rounds N]`: loads <c>data/gazetteers/</c> N times in this process and prints, per load, wall time,
/// CPU time of the whole process, bytes allocated and garbage collections. The first load includes JIT compilation:
/// it is what every CLI start pays. CPU time is the figure that survives a loaded machine.
/// </summary>
public static class GazetteerLoadBench
{
    public static int Run(string[] args)
    {
        int rounds = Math.Clamp(BenchArgs.Int(args, "--rounds", 5), 1, 100);
        var dir = DataFiles.PathOf("gazetteers");
        var proc = Process.GetCurrentProcess();
        var walls = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            proc.Refresh();
            var cpu0 = proc.TotalProcessorTime;
            long alloc0 = GC.GetTotalAllocatedBytes(precise: true);
            int gc0 = GC.CollectionCount(0), gc2 = GC.CollectionCount(2);
            var pause0 = GC.GetTotalPauseDuration();
            var sw = Stopwatch.StartNew();
            var g = Gazetteer.Load(dir);
            sw.Stop();
            proc.Refresh();
            var cpu = (proc.TotalProcessorTime - cpu0).TotalMilliseconds;
            long alloc = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
            Console.WriteLine($"load {round + 1}{(round == 0 ? " (cold, with JIT)" : "")}: {sw.Elapsed.TotalMilliseconds:0} ms wall, {cpu:0} ms CPU, " +
                              $"{alloc / 1048576.0:0} MB allocated, GC gen0 {GC.CollectionCount(0) - gc0} gen2 {GC.CollectionCount(2) - gc2}, " +
                              $"pauses {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:0} ms; {g.EntryCount} entries, {g.NameCount} names");
            if (round > 0) walls.Add(sw.Elapsed.TotalMilliseconds);
            GC.KeepAlive(g);
            g = null;
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        proc.Refresh();
        Console.WriteLine($"working set after: {proc.WorkingSet64 / 1048576.0:0} MB");
        if (walls.Count > 0) Console.WriteLine($"warm loads: median {walls.Order().ElementAt(walls.Count / 2):0} ms wall");
        return 0;
    }
}
