namespace Wirecheck.Bench.Geo;

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Wirecheck.Core.Model;
using Wirecheck.Core.Text;
using Wirecheck.Nlp.Geo;

/// <summary>
/// Gazetteer load time (cold: one full load of data/gazetteers per invocation) and memory, and geocoding / gazetteer
/// matching throughput on a news paragraph. Run:
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- --filter '*GeoBenchmarks*'</c>.
/// Resident memory of the loaded gazetteer is printed by <see cref="Setup"/> (managed heap growth after a full GC).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class GeoBenchmarks
{
    /// <summary>In-process (the generated-project toolchain times out building on a shared 2-core machine), few iterations.</summary>
    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3));
    }

    private const string Paragraph =
        "Russian forces shelled the Donetsk region overnight, hitting Kramatorsk and Sloviansk, Ukrainian officials said on Monday. " +
        "In Kyiv, President Volodymyr Zelensky met envoys from France and Germany, while Chinese Foreign Ministry spokesperson Lin Jian " +
        "told reporters in Beijing that China supports talks. Storms hit Atlanta, and the governor of Georgia declared an emergency; " +
        "flights from New York and Washington to London and Paris were cancelled. Officials in Nairobi, Kenya, reported cases in Mombasa. ";

    private string _text = "";
    private Gazetteer _gazetteer = null!;
    private Geocoder _geocoder = null!;
    private List<PlaceQuery> _queries = new();

    [GlobalSetup]
    public void Setup()
    {
        _text = string.Concat(Enumerable.Repeat(Paragraph, 10));
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        long before = GC.GetTotalMemory(true);
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        _gazetteer = Gazetteer.Load(DataFiles.PathOf("gazetteers"));
        cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        long after = GC.GetTotalMemory(true);
        // Wall time is inflated when the machine is shared; CPU time (all threads, includes JIT and GC) is the steadier figure.
        Console.WriteLine($"// gazetteer: {_gazetteer.EntryCount:N0} entries, {_gazetteer.NameCount:N0} keys, load {_gazetteer.LoadTime.TotalMilliseconds:0} ms wall, {cpu.TotalMilliseconds:0} ms CPU, managed heap +{(after - before) / 1048576.0:0.0} MB, working set {Environment.WorkingSet / 1048576.0:0} MB");
        _geocoder = new Geocoder(_gazetteer);
        // One query per distinct gazetteer name in the text, with all its mentions (as the entity resolver would group them).
        _queries = _gazetteer.FindNames(_text, 0, _text.Length)
            .Where(m => m.Kind == GazetteerMatchKind.Place)
            .GroupBy(m => NameKey.Of(_text.AsSpan(m.Start, m.End - m.Start)))
            .Select(g => new PlaceQuery(_text[g.First().Start..g.First().End], g.Select(m => new TextSpan(m.Start, m.End)).ToList()))
            .ToList();
        // CPU-time throughput (steadier than wall time on a shared machine): geocoding and name matching per word.
        int words = _text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        for (int i = 0; i < 3; i++) Geocode();
        var proc = System.Diagnostics.Process.GetCurrentProcess();
        var c0 = proc.TotalProcessorTime;
        const int n = 50;
        for (int i = 0; i < n; i++) { FindNames(); Geocode(); }
        proc.Refresh();
        var perOp = (proc.TotalProcessorTime - c0).TotalMilliseconds / n;
        Console.WriteLine($"// geocode+find: {_queries.Count} place names, {words:N0} words, {perOp:0.00} ms CPU per text, {words / (perOp / 1000):N0} words/s (one core)");
    }

    /// <summary>Cold load of all gazetteer files into the indexes.</summary>
    [Benchmark]
    public int Load() => Gazetteer.Load(DataFiles.PathOf("gazetteers")).EntryCount;

    /// <summary>Longest-match gazetteer scan of ~5,000 words (10 paragraphs).</summary>
    [Benchmark]
    public int FindNames() => _gazetteer.FindNames(_text, 0, _text.Length).Count;

    /// <summary>Geocoding all places of the 10-paragraph text (two passes with context).</summary>
    [Benchmark]
    public int Geocode() => _geocoder.Resolve(_text, _queries).Count(r => r.Place is not null);
}
