namespace Wirecheck.Store.Search;

using System.Text;

/// <summary>Splits a user query into words, "quoted phrases", trailing-* prefixes and OR, dropping punctuation.</summary>
public static class QueryTerms
{
    public const int MaxTerms = 32;

    public static IReadOnlyList<QueryTerm> Parse(string query)
    {
        var result = new List<QueryTerm>();
        if (string.IsNullOrWhiteSpace(query)) return result;
        int i = 0;
        var s = query.AsSpan();
        while (i < s.Length && result.Count < MaxTerms)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '"')
            {
                int end = s[(i + 1)..].IndexOf('"');
                var inner = end < 0 ? s[(i + 1)..] : s.Slice(i + 1, end);
                i = end < 0 ? s.Length : i + end + 2;
                var words = Words(inner);
                if (words.Count > 0) result.Add(new QueryTerm(words, false, false));
                continue;
            }
            int j = i;
            while (j < s.Length && !char.IsWhiteSpace(s[j]) && s[j] != '"') j++;
            var token = s[i..j];
            i = j;
            if (token.SequenceEqual("OR")) { result.Add(new QueryTerm(Array.Empty<string>(), false, true)); continue; }
            bool prefix = token.Length > 1 && token[^1] == '*';
            var ws = Words(prefix ? token[..^1] : token);
            // "U.S." or "covid-19" become a phrase of their parts
            if (ws.Count > 0) result.Add(new QueryTerm(ws, prefix, false));
        }
        return result;
    }

    private static List<string> Words(ReadOnlySpan<char> s)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }
}
