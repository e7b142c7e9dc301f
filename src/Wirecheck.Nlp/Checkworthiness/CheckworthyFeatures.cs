namespace Wirecheck.Nlp.Checkworthiness;

using System.Buffers;

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

    /// <summary>Receives each feature of a sentence, in order, as characters in a scratch buffer (valid during the call).</summary>
    public interface ISink
    {
        void Add(ReadOnlySpan<char> feature);
    }

    private struct ListSink(List<string> features) : ISink
    {
        public readonly void Add(ReadOnlySpan<char> feature) => features.Add(new string(feature));
    }

    /// <summary>The features of <paramref name="text"/> as strings (training); the same features, in the same order, as <see cref="Generate"/>.</summary>
    public static void Extract(ReadOnlySpan<char> text, List<string> features)
    {
        features.Clear();
        var sink = new ListSink(features);
        Generate(text, ref sink);
    }

    /// <summary>
    /// Writes every feature of <paramref name="text"/> to <paramref name="sink"/> without a string per feature: the
    /// words are lower-cased into one scratch buffer and each feature is composed in a second one.
    /// Order: per word its unigram then its bigram with the previous word, the closing bigram, then the flags.
    /// </summary>
    public static void Generate<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, ISink
    {
        var numberWords = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
        // words (lower-cased) are appended to `words`; a feature is at most "b:" + two words + "_"
        char[] words = ArrayPool<char>.Shared.Rent(text.Length + 16);
        char[] key = ArrayPool<char>.Shared.Rent(2 * text.Length + 16);
        try
        {
            bool digit = false, pct = false, money = false, year = false, numword = false, percentWord = false, dollarsWord = false;
            int count = 0, used = 0, prevStart = 0, prevLength = 0;
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                ReadOnlySpan<char> w;
                int wStart = used;
                if (char.IsLetter(c))
                {
                    int s = i;
                    while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
                    if (used + (i - s) > words.Length) Grow(ref words, used + (i - s));
                    var dest = words.AsSpan(used, i - s);
                    text[s..i].ToLowerInvariant(dest);
                    dest.Replace('’', '\'');
                    used += i - s;
                    w = dest;
                    if (numberWords.Contains(w)) numword = true;
                    if (w.SequenceEqual("percent")) percentWord = true;
                    else if (w.SequenceEqual("dollars")) dollarsWord = true;
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
                    var shape = len == 4 && text[s] is '1' or '2' ? "<year>" : "<num>";
                    // a shape token is at most as long as the digits it stands for plus 3: keep the buffer large enough
                    if (used + shape.Length > words.Length) Grow(ref words, used + shape.Length);
                    shape.CopyTo(words.AsSpan(used));
                    used += shape.Length;
                    w = words.AsSpan(wStart, shape.Length);
                }
                else
                {
                    if (c == '%') pct = true;
                    if (c is '$' or '€' or '£') money = true;
                    i++;
                    continue;
                }
                ReadOnlySpan<char> prev = count == 0 ? "<s>" : words.AsSpan(prevStart, prevLength);
                int need = 3 + prev.Length + w.Length;
                if (need > key.Length) Grow(ref key, need);
                var k = key.AsSpan();
                "u:".CopyTo(k);
                w.CopyTo(k[2..]);
                sink.Add(k[..(2 + w.Length)]);
                "b:".CopyTo(k);
                prev.CopyTo(k[2..]);
                k[2 + prev.Length] = '_';
                w.CopyTo(k[(3 + prev.Length)..]);
                sink.Add(k[..need]);
                prevStart = wStart;
                prevLength = w.Length;
                count++;
            }
            if (count > 0)
            {
                var prev = words.AsSpan(prevStart, prevLength);
                int need = 2 + prev.Length + 5;
                if (need > key.Length) Grow(ref key, need);
                var k = key.AsSpan();
                "b:".CopyTo(k);
                prev.CopyTo(k[2..]);
                "_</s>".CopyTo(k[(2 + prev.Length)..]);
                sink.Add(k[..need]);
            }
            if (digit) sink.Add("f:digit");
            if (pct || percentWord) sink.Add("f:percent");
            if (money || dollarsWord) sink.Add("f:money");
            if (year) sink.Add("f:year");
            if (numword) sink.Add("f:numword");
            Span<char> lenKey = stackalloc char[8];
            "f:len".CopyTo(lenKey);
            lenKey[5] = (char)('0' + Math.Min(count / 5, 8));
            sink.Add(lenKey[..6]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(words);
            ArrayPool<char>.Shared.Return(key);
        }
    }

    private static void Grow(ref char[] buffer, int need)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(need, buffer.Length * 2));
        buffer.CopyTo(bigger, 0);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = bigger;
    }
}
