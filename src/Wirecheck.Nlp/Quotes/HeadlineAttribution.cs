namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>
/// The headline convention "Name: what they said" ("Pence: Flowers Won't Be at Debate", "Poll: Clinton and Trump in
/// dead heat"): in a headline (the article's first block, or a heading block) of at most <see cref="MaxWords"/> words,
/// a colon after a short capitalised name of one to four words is the cue, the name the source and the rest the
/// content (without a final full stop). PolNeAR train, primary annotator: 79 headline colons are cues; of the 93
/// headlines that pass these tests 69 are annotated so (most others are kickers such as "Breaking:", now excluded, or
/// unannotated). Not for a name starting with an article, one with a possessive, an all-capitals label, a kicker
/// (<see cref="WordLists.HeadlineKickers"/>), or when another attribution already uses the words.
/// </summary>
internal static class HeadlineAttribution
{
    public const int MaxWords = 25;
    public const double Confidence = 0.6;

    /// <summary>Adds the headline attributions; whether any was added.</summary>
    public static bool Add(Article a, List<Candidate> candidates)
    {
        bool added = false;
        for (int b = 0; b < a.Blocks.Count; b++)
        {
            var block = a.Blocks[b];
            if (b > 0 && block.Kind != BlockKind.Heading) continue;
            if (Find(a.Text, block) is not { } c) continue;
            if (candidates.Any(x => Overlaps(x.Cue, c.Cue) || Overlaps(x.Source, c.Source) || Overlaps(x.Source, c.Cue))) continue;
            // a quotation the rules found without a speaker is this one: give it the name and the colon
            var bare = candidates.FirstOrDefault(x => x.Kind != QuoteKind.Partial && x.Cue is null && x.Source is null && Overlaps(x.Content, c.Content));
            if (bare is not null)
            {
                bare.Source = c.Source; bare.Cue = c.Cue; bare.CueLemma = c.CueLemma; bare.Speaker = null;
                added = true;
                continue;
            }
            if (candidates.Any(x => x.Kind != QuoteKind.Partial && Overlaps(x.Content, c.Content))) continue;
            c.Block = b;
            candidates.Add(c);
            added = true;
        }
        return added;
    }

    private static Candidate? Find(string text, Block block)
    {
        int end = block.End;
        while (end > block.Start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - block.Start > 300 || text.IndexOf('\n', block.Start, end - block.Start) >= 0) return null;
        int colon = text.IndexOf(':', block.Start, end - block.Start);
        if (colon <= block.Start || colon + 2 >= end || text[colon + 1] != ' ') return null;
        var line = text.AsSpan(block.Start, end - block.Start);
        int words = 0;
        bool inWord = false;
        foreach (var ch in line) { if (char.IsWhiteSpace(ch)) inWord = false; else if (!inWord) { words++; inWord = true; } }
        if (words > MaxWords) return null;
        var name = text[block.Start..colon].Trim();
        if (name.Length == 0 || !NameLike(name)) return null;
        int srcStart = text.IndexOf(name, block.Start, StringComparison.Ordinal);
        int contentStart = colon + 1;
        while (contentStart < end && text[contentStart] == ' ') contentStart++;
        if (!char.IsLetterOrDigit(text[contentStart]) && text[contentStart] is not ('"' or '“' or '‘' or '\'')) return null;
        int contentEnd = end;
        if (text[contentEnd - 1] == '.') contentEnd--;
        if (contentEnd <= contentStart) return null;
        var content = new TextSpan(contentStart, contentEnd);
        char first = text[contentStart];
        bool quoted = first is '"' or '“' or '‘' or '\'';
        return new Candidate
        {
            Kind = quoted ? QuoteKind.Direct : QuoteKind.Indirect,
            Source = new TextSpan(srcStart, srcStart + name.Length),
            Cue = new TextSpan(colon, colon + 1),
            CueLemma = ":",
            Content = content,
            Confidence = Confidence,
        };
    }

    private static readonly HashSet<string> Lower = new(StringComparer.Ordinal) { "of", "and", "de", "van", "von", "der", "la", "du", "al", "bin" };
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    /// <summary>One to four capitalised words (a few lower-case name particles), not all capitals, no possessive, not a kicker.</summary>
    private static bool NameLike(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4) return false;
        if (Articles.Contains(words[0])) return false;
        if (name.Contains("'s", StringComparison.Ordinal) || name.Contains("’s", StringComparison.Ordinal)) return false;
        if (WordLists.HeadlineKickers.Contains(name.ToLowerInvariant())) return false;
        bool anyLower = false;
        foreach (var w in words)
        {
            if (Lower.Contains(w)) continue;
            if (!char.IsUpper(w[0])) return false;
            foreach (var ch in w) if (char.IsLower(ch)) { anyLower = true; break; }
        }
        return anyLower;
    }

    private static bool Overlaps(TextSpan? a, TextSpan? b) => a is { } x && b is { } y && x.Start < y.End && y.Start < x.End;
}
