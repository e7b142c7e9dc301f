namespace Wirecheck.Bench.Quotes;

using BenchmarkDotNet.Attributes;
using Wirecheck.Core.Model;
using Wirecheck.Extraction.Text;
using Wirecheck.Nlp.Quotes;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

/// <summary>
/// The attribution stage alone (tokens and sentences done in setup) over the sample corpus and over a
/// quotation-dense synthetic article. Tokens/s = <see cref="Tokens"/> / mean time. Goal: ≥ 50,000 tokens/s on one core.
/// </summary>
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    private Article _corpus = null!;
    private Article _dense = null!;
    private readonly AttributionStage _stage = new();

    [Params("corpus", "dense")]
    public string Input { get; set; } = "corpus";

    public int Tokens => (Input == "corpus" ? _corpus : _dense).Tokens.Count;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Prepare(string.Join("\n", Throughput.LoadCorpus(null).Take(20)));
        _dense = Prepare(Dense(400));
        Console.WriteLine($"// tokens: corpus {_corpus.Tokens.Count}, dense {_dense.Tokens.Count}");
    }

    [Benchmark]
    public int Attribute()
    {
        var a = Input == "corpus" ? _corpus : _dense;
        _stage.Process(a, CancellationToken.None);
        return a.Quotes.Count;
    }

    public static Article Prepare(string text)
    {
        var a = PlainTextExtractor.Verbatim(text, new InputInfo("bench", null, null));
        a.Tokens.AddRange(Tokenizer.Tokenize(a.Text));
        a.Sentences.AddRange(SentenceSplitter.Split(a.Text, a.Tokens, a.Blocks));
        return a;
    }

    /// <summary>Paragraphs cycling through the attribution patterns the stage handles.</summary>
    public static string Dense(int paragraphs)
    {
        string[] t =
        [
            "“The position of the government is very clear,” the spokesperson said. “We have issued numerous warnings.”",
            "The minister denied any involvement in the affair and stated that an inquiry was under way.",
            "According to the regional governor, more than 150 people have been evacuated from the area.",
            "Intelligence reports and captured documents show at least 51 recruits were trained at the camp.",
            "She emphasized that the agency is still “verifying” the figures, officials said on Tuesday.",
            "The acknowledgement follows reports from local authorities that the men were detained during combat.",
            "“We will not accept this,” said Anna Kovacs, a senior adviser to the prime minister, in a statement.",
            "Prices rose again in March as the central bank kept its key rate unchanged for a third month.",
        ];
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < paragraphs; i++) sb.Append(t[i % t.Length]).Append('\n');
        return sb.ToString();
    }
}
