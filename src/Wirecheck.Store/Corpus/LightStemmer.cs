namespace Wirecheck.Store.Corpus;

/// <summary>A small suffix stripper for similarity ("captured", "captures", "capturing" → "captur").</summary>
public static class LightStemmer
{
    public static string Stem(string w)
    {
        if (w.Length <= 4) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) return w[..^3];
        if (w.EndsWith("ed", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 5) return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) return w[..^1];
        if (w.EndsWith("ly", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith('e')) return w[..^1];
        return w;
    }

    /// <summary>Content words of a text, stemmed, without stopwords and numbers.</summary>
    public static List<string> ContentWords(string? text)
    {
        var result = new List<string>();
        if (string.IsNullOrEmpty(text)) return result;
        foreach (var w in NameKey.Plain(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.Length < 2 || char.IsDigit(w[0]) || CorpusLexicon.Stopwords.Contains(w)) continue;
            result.Add(Stem(w));
        }
        return result;
    }
}
