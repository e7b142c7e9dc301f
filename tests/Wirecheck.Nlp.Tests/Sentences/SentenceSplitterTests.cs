namespace Wirecheck.Nlp.Tests.Sentences;

using CsCheck;
using Wirecheck.Core.Model;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

public class SentenceSplitterTests
{
    private static string[] Split(string text, params (int, int)[] blocks)
    {
        var toks = Tokenizer.Tokenize(text);
        var bl = blocks.Length == 0 ? new List<Block> { new(0, text.Length, BlockKind.Paragraph) } : blocks.Select(b => new Block(b.Item1, b.Item2, BlockKind.Paragraph)).ToList();
        return SentenceSplitter.Split(text, toks, bl).Select(s => text[s.Start..s.End]).ToArray();
    }

    [Theory]
    [InlineData("He left. She stayed.", "He left.|She stayed.")]
    [InlineData("The U.S. Army said so. It was late.", "The U.S. Army said so.|It was late.")]
    [InlineData("They moved to the U.S. The move was hard.", "They moved to the U.S.|The move was hard.")]
    [InlineData("Gen. Smith and Mr. Lin met on Jan. 5 in Kyiv.", "Gen. Smith and Mr. Lin met on Jan. 5 in Kyiv.")]
    [InlineData("J. R. Smith spoke. Then he left.", "J. R. Smith spoke.|Then he left.")]
    [InlineData("It grew 1,200.5 percent. Or 3.5 times.", "It grew 1,200.5 percent.|Or 3.5 times.")]
    [InlineData("“The position is very clear,” Lin said. “We have issued warnings.”", "“The position is very clear,” Lin said.|“We have issued warnings.”")]
    [InlineData("“Is it over?” he asked. Nobody knew.", "“Is it over?” he asked.|Nobody knew.")]
    [InlineData("He said: “Stop.” Then he left.", "He said: “Stop.”|Then he left.")]
    [InlineData("Wait… what happened? Nobody knows!", "Wait… what happened?|Nobody knows!")]
    [InlineData("See https://example.com/a.b. Then go.", "See https://example.com/a.b.|Then go.")]
    [InlineData("Prices rose (by 5%). Sales fell.", "Prices rose (by 5%).|Sales fell.")]
    [InlineData("It happened at 5 p.m. on Monday.", "It happened at 5 p.m. on Monday.")]
    [InlineData("At least 51 were recruited. 150 are fighting.", "At least 51 were recruited.|150 are fighting.")]
    [InlineData("He wrote to press@mfa.gov.cn. No reply came.", "He wrote to press@mfa.gov.cn.|No reply came.")]
    public void Splits_hard_cases(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Fact]
    public void Heading_without_final_punctuation_ends_with_its_block()
    {
        var text = "China Walks Diplomatic Tightrope\n\nChina continues to describe it.";
        Assert.Equal(new[] { "China Walks Diplomatic Tightrope", "China continues to describe it." }, Split(text, (0, 32), (34, text.Length)));
    }

    [Fact]
    public void Overlong_sentence_is_cut()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", 2000));
        var s = Split(text);
        Assert.True(s.Length >= 5);
    }

    /// <summary>Any text and any block layout: sentences are disjoint, in order, and every token is in exactly one.</summary>
    [Fact]
    public void Sentences_cover_all_tokens_without_overlap() =>
        Gen.Select(Gen.String[Gen.Char["aZ. ,!?“”\"…\n1"], 0, 200], Gen.Int[1, 6]).Sample((s, parts) =>
        {
            var toks = Tokenizer.Tokenize(s);
            var blocks = new List<Block>();
            int step = Math.Max(1, s.Length / parts), pos = 0;
            while (pos < s.Length) { int e = Math.Min(s.Length, pos + step); blocks.Add(new Block(pos, e, BlockKind.Paragraph)); pos = e + 1; }
            var sents = SentenceSplitter.Split(s, toks, blocks);
            int next = 0, prevEnd = 0;
            foreach (var x in sents)
            {
                if (x.FirstToken != next || x.TokenCount <= 0 || x.Start < prevEnd) return false;
                if (x.Start != toks[x.FirstToken].Start || x.End != toks[x.FirstToken + x.TokenCount - 1].End) return false;
                next += x.TokenCount;
                prevEnd = x.End;
            }
            return next == toks.Count;
        }, iter: 2000);
}
