namespace Wirecheck.Store.Embeddings;

using Wirecheck.Store.Rows;

/// <summary>
/// The words a claim's vector is made from: the clause of its sentence that holds the quantity. A sentence often
/// carries two claims ("155 Chinese nationals are fighting for Russia, a day after two of them were captured"):
/// embedding the whole sentence would give both the same vector. Clauses end at ", ", ";", ":", dashes and
/// brackets; a clause of fewer than <see cref="MinWords"/> words takes in its neighbours.
/// </summary>
public static class ClaimClause
{
    public const int MinWords = 5;

    public static string Of(ClaimRow c) => Of(c.Text, c.QuantityText);

    public static string Of(string sentence, string? quantity)
    {
        if (string.IsNullOrEmpty(quantity)) return sentence;
        int q = sentence.IndexOf(quantity, StringComparison.Ordinal);
        if (q < 0) return sentence;
        var bounds = Boundaries(sentence);
        // the clause [bounds[k], bounds[k+1]) containing q
        int k = 0;
        while (k + 1 < bounds.Count - 1 && bounds[k + 1] <= q) k++;
        int lo = k, hi = k + 1;
        while (Words(sentence, bounds[lo], bounds[hi]) < MinWords && (lo > 0 || hi < bounds.Count - 1))
        {
            if (hi < bounds.Count - 1) hi++;
            else lo--;
        }
        var clause = sentence[bounds[lo]..bounds[hi]].Trim(' ', ',', ';', ':', '—', '–', '(', ')', '"', '\u201c', '\u201d', '-');
        return clause.Length == 0 ? sentence : clause;
    }

    /// <summary>Clause start offsets, with 0 first and the sentence length last.</summary>
    private static List<int> Boundaries(string s)
    {
        var b = new List<int> { 0 };
        for (int i = 0; i < s.Length; i++)
        {
            char ch = s[i];
            bool cut = ch switch
            {
                ',' or ':' => i + 1 < s.Length && s[i + 1] == ' ', // "1,000" and "10:30" stay whole
                ';' or '(' or ')' or '—' or '–' => true,
                _ => false,
            };
            if (cut && i + 1 > b[^1]) b.Add(i + 1);
        }
        if (b[^1] != s.Length) b.Add(s.Length);
        return b;
    }

    private static int Words(string s, int from, int to)
    {
        int n = 0;
        bool inWord = false;
        for (int i = from; i < to; i++)
        {
            bool w = char.IsLetterOrDigit(s[i]);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }
}
