namespace Wirecheck.Nlp.Checkworthiness;

/// <summary>
/// Lexical features of a sentence for the check-worthiness classifier: lower-cased word unigrams and
/// bigrams (digits folded to a shape), and a few shape flags (has a number, a percentage, money, a year,
/// a number word, length bucket).
/// </summary>
public static class CheckworthyFeatures
{
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "thousand", "million", "billion", "trillion", "percent", "half", "double", "twice", "dozen",
    };

    public static void Extract(ReadOnlySpan<char> text, List<string> features)
    {
        features.Clear();
        var words = new List<string>(32);
        bool digit = false, pct = false, money = false, year = false, numword = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                int s = i;
                while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
                var w = text[s..i].ToString().ToLowerInvariant().Replace('’', '\'');
                if (NumberWords.Contains(w)) numword = true;
                words.Add(w);
            }
            else if (char.IsAsciiDigit(c))
            {
                int s = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))) i++;
                int len = i - s;
                digit = true;
                if (len == 4 && text[s] is '1' or '2') year = true;
                if (i < text.Length && text[i] == '%') pct = true;
                if (s > 0 && text[s - 1] is '$' or '€' or '£') money = true;
                words.Add(len == 4 && text[s] is '1' or '2' ? "<year>" : "<num>");
            }
            else
            {
                if (c == '%') pct = true;
                if (c is '$' or '€' or '£') money = true;
                i++;
            }
        }
        for (int k = 0; k < words.Count; k++)
        {
            features.Add("u:" + words[k]);
            features.Add("b:" + (k == 0 ? "<s>" : words[k - 1]) + "_" + words[k]);
        }
        if (words.Count > 0) features.Add("b:" + words[^1] + "_</s>");
        if (digit) features.Add("f:digit");
        if (pct || words.Contains("percent")) features.Add("f:percent");
        if (money || words.Contains("dollars")) features.Add("f:money");
        if (year) features.Add("f:year");
        if (numword) features.Add("f:numword");
        features.Add("f:len" + Math.Min(words.Count / 5, 8));
    }
}
