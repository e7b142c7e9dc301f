namespace Wirecheck.Nlp.Sentences;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Tokens;

/// <summary>
/// Splits the tokens of each block into sentences. A sentence never crosses a block (headings without
/// final punctuation end with their block). Inside a block, a sentence ends at . ! ? or … (with any closing
/// quotation marks and brackets that follow) when the next token opens a sentence (a capital, a digit, an
/// opening quotation mark). Not after titles (Mr. Gen.), initials (J.), or a comma before a closing mark
/// (“…clear,” Lin said.). Abbreviations such as U.S. end a sentence only before a usual sentence opener.
/// Every token belongs to exactly one sentence.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Longest sentence in tokens; longer runs are cut so later stages stay bounded.</summary>
    public const int MaxSentenceTokens = 400;

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "In", "On", "At", "As", "After", "Before", "When", "While", "If", "His", "Her", "Its", "Their",
        "Our", "Some", "Many", "Most", "No", "Yet", "So", "Meanwhile", "However", "According", "Officials", "Earlier", "Later",
    };

    public static List<Sentence> Split(string text, List<Token> tokens, List<Block> blocks)
    {
        var result = new List<Sentence>();
        Split(text, tokens, blocks, result);
        return result;
    }

    public static void Split(string text, List<Token> tokens, List<Block> blocks, List<Sentence> sentences, CancellationToken ct = default)
    {
        // segments: blocks in order; tokens outside any block form their own segments
        var ordered = blocks.OrderBy(b => b.Start).ToList();
        int ti = 0, bi = 0;
        while (ti < tokens.Count)
        {
            ct.ThrowIfCancellationRequested();
            while (bi < ordered.Count && ordered[bi].End <= tokens[ti].Start) bi++;
            int segEnd;
            if (bi < ordered.Count && ordered[bi].Start <= tokens[ti].Start) segEnd = ordered[bi].End;
            else segEnd = bi < ordered.Count ? ordered[bi].Start : int.MaxValue;
            int first = ti;
            while (ti < tokens.Count && tokens[ti].Start < segEnd) ti++;
            SplitSegment(text, tokens, first, ti, sentences);
        }
    }

    private static void SplitSegment(string text, List<Token> tokens, int from, int to, List<Sentence> sentences)
    {
        int start = from;
        for (int i = from; i < to; i++)
        {
            if (i + 1 - start >= MaxSentenceTokens) { Add(tokens, start, i + 1, sentences); start = i + 1; continue; }
            if (!IsBoundaryAfter(text, tokens, i, to, out int last)) continue;
            Add(tokens, start, last + 1, sentences);
            start = last + 1;
            i = last;
        }
        if (start < to) Add(tokens, start, to, sentences);
    }

    private static void Add(List<Token> tokens, int first, int endExclusive, List<Sentence> sentences) =>
        sentences.Add(new Sentence(tokens[first].Start, tokens[endExclusive - 1].End, first, endExclusive - first));

    /// <summary>Whether a sentence ends with token <paramref name="i"/> (and its trailing closers, up to <paramref name="last"/>).</summary>
    private static bool IsBoundaryAfter(string text, List<Token> tokens, int i, int to, out int last)
    {
        last = i;
        var t = tokens[i];
        var s = text.AsSpan(t.Start, t.Length);
        bool terminal;
        bool abbreviationEnd = false;
        if (s is "." or "!" or "?" or "…" || (s.Length >= 3 && s[0] == '.' && s[1] == '.') || s is "?!" or "!?") terminal = true;
        else if (t.Kind == TokenKind.Word && s.Length > 1 && s[^1] == '.')
        {
            var cls = Abbreviations.Classify(s[..^1]);
            if (cls is AbbreviationClass.Title or AbbreviationClass.Initial) return false;
            terminal = true;
            abbreviationEnd = true;
        }
        else return false;
        if (!terminal) return false;

        // closing quotation marks and brackets stay with the sentence
        int j = i + 1;
        while (j < to && IsCloser(text, tokens[j])) { last = j; j++; }
        if (j >= to) return true;
        // “…clear,” Lin said — no: the terminal must be the punctuation right before the closers
        var next = tokens[j];
        char c = text[next.Start];
        // no space between "." and a following letter: not a boundary (e.g. "3.5x" already one token; "word.Word" junk)
        if (next.Start == tokens[last].End && char.IsLetter(c)) return false;
        if (abbreviationEnd)
        {
            var w = text.AsSpan(next.Start, next.Length).ToString();
            return Openers.Contains(w);
        }
        if (char.IsUpper(c) || char.IsDigit(c) || IsOpener(text, next)) return true;
        if (s is "…" || s.Length >= 3) return false; // ellipsis followed by lowercase continues
        return false;
    }

    private static bool IsCloser(string text, Token t)
    {
        if (t.Length != 1) return false;
        char c = text[t.Start];
        return c is '”' or '’' or '»' or ')' or ']' or '›' || (c is '"' or '\'' && (t.Start + 1 >= text.Length || char.IsWhiteSpace(text[t.Start + 1])));
    }

    private static bool IsOpener(string text, Token t)
    {
        if (t.Length != 1) return false;
        char c = text[t.Start];
        return c is '“' or '‘' or '«' or '(' or '[' or '"' or '\'' or '„' or '—' or '-';
    }
}
