namespace Wirecheck.Nlp.Entities;

using Wirecheck.Core.Model;

/// <summary>The words of one sentence with their offsets, as the recognizers read them.</summary>
public sealed class SentenceView
{
    /// <summary>Longest word the recognizers look at; longer tokens are cut (bounded work on hostile input).</summary>
    public const int MaxWordLength = 64;

    public required string Text { get; init; }
    public required string[] Words { get; init; }
    public required int[] Starts { get; init; }
    public required int[] Ends { get; init; }
    public required int SentenceIndex { get; init; }
    public int Count => Words.Length;

    public static SentenceView Of(Article article, Sentence sentence, int index)
    {
        int n = sentence.TokenCount;
        var words = new string[n];
        var starts = new int[n];
        var ends = new int[n];
        for (int i = 0; i < n; i++)
        {
            var t = article.Tokens[sentence.FirstToken + i];
            starts[i] = t.Start;
            ends[i] = t.End;
            words[i] = article.Text.Substring(t.Start, Math.Min(t.Length, MaxWordLength));
        }
        return new SentenceView { Text = article.Text, Words = words, Starts = starts, Ends = ends, SentenceIndex = index };
    }

    public bool IsCap(int i) => i >= 0 && i < Words.Length && Words[i].Length > 0 && char.IsUpper(Words[i][0]);
    public bool IsLowerWord(int i) => i >= 0 && i < Words.Length && Words[i].Length > 0 && char.IsLower(Words[i][0]);
    public string Lower(int i) => Words[i].ToLowerInvariant();
    public int StartOf(int i) => Starts[i];
    public int EndOf(int iExclusive) => Ends[iExclusive - 1];
    public string Covered(int from, int toExclusive) => Text[Starts[from]..Ends[toExclusive - 1]];
}
