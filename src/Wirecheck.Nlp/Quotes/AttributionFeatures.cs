namespace Wirecheck.Nlp.Quotes;

using static Wirecheck.Nlp.Quotes.FeatureHash;
using Wirecheck.Core.Model;

/// <summary>
/// Per-token features of the attribution tagger, all hashed to 64 bits (no strings are kept in a model): the word
/// and its neighbours (lower case), shape, suffix, cue-lexicon class, quotation state, sentence position, the role
/// the rules (<see cref="Attributor"/>) gave the token and its neighbours, the distance to the nearest lexicon cue
/// of the sentence, and the previous two tags.
/// </summary>
public sealed class AttributionFeatures
{
    public const int MaxFeatures = 48;

    private readonly CueLexicon _lex;
    private ulong[] _lower = [];
    private ulong[] _suffix = [];
    private int[] _shape = [];
    private int[] _cls = [];
    private int[] _rule = [];
    private int[] _quote = [];
    private int[] _sentPos = [];
    private int[] _cueLeft = [];
    private int[] _cueRight = [];
    private bool[] _signal = [];
    private uint[] _cluster = [];
    private int[] _sentQuote = [];
    private int _n;

    public AttributionFeatures(CueLexicon lexicon) => _lex = lexicon;

    private static readonly Wirecheck.Nlp.Entities.WordClusters? Clusters = Wirecheck.Nlp.Entities.WordClusters.Default;

    public int Count => _n;

    /// <summary>
    /// Whether token <paramref name="i"/> lies in a sentence with any sign of attribution (a lexicon word, a
    /// quotation, a rule role); the tagger leaves other sentences untagged (O), which keeps it fast.
    /// </summary>
    public bool Signal(int i) => _signal[i];

    /// <summary>Precomputes the token-level values of one article; <paramref name="ruleQuotes"/> are the rules' attributions.</summary>
    public void Prepare(Article a, IReadOnlyList<QuotedSpan> quotes, IEnumerable<Quote> ruleQuotes)
    {
        var toks = a.Tokens;
        _n = toks.Count;
        if (_lower.Length < _n)
        {
            int size = _n;
            _signal = new bool[size];
            _lower = new ulong[size]; _suffix = new ulong[size]; _shape = new int[size]; _cls = new int[size];
            _cluster = new uint[size]; _sentQuote = new int[size];
            _rule = new int[size]; _quote = new int[size]; _sentPos = new int[size]; _cueLeft = new int[size]; _cueRight = new int[size];
        }
        var text = a.Text;
        int qi = 0;
        for (int i = 0; i < _n; i++)
        {
            var t = toks[i];
            _sentPos[i] = 0; _cueLeft[i] = 8; _cueRight[i] = 8; _signal[i] = true;
            var w = t.Start >= 0 && t.End > t.Start && t.End <= text.Length ? text.AsSpan(t.Start, t.End - t.Start) : "\0".AsSpan();
            _lower[i] = Hash(w, true);
            _suffix[i] = w.Length > 3 ? Hash(w[^3..], true) : 0;
            _shape[i] = Shape(w);
            _cluster[i] = Clusters?.PathOf(Wirecheck.Nlp.Entities.NerFeatures.Hash(w, lower: true)) ?? 0;
            _cls[i] = 0;
            if (char.IsLetter(w[0]) && w.Length < 40)
            {
                var lower = w.ToString().ToLowerInvariant();
                if (_lex.Verb(lower) is { } v) _cls[i] = 1 + (int)v.Class;
                else if (_lex.Noun(lower) is not null) _cls[i] = 20;
                else if (_lex.PhrasesStartingWith(lower).Count > 0) _cls[i] = 21;
            }
            while (qi < quotes.Count && quotes[qi].End <= t.Start) qi++;
            bool inQ = qi < quotes.Count && quotes[qi].Start <= t.Start;
            _quote[i] = !inQ ? 0 : t.Start == quotes[qi].Start ? 1 : t.End == quotes[qi].End ? 2 : 3;
            _rule[i] = 0;
        }
        RuleRoles.Mark(toks, ruleQuotes, _rule, 1, 0);
        foreach (var s in a.Sentences)
        {
            int from = s.FirstToken, to = Math.Min(_n, s.FirstToken + s.TokenCount);
            int last = -1000;
            for (int i = from; i < to; i++)
            {
                _sentPos[i] = i == from ? 1 : i == to - 1 ? 2 : 0;
                _cueLeft[i] = Bucket(i - last);
                if (_cls[i] is > 0 and < 20) last = i;
            }
            bool any = false, quoted = false;
            for (int i = from; i < to && !quoted; i++) quoted = _quote[i] != 0;
            for (int i = from; i < to; i++) _sentQuote[i] = quoted ? 1 : 0;
            for (int i = from; i < to && !any; i++) any = _cls[i] != 0 || _quote[i] != 0 || _rule[i] != 0;
            for (int i = from; i < to; i++) _signal[i] = any;
            last = 1000000;
            for (int i = to - 1; i >= from; i--)
            {
                _cueRight[i] = Bucket(last - i);
                if (_cls[i] is > 0 and < 20) last = i;
            }
        }
    }

    /// <summary>A token distance in 9 buckets (0, 1, 2, 3, 4-5, 6-8, 9-15, 16-1000, more); also a <see cref="NeuralInput"/> group.</summary>
    internal static int Bucket(int d) => d switch { <= 0 => 0, 1 => 1, 2 => 2, 3 => 3, <= 5 => 4, <= 8 => 5, <= 15 => 6, <= 1000 => 7, _ => 8 };

    /// <summary>Writes the features of token <paramref name="i"/> that do not depend on the previous tag.</summary>
    public int Static(int i, Span<ulong> f)
    {
        int k = 0;
        ulong W(int j) => j < 0 ? 11UL : j >= _n ? 13UL : _lower[j];
        int R(int j) => j < 0 || j >= _n ? 9 : _rule[j];
        int C(int j) => j < 0 || j >= _n ? 30 : _cls[j];
        f[k++] = Mix(1, 0);
        f[k++] = Mix(2, W(i));
        f[k++] = Mix(3, W(i - 1));
        f[k++] = Mix(4, W(i + 1));
        f[k++] = Mix(5, W(i - 2));
        f[k++] = Mix(6, W(i + 2));
        f[k++] = Mix(7, Mix(W(i - 1), W(i)));
        f[k++] = Mix(8, Mix(W(i), W(i + 1)));
        f[k++] = Mix(9, _suffix[i]);
        f[k++] = Mix(10, (ulong)_shape[i]);
        f[k++] = Mix(11, (ulong)(_shape[i > 0 ? i - 1 : i] * 64 + _shape[i + 1 < _n ? i + 1 : i]));
        f[k++] = Mix(12, (ulong)C(i));
        f[k++] = Mix(13, (ulong)(C(i - 1) * 64 + C(i + 1)));
        f[k++] = Mix(14, (ulong)_quote[i]);
        f[k++] = Mix(15, (ulong)_sentPos[i]);
        f[k++] = Mix(16, (ulong)R(i));
        f[k++] = Mix(17, (ulong)(R(i - 1) * 16 + R(i)));
        f[k++] = Mix(18, (ulong)(R(i) * 16 + R(i + 1)));
        f[k++] = Mix(19, Mix((ulong)R(i), W(i)));
        f[k++] = Mix(20, (ulong)(_cueLeft[i] * 16 + _cueRight[i]));
        f[k++] = Mix(21, (ulong)(_cueLeft[i] * 16 + _cueRight[i]) * 32 + (ulong)_quote[i]);
        f[k++] = Mix(29, (ulong)(C(i) * 16 + R(i)));
        f[k++] = Mix(31, Mix((ulong)C(i - 1), W(i)));
        f[k++] = Mix(32, Mix((ulong)C(i + 1), W(i)));
        uint K(int j, int bits) => j < 0 || j >= _n ? 1u : Wirecheck.Nlp.Entities.WordClusters.Prefix(_cluster[j], bits);
        int Q(int j) => j < 0 || j >= _n ? 5 : _quote[j];
        f[k++] = Mix(33, K(i, 6));
        f[k++] = Mix(34, K(i, 10));
        f[k++] = Mix(35, (ulong)K(i - 1, 6) << 32 | K(i + 1, 6));
        f[k++] = Mix(36, W(i - 3));
        f[k++] = Mix(37, W(i + 3));
        f[k++] = Mix(38, (ulong)(_sentQuote[i] * 256 + _cueLeft[i] * 16 + _cueRight[i]));
        f[k++] = Mix(39, Mix(Mix(W(i - 1), W(i)), W(i + 1)));
        f[k++] = Mix(40, (ulong)(C(i) * 64 + Q(i - 1) * 8 + Q(i + 1)));
        f[k++] = Mix(41, Mix((ulong)_shape[i > 0 ? i - 1 : i], W(i)));
        return k;
    }

    /// <summary>Writes the features of token <paramref name="i"/> that pair the previous tag <paramref name="p1"/> (−1 at the start) with the token.</summary>
    public int Transition(int i, int p1, Span<ulong> f)
    {
        int k = 0;
        ulong W(int j) => j < 0 ? 11UL : j >= _n ? 13UL : _lower[j];
        int R(int j) => j < 0 || j >= _n ? 9 : _rule[j];
        int C(int j) => j < 0 || j >= _n ? 30 : _cls[j];
        ulong P1 = (ulong)(p1 + 1);
        f[k++] = Mix(22, P1);
        f[k++] = Mix(24, Mix(P1, W(i)));
        f[k++] = Mix(25, P1 * 16 + (ulong)R(i));
        f[k++] = Mix(26, P1 * 64 + (ulong)C(i));
        f[k++] = Mix(27, Mix(P1, W(i - 1)));
        f[k++] = Mix(28, P1 * 64 + (ulong)_quote[i] * 4 + (ulong)_sentPos[i]);
        f[k++] = Mix(30, P1 * 256 + (ulong)(_cueLeft[i] * 16 + _cueRight[i]));
        f[k++] = Mix(42, P1 << 32 | Wirecheck.Nlp.Entities.WordClusters.Prefix(_cluster[i], 6));
        f[k++] = Mix(43, P1 * 64 + (ulong)_sentQuote[i] * 32 + (ulong)_shape[i]);
        return k;
    }

    private static ulong Hash(ReadOnlySpan<char> s, bool lower)
    {
        ulong h = Offset;
        foreach (var ch0 in s)
        {
            var ch = lower ? char.ToLowerInvariant(ch0) : ch0;
            ch = ch switch { '\u2019' or '\u2018' => '\'', '\u201C' or '\u201D' => '"', '\u2013' or '\u2014' or '\u2015' => '-', _ => ch };
            h = (h ^ ch) * Prime;
        }
        return h;
    }

    /// <summary>A token's shape class (digit, punctuation kinds, all caps, capitalised, lower); also a <see cref="NeuralInput"/> group.</summary>
    internal static int Shape(ReadOnlySpan<char> w)
    {
        char c = w[0];
        if (char.IsDigit(c)) return 1;
        if (!char.IsLetter(c)) return c switch
        {
            ',' => 2, '.' => 3, ':' => 4, ';' => 5, '"' or '“' or '”' or '«' or '»' => 6, '\'' or '‘' or '’' => 7,
            '-' or '—' or '–' or '―' => 8, '(' or ')' => 9, '?' or '!' => 10, _ => 11,
        };
        bool allUpper = true;
        foreach (var ch in w) if (char.IsLetter(ch) && !char.IsUpper(ch)) { allUpper = false; break; }
        if (allUpper && w.Length > 1) return 12;
        return char.IsUpper(c) ? 13 : 14;
    }
}
