namespace Wirecheck.Nlp.Tokens;

using System.Collections.Frozen;
using Wirecheck.Core.Text;

public enum AbbreviationClass { None, Title, Month, Other, Initial, Acronym }

/// <summary>Known abbreviations (data/tokens/abbreviations.tsv) and the shapes that are abbreviations by form.</summary>
public static class Abbreviations
{
    private static readonly Lazy<FrozenDictionary<string, AbbreviationClass>> Known = new(Load);

    /// <summary>Classifies <paramref name="word"/> (without its final period).</summary>
    public static AbbreviationClass Classify(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsUpper(word[0])) return AbbreviationClass.Initial;
        if (IsDottedAcronym(word)) return AbbreviationClass.Acronym;
        var lookup = Known.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word, out var c) ? c : AbbreviationClass.None;
    }

    /// <summary>U.S, U.K, a.m, p.m, U.N (the final period is not part of <paramref name="w"/>).</summary>
    public static bool IsDottedAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length < 3) return false;
        for (int i = 0; i < w.Length; i++)
        {
            if (i % 2 == 0) { if (!char.IsLetter(w[i])) return false; }
            else if (w[i] != '.') return false;
        }
        return w.Length % 2 == 1;
    }

    private static FrozenDictionary<string, AbbreviationClass> Load()
    {
        var d = new Dictionary<string, AbbreviationClass>(StringComparer.Ordinal);
        foreach (var line in DataFiles.ReadLines("tokens/abbreviations.tsv"))
        {
            var p = line.Split('\t');
            if (p.Length < 3) continue;
            d[p[1]] = p[2] switch { "title" => AbbreviationClass.Title, "month" => AbbreviationClass.Month, _ => AbbreviationClass.Other };
        }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
