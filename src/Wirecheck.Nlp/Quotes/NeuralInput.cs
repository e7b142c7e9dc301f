namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Entities;

/// <summary>
/// The per-token inputs of the neural attribution tagger (<see cref="NeuralRoleModel"/>): for every token one index
/// per input group (see <see cref="Sizes"/>): the lower-cased word and its last three letters (hashed into buckets, so
/// no word is stored), shape, cue-lexicon class, the role the rules (<see cref="Attributor"/>) gave it, quotation
/// state, sentence position, distance to the nearest lexicon cue on each side, whether the sentence holds a quotation,
/// two word-cluster path prefixes (<c>data/entities/clusters.tsv</c>), and the word's row in the static word-vector
/// table (<see cref="WordVectors"/>, 0 when the word has none or the table is missing; a model that does not use the
/// table gives this group 0 dimensions). The same values as the perceptron's <see cref="AttributionFeatures"/> uses,
/// as indices into embedding tables instead of hashed conjunctions.
/// </summary>
public sealed class NeuralInput
{
    public const int Groups = 13;
    /// <summary>The group of the static word vectors' row.</summary>
    public const int VectorGroup = 12;
    public const int WordBits = 15, SuffixBits = 12;

    /// <summary>The number of values of each group: word, suffix, shape, cue class, rule tag, quotation state, sentence position, cue left, cue right, quoted sentence, cluster prefix 10, cluster prefix 6, word-vector row.</summary>
    public static readonly int[] Sizes = [1 << WordBits, 1 << SuffixBits, 16, 32, RoleTags.Count, 4, 3, 9, 9, 2, 2048, 128, (Vectors?.Count ?? 0) + 1];

    private static readonly WordClusters? Clusters = WordClusters.Default;
    private static WordVectors? Vectors => WordVectors.Default;
    private readonly CueLexicon _lex;
    private int[] _cats = [];
    private bool[] _signal = [];
    private int _n;

    public NeuralInput(CueLexicon lexicon) => _lex = lexicon;

    public int Count => _n;

    /// <summary>The group indices of all tokens, <see cref="Groups"/> per token.</summary>
    public ReadOnlySpan<int> Cats => _cats.AsSpan(0, _n * Groups);

    /// <summary>Whether token <paramref name="i"/>'s sentence shows any sign of attribution (lexicon word, quotation, rule role); other sentences stay O.</summary>
    public bool Signal(int i) => _signal[i];

    public void Prepare(Article a, IReadOnlyList<QuotedSpan> quotes, IEnumerable<Quote> ruleQuotes)
    {
        var toks = a.Tokens;
        _n = toks.Count;
        if (_signal.Length < _n) { _signal = new bool[_n]; _cats = new int[_n * Groups]; }
        var text = a.Text;
        int qi = 0;
        for (int i = 0; i < _n; i++)
        {
            var t = toks[i];
            var w = t.Start >= 0 && t.End > t.Start && t.End <= text.Length ? text.AsSpan(t.Start, t.End - t.Start) : "\0".AsSpan();
            var c = _cats.AsSpan(i * Groups, Groups);
            ulong h = NerFeatures.Hash(w, lower: true);
            c[0] = Bucket(h, WordBits);
            c[1] = w.Length > 3 ? Bucket(NerFeatures.Hash(w[^3..], lower: true), SuffixBits) : 0;
            c[2] = AttributionFeatures.Shape(w);
            int cls = 0;
            if (char.IsLetter(w[0]) && w.Length < 40)
            {
                var lower = w.ToString().ToLowerInvariant();
                if (_lex.Verb(lower) is { } v) cls = 1 + (int)v.Class;
                else if (_lex.Noun(lower) is not null) cls = 20;
                else if (_lex.PhrasesStartingWith(lower).Count > 0) cls = 21;
            }
            c[3] = cls;
            c[4] = 0;
            while (qi < quotes.Count && quotes[qi].End <= t.Start) qi++;
            bool inQ = qi < quotes.Count && quotes[qi].Start <= t.Start;
            c[5] = !inQ ? 0 : t.Start == quotes[qi].Start ? 1 : t.End == quotes[qi].End ? 2 : 3;
            uint path = Clusters?.PathOf(h) ?? 0;
            c[10] = (int)(WordClusters.Prefix(path, 10) & 2047);
            c[11] = (int)(WordClusters.Prefix(path, 6) & 127);
            c[12] = Vectors?.RowOf(h) ?? 0;
        }
        RuleRoles.Mark(toks, ruleQuotes, _cats, Groups, 4);
        foreach (var s in a.Sentences)
        {
            int from = s.FirstToken, to = Math.Min(_n, s.FirstToken + s.TokenCount);
            bool any = false, quoted = false;
            int last = -1000;
            for (int i = from; i < to; i++)
            {
                var c = _cats.AsSpan(i * Groups, Groups);
                c[6] = i == from ? 1 : i == to - 1 ? 2 : 0;
                c[7] = AttributionFeatures.Bucket(i - last);
                if (c[3] is > 0 and < 20) last = i;
                quoted |= c[5] != 0;
                any |= c[3] != 0 || c[5] != 0 || c[4] != 0;
            }
            last = 1000000;
            for (int i = to - 1; i >= from; i--)
            {
                var c = _cats.AsSpan(i * Groups, Groups);
                c[8] = AttributionFeatures.Bucket(last - i);
                if (c[3] is > 0 and < 20) last = i;
                c[9] = quoted ? 1 : 0;
                _signal[i] = any;
            }
        }
    }

    private static int Bucket(ulong h, int bits)
    {
        h ^= h >> 31;
        h *= 0x9E3779B97F4A7C15UL;
        return (int)(h >> (64 - bits));
    }
}
