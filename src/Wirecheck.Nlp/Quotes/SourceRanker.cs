namespace Wirecheck.Nlp.Quotes;

using static Wirecheck.Nlp.Quotes.FeatureHash;
using Wirecheck.Core.Model;
using Wirecheck.Nlp.Entities;

/// <summary>
/// Picks the source of a cue once the cue is known: every span of up to <see cref="MaxLength"/> words of the cue's
/// sentence within <see cref="Reach"/> tokens of it (not crossing the cue, a quotation mark or a sentence-final mark),
/// and "no source", are scored by a linear model over cue-relative features (direction and distance, length, first
/// and last word and their shapes, the words around the span, what lies between span and cue: commas, quotation
/// marks, lexicon verbs; sentence start; the cue's words and lexicon class; whether the rules marked the span as a
/// source); the best wins. Trained on PolNeAR train (<see cref="SourceRankerTrainer"/>); independent of the tagger,
/// so it works over any tagger's cues.
/// </summary>
public sealed class SourceRanker
{
    public const string ModelPath = "models/attribution-source.bin";
    public const string ModelMagic = "WCASRC1";
    public const int MaxLength = 20;
    public const int Reach = 12;
    public const int MaxFeatures = 32;

    private static readonly Lazy<SourceRanker?> DefaultRanker = new(() =>
    {
        var path = Wirecheck.Core.Text.DataFiles.PathOf(ModelPath);
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        return new SourceRanker(PerceptronModel.Load(stream, path, ModelMagic));
    });

    /// <summary>The ranker with the committed model, or null when <c>data/models/attribution-source.bin</c> is missing.</summary>
    public static SourceRanker? Default => DefaultRanker.Value;

    private readonly PerceptronModel _model;

    public SourceRanker(PerceptronModel model)
    {
        if (model.Tags != 1) throw new ArgumentException("a source ranker model has one score per feature", nameof(model));
        _model = model;
    }

    /// <summary>The best source (first and last token) of the cue spanning tokens [<paramref name="cueFirst"/>, <paramref name="cueLast"/>], or null when "no source" wins.</summary>
    public TokenRange? Best(SourceContext cx, int cueFirst, int cueLast)
    {
        Span<ulong> f = stackalloc ulong[MaxFeatures];
        Span<float> s = stackalloc float[_model.Stride];
        int k = NullFeatures(cx, cueFirst, cueLast, f);
        _model.Score(f[..k], s);
        float best = s[0];
        TokenRange? pick = null;
        foreach (var c in Candidates(cx, cueFirst, cueLast))
        {
            k = Features(cx, cueFirst, cueLast, c.First, c.Last, f);
            _model.Score(f[..k], s);
            if (s[0] > best) { best = s[0]; pick = c; }
        }
        return pick;
    }

    /// <summary>The candidate spans of a cue, in a fixed order.</summary>
    public static IEnumerable<TokenRange> Candidates(SourceContext cx, int cueFirst, int cueLast)
    {
        int sFirst = cx.SentenceFirst[cueFirst], sEnd = cx.SentenceEnd[cueLast];
        int lo = Math.Max(sFirst, cueFirst - Reach - MaxLength), hi = Math.Min(sEnd - 1, cueLast + Reach);
        for (int i = lo; i <= hi; i++)
        {
            if (i >= cueFirst && i <= cueLast) continue;
            if (!IsWord(cx.Shape[i])) continue;
            if (i < cueFirst && cueFirst - i > Reach + MaxLength) continue;
            if (i > cueLast && i - cueLast - 1 > Reach) break;
            int words = 0;
            for (int j = i; j <= hi && j - i < 2 * MaxLength; j++)
            {
                if (j >= cueFirst && j <= cueLast) break;
                int sh = cx.Shape[j];
                if (sh is 5 or 6) break;
                if (IsWord(sh) && ++words > MaxLength) break;
                if (!CanEnd(sh)) continue;
                if (j < cueFirst && cueFirst - j - 1 > Reach) continue;
                yield return new TokenRange(i, j);
            }
        }
    }

    private static bool IsWord(int shape) => shape is 0 or 1 or 2 or 3 or 8;

    /// <summary>Shapes a source may end with besides a word: comma, possessive, full stop, closing parenthesis.</summary>
    private static bool CanEnd(int shape) => IsWord(shape) || shape is 4 or 9 or 10 or 11;

    private static int Bucket(int d) => d switch { <= 0 => 0, 1 => 1, 2 => 2, 3 => 3, <= 5 => 4, <= 8 => 5, <= 12 => 6, _ => 7 };

    internal static int NullFeatures(SourceContext cx, int cf, int cl, Span<ulong> f)
    {
        int k = 0;
        int sFirst = cx.SentenceFirst[cf];
        ulong cueWord = cx.Lower[cl];
        f[k++] = Mix(100, 0);
        f[k++] = Mix(101, (ulong)cx.Class[cl]);
        f[k++] = Mix(102, cueWord);
        f[k++] = Mix(103, (ulong)Bucket(cf - sFirst));
        f[k++] = Mix(104, cf > 0 ? cx.Lower[cf - 1] : 1);
        f[k++] = Mix(105, (ulong)(cf > sFirst ? cx.Shape[cf - 1] : 9));
        f[k++] = Mix(106, Mix(cx.Lower[cf], cueWord));
        bool anySource = false;
        for (int i = sFirst; i < cx.SentenceEnd[cf]; i++) if (cx.TagRole[i] == 1) { anySource = true; break; }
        f[k++] = Mix(107, (ulong)((anySource ? 1 : 0) + cx.TagRole[cf] * 2));
        f[k++] = Mix(108, Mix((ulong)(anySource ? 1 : 0), (ulong)cx.Class[cl]));
        return k;
    }

    internal static int Features(SourceContext cx, int cf, int cl, int first, int last, Span<ulong> f)
    {
        int k = 0;
        bool left = last < cf;
        ulong dir = left ? 1UL : 2UL;
        int dist = left ? cf - last - 1 : first - cl - 1;
        int words = cx.Words[last + 1] - cx.Words[first], commas = cx.Commas[last + 1] - cx.Commas[first];
        int a = left ? last + 1 : cl + 1, b = left ? cf : first; // tokens between span and cue
        int bc = cx.Commas[b] - cx.Commas[a], bq = cx.Quotes[b] - cx.Quotes[a], bv = cx.Verbs[b] - cx.Verbs[a];
        int sFirst = cx.SentenceFirst[cf], sEnd = cx.SentenceEnd[cf];
        ulong before = first > sFirst ? cx.Lower[first - 1] : 1, after = last + 1 < sEnd ? cx.Lower[last + 1] : 2;
        int shBefore = first > sFirst ? cx.Shape[first - 1] : 9, shAfter = last + 1 < sEnd ? cx.Shape[last + 1] : 9;
        ulong cueWord = cx.Lower[cl];
        ulong cls = (ulong)cx.Class[cl];
        f[k++] = Mix(1, dir * 16 + (ulong)Bucket(dist));
        f[k++] = Mix(2, dir * 16 + (ulong)Bucket(words));
        f[k++] = Mix(3, Mix(dir, cx.Lower[first]));
        f[k++] = Mix(4, Mix(dir, cx.Lower[last]));
        f[k++] = Mix(5, Mix(dir, before));
        f[k++] = Mix(6, Mix(dir, after));
        f[k++] = Mix(7, dir * 4096 + (ulong)(cx.Shape[first] * 256 + cx.Shape[last] * 16 + Math.Min(words, 3)));
        f[k++] = Mix(8, dir * 256 + (ulong)(shBefore * 16 + shAfter));
        f[k++] = Mix(9, dir * 4096 + (ulong)(Math.Min(bc, 3) * 256 + Math.Min(bq, 3) * 16 + Math.Min(bv, 3)));
        f[k++] = Mix(10, dir * 64 + (ulong)((first == sFirst ? 1 : 0) + (last + 1 == sEnd ? 2 : 0) + Math.Min(commas, 3) * 4));
        bool exact = cx.RuleSourceSpans.Contains(((long)first << 32) | (uint)last);
        int ruleOverlap = cx.RuleIn[last + 1] - cx.RuleIn[first];
        bool ruleOutside = (first > sFirst && cx.RuleSource[first - 1]) || (last + 1 < sEnd && cx.RuleSource[last + 1]);
        f[k++] = Mix(11, (ulong)((exact ? 1 : 0) + (ruleOverlap == 0 ? 0 : ruleOverlap == last - first + 1 ? 2 : 4) + (ruleOutside ? 8 : 0)));
        f[k++] = Mix(12, Mix(dir * 16 + (ulong)Bucket(dist), cls));
        f[k++] = Mix(13, Mix(dir * 16 + (ulong)Math.Min(dist, 3), cueWord));
        f[k++] = Mix(14, Mix(Mix(dir, before), cx.Lower[first]));
        f[k++] = Mix(15, Mix(Mix(dir, cx.Lower[last]), after));
        f[k++] = Mix(16, Mix(dir * 16 + (ulong)Math.Min(dist, 3), cx.Lower[last]));
        f[k++] = Mix(17, Mix(cx.Lower[cf], cueWord) ^ dir);
        f[k++] = Mix(18, dir * 1024 + (ulong)(Math.Min(dist, 3) * 256 + cx.Shape[last] * 16 + Math.Min(words, 7)));
        f[k++] = Mix(19, Mix(dir * 16 + (ulong)Math.Min(bc, 3), cls));
        f[k++] = Mix(20, (ulong)((exact ? 1 : 0) + Bucket(dist) * 2) * 4 + dir);
        bool tagExact = cx.TagSourceSpans.Contains(((long)first << 32) | (uint)last);
        int tagIn = cx.TagIn[last + 1] - cx.TagIn[first];
        int tagBefore = first > sFirst ? cx.TagRole[first - 1] : 4, tagAfter = last + 1 < sEnd ? cx.TagRole[last + 1] : 4;
        int tagShare = tagIn == 0 ? 0 : tagIn == last - first + 1 ? 2 : 1;
        f[k++] = Mix(21, (ulong)((tagExact ? 1 : 0) + tagShare * 2 + tagBefore * 8 + tagAfter * 64));
        f[k++] = Mix(22, (ulong)((tagExact ? 1 : 0) + tagShare * 2 + (exact ? 8 : 0) + cx.TagRole[cf] * 16) * 4 + dir);
        f[k++] = Mix(23, Mix((ulong)((tagExact ? 1 : 0) + tagShare * 2), cx.Lower[last]));
        return k;
    }

}
