namespace Wirecheck.Bench.Events;

using BenchmarkDotNet.Attributes;
using Wirecheck.Core.Model;
using Wirecheck.Nlp.Events;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

/// <summary>
/// Event coding speed (the <see cref="EventStage"/> alone, on tokenized and sentence-split articles):
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- --filter '*EventCoding*'</c>.
/// Tokens per second = <see cref="TokenCount"/> / mean time. Input: the seed article and the PLOVER gold
/// sentences when the shared folder is found, else a built-in news paragraph repeated.
/// </summary>
[MemoryDiagnoser]
public class EventCodingBench
{
    private Article _article = null!;
    private readonly EventStage _stage = new();

    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = BenchText.Load();
        _article = new Article(text, new InputInfo("bench", null, null));
        int start = 0;
        foreach (var para in text.Split('\n'))
        {
            if (para.Length > 0) _article.Blocks.Add(new Block(start, start + para.Length, BlockKind.Paragraph));
            start += para.Length + 1;
        }
        new TokenizerStage().Process(_article, default);
        new SentenceStage().Process(_article, default);
        TokenCount = _article.Tokens.Count;
        _stage.Process(_article, default); // load the lexicon outside the measurement
        Console.WriteLine($"// EventCodingBench: {TokenCount} tokens, {_article.Sentences.Count} sentences, {_article.Events.Count} events");
    }

    [Benchmark]
    public int CodeEvents()
    {
        _stage.Process(_article, default);
        return _article.Events.Count;
    }
}
