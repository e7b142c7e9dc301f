namespace Wirecheck.Nlp.Quotes;

using static Wirecheck.Nlp.Quotes.FeatureHash;
using Wirecheck.Core.Model;
using Wirecheck.Nlp.Entities;

/// <summary>
/// Re-decides a cue's extent once a cue is found (by the rules or by the tagger, the anchor): every span that starts
/// up to <see cref="LeftReach"/> tokens before the anchor and ends up to <see cref="RightReach"/> tokens after it,
/// overlapping it, inside its sentence and not crossing a quotation mark, is scored by a linear model (first and last
/// word and their lexicon classes, the words just outside, the edge offsets from the anchor, whether the rules' or the
/// tagger's cue is exactly this span, the tagger's roles around it); the best wins. Trained on PolNeAR train with
/// tags cross-fitted like <see cref="SourceRanker"/>'s, so it learns the corpus's extent conventions (auxiliaries,
/// particles, prepositions, objects) and how far to trust each anchor.
/// </summary>
public sealed class CueRanker
{
    public const string ModelPath = "models/attribution-cue.bin";
    public const string ModelMagic = "WCACUE1";
    public const int LeftReach = 3, RightReach = 4;
    public const int MaxFeatures = 24;

    private static readonly Lazy<CueRanker?> DefaultRanker = new(() =>
    {
        var path = Wirecheck.Core.Text.DataFiles.PathOf(ModelPath);
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        return new CueRanker(PerceptronModel.Load(stream, path, ModelMagic));
    });

    /// <summary>The ranker with the committed model, or null when <c>data/models/attribution-cue.bin</c> is missing.</summary>
    public static CueRanker? Default => DefaultRanker.Value;

    private readonly PerceptronModel _model;

    public CueRanker(PerceptronModel model)
    {
        if (model.Tags != 1) throw new ArgumentException("a cue ranker model has one score per feature", nameof(model));
        _model = model;
    }

    /// <summary>The best extent for the cue anchored at tokens [<paramref name="first"/>, <paramref name="last"/>].</summary>
    public TokenRange Best(SourceContext cx, int first, int last)
    {
        Span<ulong> f = stackalloc ulong[MaxFeatures];
        Span<float> s = stackalloc float[_model.Stride];
        var pick = new TokenRange(first, last);
        float best = float.NegativeInfinity;
        foreach (var c in Candidates(cx, first, last))
        {
            int k = Features(cx, first, last, c.First, c.Last, f);
            _model.Score(f[..k], s);
            if (s[0] > best) { best = s[0]; pick = c; }
        }
        return pick;
    }

    /// <summary>The candidate extents of an anchor, in a fixed order (the anchor itself among them).</summary>
    public static IEnumerable<TokenRange> Candidates(SourceContext cx, int first, int last)
    {
        int sFirst = cx.SentenceFirst[first], sEnd = cx.SentenceEnd[last];
        for (int s = Math.Max(sFirst, first - LeftReach); s <= last; s++)
        {
            if (s < first && cx.Quotes[first] - cx.Quotes[s] > 0) continue;
            if (cx.Shape[s] is 4 or 5 or 6) continue;
            for (int e = Math.Max(s, first); e <= Math.Min(sEnd - 1, last + RightReach); e++)
            {
                if (e > last && cx.Quotes[e + 1] - cx.Quotes[last + 1] > 0) break;
                if (cx.Shape[e] is 4 or 5 or 6) continue;
                yield return new TokenRange(s, e);
            }
        }
    }

    internal static int Features(SourceContext cx, int af, int al, int first, int last, Span<ulong> f)
    {
        int k = 0;
        int sFirst = cx.SentenceFirst[af], sEnd = cx.SentenceEnd[al];
        ulong before = first > sFirst ? cx.Lower[first - 1] : 1, after = last + 1 < sEnd ? cx.Lower[last + 1] : 2;
        int shBefore = first > sFirst ? cx.Shape[first - 1] : 12, shAfter = last + 1 < sEnd ? cx.Shape[last + 1] : 12;
        long key = ((long)first << 32) | (uint)last, anchor = ((long)af << 32) | (uint)al;
        int src = (cx.RuleCueSpans.Contains(anchor) ? 1 : 0) + (cx.TagCueSpans.Contains(anchor) ? 2 : 0);
        int here = (cx.RuleCueSpans.Contains(key) ? 1 : 0) + (cx.TagCueSpans.Contains(key) ? 2 : 0);
        ulong dl = (ulong)(first - af + 8), dr = (ulong)(last - al + 8);
        int roleBefore = first > sFirst ? cx.TagRole[first - 1] : 4, roleAfter = last + 1 < sEnd ? cx.TagRole[last + 1] : 4;
        f[k++] = Mix(1, (ulong)(src * 4 + here));
        f[k++] = Mix(2, dl * 32 + dr);
        f[k++] = Mix(3, (dl * 32 + dr) * 16 + (ulong)(src * 4 + here));
        f[k++] = Mix(4, cx.Lower[first]);
        f[k++] = Mix(5, cx.Lower[last]);
        f[k++] = Mix(6, before);
        f[k++] = Mix(7, after);
        f[k++] = Mix(8, Mix(cx.Lower[last], after));
        f[k++] = Mix(9, Mix(before, cx.Lower[first]));
        f[k++] = Mix(10, (ulong)(cx.Class[first] * 32 + cx.Class[last]));
        f[k++] = Mix(11, (ulong)(shBefore * 16 + shAfter) * 8 + (ulong)Math.Min(last - first, 7));
        f[k++] = Mix(12, (ulong)(roleBefore * 8 + roleAfter) * 4 + (ulong)here);
        f[k++] = Mix(13, Mix(cx.Lower[first], cx.Lower[last]));
        f[k++] = Mix(14, (ulong)(cx.Class[last + 1 < sEnd ? last + 1 : last] * 16 + shAfter) * 4 + (ulong)here);
        f[k++] = Mix(15, Mix((ulong)here, cx.Lower[last]));
        f[k++] = Mix(16, Mix((ulong)(cx.TagRole[first] * 8 + cx.TagRole[last]), dl * 32 + dr));
        return k;
    }

}
