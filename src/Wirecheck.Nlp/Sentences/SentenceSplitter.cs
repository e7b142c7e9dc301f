namespace Wirecheck.Nlp.Sentences;

using Wirecheck.Core.Model;

/// <summary>Sentence splitter (placeholder, replaced below).</summary>
public static class SentenceSplitter
{
    public static void Split(string text, List<Token> tokens, List<Block> blocks, List<Sentence> sentences, CancellationToken ct = default)
    {
        int ti = 0;
        foreach (var b in blocks)
        {
            while (ti < tokens.Count && tokens[ti].Start < b.Start) ti++;
            int first = ti;
            while (ti < tokens.Count && tokens[ti].End <= b.End) ti++;
            if (ti > first) sentences.Add(new Sentence(tokens[first].Start, tokens[ti - 1].End, first, ti - first));
        }
    }
}
