namespace Wirecheck.Bench.Entities;

using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Wirecheck.Core.Model;
using Wirecheck.Nlp.Entities;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

/// <summary>
/// Recognition (tagger, patterns, gazetteer layer), resolution and geocoding on real news text: the GUM news documents and
/// the seed article from the shared folder. Tokens and sentences are prepared in setup; the benchmark measures the
/// entity stages only. <c>dotnet run -c Release --project bench/Wirecheck.Bench -- --filter '*EntityBench*'</c>;
/// <c>-- entities</c> prints tokens per second without BenchmarkDotNet.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class EntityBench
{
    private List<Article> _articles = new();
    private EntityModelStage _model = null!;
    private EntityPatternStage _patterns = null!;
    private EntityGazetteerStage _gazetteer = null!;
    private EntityResolverStage _resolver = null!;
    private Wirecheck.Nlp.Geo.GeocoderStage _geocoder = null!;

    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = LoadArticles();
        Tokens = _articles.Sum(a => a.Tokens.Count);
        _model = new EntityModelStage();
        _patterns = new EntityPatternStage();
        _gazetteer = new EntityGazetteerStage();
        _resolver = new EntityResolverStage();
        _geocoder = new Wirecheck.Nlp.Geo.GeocoderStage();
        RecognizeAndResolve(); // warm the lazily loaded model, lexicons and gazetteer
    }

    [Benchmark]
    public int RecognizeAndResolve()
    {
        int n = 0;
        foreach (var a in _articles)
        {
            a.EntityCandidates.Clear();
            _model.Process(a, default);
            _patterns.Process(a, default);
            _gazetteer.Process(a, default);
            _resolver.Process(a, default);
            _geocoder.Process(a, default);
            n += a.Entities.Count;
        }
        return n;
    }

    /// <summary>Quick measurement without BenchmarkDotNet: tokens per second on one thread, and load times.</summary>
    public static int RunQuick()
    {
        var sw = Stopwatch.StartNew();
        var gaz = Wirecheck.Nlp.Geo.Gazetteer.Default;
        Console.WriteLine($"gazetteer load: {gaz.LoadTime.TotalMilliseconds:0} ms ({gaz.EntryCount} entries)");
        sw.Restart();
        var tagger = NerTagger.Default;
        Console.WriteLine($"tagger load: {sw.Elapsed.TotalMilliseconds:0} ms ({tagger?.Model.FeatureCount ?? 0} features)");
        var b = new EntityBench();
        b.Setup();
        for (int w = 0; w < 5; w++) b.RecognizeAndResolve(); // let tiered JIT settle
        int rounds = 0;
        sw.Restart();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        while (sw.Elapsed.TotalSeconds < 10 || rounds < 5) { b.RecognizeAndResolve(); rounds++; }
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        double tps = (double)b.Tokens * rounds / sw.Elapsed.TotalSeconds;
        Console.WriteLine($"entities (model+patterns+gazetteer+resolver+geocoder): {b._articles.Count} articles, {b.Tokens} tokens x {rounds} rounds: " +
                          $"{tps:0} tokens/s wall, {b.Tokens * rounds / cpu:0} tokens per CPU second (one thread; wall time depends on machine load)");
        foreach (var (name, stage) in new (string, Wirecheck.Core.Pipeline.IStage)[] { ("model", b._model), ("patterns", b._patterns), ("gazetteer", b._gazetteer), ("resolver", b._resolver), ("geocoder", b._geocoder) })
        {
            var c0 = Process.GetCurrentProcess().TotalProcessorTime;
            for (int r = 0; r < 3; r++)
                foreach (var a in b._articles) { if (name == "model") a.EntityCandidates.Clear(); stage.Process(a, default); }
            var c = (Process.GetCurrentProcess().TotalProcessorTime - c0).TotalSeconds;
            Console.WriteLine($"  {name}: {3 * b.Tokens / c:0} tokens per CPU second");
        }
        Console.WriteLine($"working set: {Environment.WorkingSet / (1024 * 1024)} MiB");
        return 0;
    }

    private static List<Article> LoadArticles()
    {
        var shared = Wirecheck.Eval.Framework.SharedData.Find();
        var texts = new List<string>();
        if (shared is not null)
        {
            foreach (var f in new[] { "datasets/ner/gum-news/gum_news.train.jsonl", "datasets/ner/gum-news/gum_news.dev.jsonl" })
            {
                var path = Path.Combine(shared, f);
                if (!File.Exists(path)) continue;
                foreach (var line in File.ReadLines(path))
                    texts.Add(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!);
            }
            var seed = Path.Combine(shared, "seed", "000_0161519d048cf689.txt");
            if (File.Exists(seed)) texts.Add(File.ReadAllText(seed));
        }
        if (texts.Count == 0)
            texts.Add(string.Concat(Enumerable.Repeat("Chinese Foreign Ministry spokesperson Lin Jian said Beijing was verifying reports. He added that Ukrainian forces captured two men in the Donetsk region.\n", 200)));
        var articles = new List<Article>();
        foreach (var text in texts)
        {
            var a = new Article(text, new InputInfo(null, null, null));
            int pos = 0;
            foreach (var para in text.Split('\n'))
            {
                if (para.Length > 0) a.Blocks.Add(new Block(pos, pos + para.Length, BlockKind.Paragraph));
                pos += para.Length + 1;
            }
            Tokenizer.Tokenize(text, a.Tokens);
            SentenceSplitter.Split(text, a.Tokens, a.Blocks, a.Sentences);
            articles.Add(a);
        }
        return articles;
    }
}
