namespace Wirecheck.Bench.Claims;

using BenchmarkDotNet.Attributes;
using Wirecheck.Core.Model;
using Wirecheck.Nlp.Checkworthiness;
using Wirecheck.Nlp.Claims;
using Wirecheck.Nlp.Numbers;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Times;
using Wirecheck.Nlp.Tokens;

/// <summary>
/// Times, numbers and claims (and, separately, check-worthiness) over the benchmark corpus, one fresh
/// article per document. Tokens/s = <see cref="TokenCount"/> (printed at setup) / mean time.
/// </summary>
[MemoryDiagnoser]
public class ClaimsBenchmarks
{
    private readonly List<(string Text, List<Token> Tokens, List<Sentence> Sentences)> _docs = new();
    private readonly TimeStage _times = new();
    private readonly NumberStage _numbers = new();
    private readonly ClaimStage _claims = new();
    private readonly CheckworthinessStage _checkworthiness = new();

    public long TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        foreach (var text in Throughput.LoadCorpus(null).Take(60))
        {
            var tokens = Tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens, [new Block(0, text.Length, BlockKind.Paragraph)]);
            _docs.Add((text, tokens, sentences));
            TokenCount += tokens.Count;
        }
        Console.WriteLine($"// claims benchmark corpus: {_docs.Count} documents, {TokenCount} tokens");
    }

    private Article Fresh((string Text, List<Token> Tokens, List<Sentence> Sentences) d)
    {
        var a = new Article(d.Text, new InputInfo(null, null, null));
        a.Blocks.Add(new Block(0, d.Text.Length, BlockKind.Paragraph));
        a.Tokens.AddRange(d.Tokens);
        foreach (var s in d.Sentences) a.Sentences.Add(s with { });
        return a;
    }

    /// <summary>Numbers, dates and claims: the ≥ 50,000 tokens/s target.</summary>
    [Benchmark(Baseline = true)]
    public int NumbersDatesClaims()
    {
        int n = 0;
        foreach (var d in _docs)
        {
            var a = Fresh(d);
            _times.Process(a, default);
            _numbers.Process(a, default);
            _claims.Process(a, default);
            n += a.Claims.Count;
        }
        return n;
    }

    /// <summary>The lexical check-worthiness classifier on every sentence (no embeddings).</summary>
    [Benchmark]
    public int Checkworthiness()
    {
        int n = 0;
        foreach (var d in _docs)
        {
            var a = Fresh(d);
            _checkworthiness.Process(a, default);
            n += a.Sentences.Count;
        }
        return n;
    }

    /// <summary>Only building the fresh articles (subtract from the others).</summary>
    [Benchmark]
    public int FreshArticlesOnly()
    {
        int n = 0;
        foreach (var d in _docs) n += Fresh(d).Tokens.Count;
        return n;
    }
}
