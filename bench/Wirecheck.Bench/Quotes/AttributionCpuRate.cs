namespace Wirecheck.Bench.Quotes;

using System.Diagnostics;
using Wirecheck.Core.Model;
using Wirecheck.Nlp;
using Wirecheck.Nlp.Quotes;

/// <summary>
/// The attribution stage alone on the throughput corpus (articles prepared once by the standard pipeline), on one
/// thread, with and without the learned tagger, and with the neural tagger (<c>data/models/attribution-neural.bin</c>) when present: tokens per second of wall-clock and of process CPU time (the CPU
/// rate is the steadier one on a shared machine).
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- quotes-cpu [--shared DIR] [--seconds N]</c>
/// </summary>
public static class AttributionCpuRate
{
    public static int Run(string[] args)
    {
        string? shared = BenchArgs.Value(args, "--shared");
        double seconds = BenchArgs.Double(args, "--seconds", 5);
        var articles = new List<Article>();
        foreach (var d in Throughput.LoadCorpus(shared))
        {
            var a = Throughput.Extract(d);
            StandardPipeline.Default.Run(a);
            articles.Add(a);
        }
        long tokens = articles.Sum(a => (long)a.Tokens.Count);
        Console.WriteLine($"corpus: {articles.Count} documents, {tokens} tokens; tagger model {(AttributionTagger.Default is null ? "missing" : AttributionTagger.Default.IsNeural ? "neural" : "perceptron")}");
        var stages = new List<(string, AttributionStage)> { ("quotes (rules + tagger)", new AttributionStage()) };
        // the other tagger against the default in the same run
        if (AttributionTagger.Default is { IsNeural: true })
        {
            if (AttributionTagger.Load(neural: false) is { } perceptron) stages.Add(("quotes (rules + perceptron)", new AttributionStage(perceptron)));
        }
        else if (AttributionTagger.Load(neural: true) is { IsNeural: true } neural)
            stages.Add(("quotes (rules + neural)", new AttributionStage(neural)));
        stages.Add(("quotes (rules only)", new AttributionStage(learned: false)));
        foreach (var (name, stage) in stages)
        {
            foreach (var a in articles.Take(20)) stage.Process(a, default); // warm up
            var proc = Process.GetCurrentProcess();
            var cpu0 = proc.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            long done = 0;
            while (wall.Elapsed.TotalSeconds < seconds)
                foreach (var a in articles) { stage.Process(a, default); done += a.Tokens.Count; }
            double w = wall.Elapsed.TotalSeconds;
            proc.Refresh();
            double cpu = (proc.TotalProcessorTime - cpu0).TotalSeconds;
            Console.WriteLine($"{name,-28} {done / w,12:0} tokens/s (wall)  {done / cpu,12:0} tokens/s (CPU time)");
        }
        return 0;
    }
}
