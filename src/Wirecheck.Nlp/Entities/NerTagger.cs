namespace Wirecheck.Nlp.Entities;

using Wirecheck.Core.Text;

/// <summary>The trained BIO tagger: words of a sentence in, name spans out. Thread-safe (per-call buffers).</summary>
public sealed class NerTagger
{
    public const string ModelPath = "models/ner.bin";
    private static readonly Lazy<NerTagger?> DefaultLazy = new(LoadDefault);
    private readonly PerceptronModel _model;
    private readonly NerFeatures _features;
    [ThreadStatic] private static NerFeatures.SentenceCache? t_cache;

    public NerTagger(PerceptronModel model, NerFeatures features)
    {
        _model = model;
        _features = features;
    }

    /// <summary>The tagger with the committed model, or null when <c>data/models/ner.bin</c> is missing.</summary>
    public static NerTagger? Default => DefaultLazy.Value;

    public PerceptronModel Model => _model;

    public static NerFeatures DefaultFeatures()
    {
        var countries = CountryLookup.Default;
        var gazetteer = countries?.Gazetteer;
        // A word that alone names a division or a town of 15,000 people or more.
        Func<string, bool>? places = gazetteer is null ? null : w =>
        {
            foreach (var p in gazetteer.Lookup(w))
                if (p.IsAdmin1 || p.IsPopulatedPlace && p.Population >= 15_000) return true;
            return false;
        };
        return new NerFeatures(NerLexicon.Load(EntityLexicons.Default, countries, places), WordClusters.Default);
    }

    private static NerTagger? LoadDefault()
    {
        var path = DataFiles.PathOf(ModelPath);
        if (!File.Exists(path)) return null;
        return new NerTagger(PerceptronModel.Load(path), DefaultFeatures());
    }

    /// <summary>Tags one sentence; <paramref name="tags"/> receives one tag index per word.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Tag(IReadOnlyList<string> words, int[] tags, DocumentContext? doc = null)
    {
        var cache = t_cache ??= new NerFeatures.SentenceCache();
        _features.Prepare(words, cache, doc);
        Span<ulong> feats = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[_model.Stride];
        int p1 = -1, p2 = -2;
        for (int i = 0; i < words.Count; i++)
        {
            int k = _features.Extract(cache, i, p1 < 0 ? 20 : p1, p2 < 0 ? 21 : p2, feats);
            _model.Score(feats[..k], scores);
            int best = NerDecoder.Best(scores[.._model.Tags], p1);
            tags[i] = best;
            p2 = p1;
            p1 = best;
        }
        StripTitles(cache, tags, words.Count);
    }

    /// <summary>
    /// Titles and honorifics stay outside a person's name (the corpora's convention: "President" is O):
    /// a leading title word of a PER span ("Reverend Moomaw", "Miss Rosenthal") is cut off when a name remains.
    /// </summary>
    private static void StripTitles(NerFeatures.SentenceCache cache, int[] tags, int n)
    {
        int bPer = NerTagSet.Begin(0), iPer = NerTagSet.Inside(0);
        for (int i = 0; i + 1 < n; i++)
        {
            if (tags[i] != bPer || tags[i + 1] != iPer) continue;
            if ((cache.Lex[i] & (NerLexicon.Title | NerLexicon.Honorific)) == 0) continue;
            tags[i] = NerTagSet.Outside;
            tags[i + 1] = bPer;
        }
    }

    public List<NerSpan> Spans(IReadOnlyList<string> words, DocumentContext? doc = null)
    {
        var tags = new int[words.Count];
        Tag(words, tags, doc);
        return ToSpans(tags, words.Count);
    }

    public static List<NerSpan> ToSpans(int[] tags, int n)
    {
        var spans = new List<NerSpan>();
        int i = 0;
        while (i < n)
        {
            if (tags[i] == 0) { i++; continue; }
            int type = NerTagSet.TypeOf(tags[i]);
            int start = i++;
            while (i < n && NerTagSet.IsInside(tags[i]) && NerTagSet.TypeOf(tags[i]) == type) i++;
            spans.Add(new NerSpan(start, i, NerTagSet.Types[type], 1.0));
        }
        return spans;
    }
}
