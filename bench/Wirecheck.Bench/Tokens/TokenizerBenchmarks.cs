namespace Wirecheck.Bench.Tokens;

using BenchmarkDotNet.Attributes;
using Wirecheck.Core.Model;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

/// <summary>Tokenizer and sentence splitter over the seed article (BenchmarkDotNet, with allocations).</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private string _text = "";
    private List<Token> _tokens = new();
    private List<Block> _blocks = new();

    [GlobalSetup]
    public void Setup()
    {
        _text = string.Join("\n\n", Throughput.LoadCorpus(null).Take(20));
        _tokens = Tokenizer.Tokenize(_text);
        _blocks = new List<Block> { new(0, _text.Length, BlockKind.Paragraph) };
    }

    [Benchmark]
    public int Tokenize() => Tokenizer.Tokenize(_text).Count;

    [Benchmark]
    public int SplitSentences() => SentenceSplitter.Split(_text, _tokens, _blocks).Count;
}
