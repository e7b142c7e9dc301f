namespace Wirecheck.Bench.Events;

using System.Diagnostics;
using Wirecheck.Core.Model;
using Wirecheck.Nlp.Events;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

/// <summary>
/// Event coding speed measured in CPU time of the benchmark thread as well as wall-clock time, so that the figure
/// means "on one core" even when the machine is shared:
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- events-cpu [--seconds N]</c>.
/// </summary>
public static class EventCodingCpu
{
    public static int Run(string[] args)
    {
        double seconds = BenchArgs.Double(args, "--seconds", 5);
        var text = BenchText.Load();
        var article = new Article(text, new InputInfo("bench", null, null));
        int start = 0;
        foreach (var para in text.Split('\n'))
        {
            if (para.Length > 0) article.Blocks.Add(new Block(start, start + para.Length, BlockKind.Paragraph));
            start += para.Length + 1;
        }
        new TokenizerStage().Process(article, default);
        new SentenceStage().Process(article, default);
        var stage = new EventStage();
        stage.Process(article, default); // warm-up: lexicon load and JIT
        for (int i = 0; i < 3; i++) stage.Process(article, default);
        long runs = 0;
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        long alloc0 = GC.GetAllocatedBytesForCurrentThread();
        while (wall.Elapsed.TotalSeconds < seconds) { stage.Process(article, default); runs++; }
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        var w = wall.Elapsed.TotalSeconds;
        long tokens = runs * article.Tokens.Count;
        Console.WriteLine($"event coding: {article.Tokens.Count} tokens, {article.Sentences.Count} sentences, {article.Events.Count} events per run; {runs} runs");
        Console.WriteLine($"  wall clock: {tokens / w,12:0} tokens/s");
        Console.WriteLine($"  CPU time  : {tokens / cpu,12:0} tokens/s (process CPU seconds, single-threaded work; load average {LoadAverage()})");
        Console.WriteLine($"  allocated : {(GC.GetAllocatedBytesForCurrentThread() - alloc0) / (double)tokens:0} bytes/token");
        return 0;
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; } catch { return "?"; }
    }
}
