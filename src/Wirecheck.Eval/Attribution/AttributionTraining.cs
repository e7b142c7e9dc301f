namespace Wirecheck.Eval.Attribution;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;
using Wirecheck.Extraction.Text;
using Wirecheck.Nlp.Quotes;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

/// <summary>
/// Builds the attribution tagger's training documents from PolNeAR (primary annotator): each article through
/// the tokenizer, sentence splitter and the rules alone (the tagger's input), and its gold roles as BIO tags (each role the extent from its
/// first to its last fragment; where extents overlap, cue wins over source, source over content).
/// </summary>
public static class AttributionTraining
{
    public const int Epochs = 6;
    public const int Seed = 20261129;
    /// <summary>Averaged weights smaller than this are dropped (measured on dev: the same scores as at 0.05, about 500k of 920k features kept).</summary>
    public const float PruneBelow = 2f;

    public static List<AttributionTrainingDocument> Load(string jsonlGz, CancellationToken ct, int? limit = null, bool allAnnotators = false)
    {
        var pipeline = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(new AttributionStage(learned: false, headlines: false)).Build();
        var list = new List<AttributionTrainingDocument>();
        foreach (var doc in PolnearReader.Read(jsonlGz, primaryOnly: !allAnnotators))
        {
            ct.ThrowIfCancellationRequested();
            if (limit is { } l && list.Count >= l) break;
            var article = PlainTextExtractor.Verbatim(doc.Text, new InputInfo(doc.Article, null, null));
            pipeline.Run(article, ct);
            var marks = QuoteScanner.Scan(article.Text, article.Blocks, ct);
            list.Add(new AttributionTrainingDocument(article, marks, article.Quotes.ToList(), GoldTags(article.Tokens, doc.Attributions)) { Links = Links(article.Tokens, doc.Attributions) });
        }
        return list;
    }

    public static Wirecheck.Nlp.Entities.PerceptronModel Train(IReadOnlyList<AttributionTrainingDocument> docs, TextWriter? log = null) =>
        new AttributionTrainer(CueLexicon.Default).Train(docs, Epochs, Seed, PruneBelow, log);

    /// <summary>The source ranker's epochs (its training accuracy on train stops rising after about 5).</summary>
    public const int SourceEpochs = 6;

    /// <summary>
    /// Trains the source ranker on tags the ranker will see at run time: two taggers, each trained on half the
    /// documents (even and odd positions), tag the other half (two-fold cross-fitting).
    /// </summary>
    public static Wirecheck.Nlp.Entities.PerceptronModel TrainSourceRanker(IReadOnlyList<AttributionTrainingDocument> docs, TextWriter? log = null) =>
        new SourceRankerTrainer().Train(docs, CueLexicon.Default, SourceEpochs, Seed, FoldTags(docs, log), log);

    /// <summary>Trains the cue-extent ranker over the rules' cues and the cross-fitted tagger's (see <see cref="FoldTags"/>).</summary>
    public static Wirecheck.Nlp.Entities.PerceptronModel TrainCueRanker(IReadOnlyList<AttributionTrainingDocument> docs, TextWriter? log = null)
    {
        var tags = FoldTags(docs, log);
        var contexts = docs.Select((d, i) => new SourceContext(d.Article, CueLexicon.Default, d.Rules, tags[i])).ToList();
        return new CueRankerTrainer().Train(docs, contexts, SourceEpochs, Seed, log);
    }

    private static int[][]? _foldTags;
    private static IReadOnlyList<AttributionTrainingDocument>? _foldDocs;

    /// <summary>Per document, the tags of a tagger trained on the other half of the documents (two-fold cross-fitting; computed once per document list).</summary>
    public static int[][] FoldTags(IReadOnlyList<AttributionTrainingDocument> docs, TextWriter? log = null)
    {
        if (_foldTags is not null && ReferenceEquals(_foldDocs, docs)) return _foldTags;
        var tags = new int[docs.Count][];
        var cache = Environment.GetEnvironmentVariable("WIRECHECK_FOLD_TAGS"); // a development aid: reuse the cross-fitted tags of an earlier run
        if (cache is not null && File.Exists(cache))
        {
            using var r = new BinaryReader(File.OpenRead(cache));
            for (int i = 0; i < docs.Count; i++) { int n = r.ReadInt32(); tags[i] = new int[n]; for (int j = 0; j < n; j++) tags[i][j] = r.ReadByte(); }
            _foldDocs = docs; _foldTags = tags;
            return tags;
        }
        for (int fold = 0; fold < 2; fold++)
        {
            var train = docs.Where((_, i) => i % 2 != fold).ToList();
            var model = Train(train, null);
            var tagger = new AttributionTagger(model, CueLexicon.Default);
            for (int i = fold; i < docs.Count; i += 2) tags[i] = tagger.Tag(docs[i].Article, docs[i].Marks, docs[i].Rules);
            log?.WriteLine($"source ranker: fold {fold + 1}/2 tagged");
        }
        if (cache is not null)
        {
            using var w = new BinaryWriter(File.Create(cache));
            foreach (var t in tags) { w.Write(t.Length); foreach (var x in t) w.Write((byte)x); }
        }
        _foldDocs = docs; _foldTags = tags;
        return tags;
    }

    /// <summary>Each gold cue with its source as token ranges (tokens wholly inside the span; −1 when there is no source).</summary>
    public static List<SourceLink> Links(IReadOnlyList<Token> tokens, IReadOnlyList<GoldAttribution> gold)
    {
        var list = new List<SourceLink>();
        foreach (var g in gold)
        {
            if (g.Cue is not { } c || Range(tokens, c) is not { } cue) continue;
            var src = g.Source is { } s ? Range(tokens, s) : null;
            if (g.Source is not null && src is null) continue;
            list.Add(new SourceLink(cue.First, cue.Last, src?.First ?? -1, src?.Last ?? -1));
        }
        return list;
    }

    private static TokenRange? Range(IReadOnlyList<Token> tokens, TextSpan span)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (tokens[mid].Start < span.Start) lo = mid + 1; else hi = mid; }
        int last = -1;
        for (int i = lo; i < tokens.Count && tokens[i].End <= span.End; i++) last = i;
        return last >= lo ? new TokenRange(lo, last) : null;
    }

    public static int[] GoldTags(IReadOnlyList<Token> tokens, IReadOnlyList<GoldAttribution> gold)
    {
        var tags = new int[tokens.Count];
        foreach (var g in gold) if (g.Content is { } c) Mark(tokens, tags, c, RoleTags.BContent);
        foreach (var g in gold) if (g.Source is { } s) Mark(tokens, tags, s, RoleTags.BSource);
        foreach (var g in gold) if (g.Cue is { } c) Mark(tokens, tags, c, RoleTags.BCue);
        return tags;
    }

    private static void Mark(IReadOnlyList<Token> tokens, int[] tags, TextSpan span, int begin)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (tokens[mid].Start < span.Start) lo = mid + 1; else hi = mid; }
        bool first = true;
        for (int i = lo; i < tokens.Count && tokens[i].Start < span.End; i++)
        {
            if (tokens[i].End > span.End) break;
            tags[i] = first ? begin : begin + 1;
            first = false;
        }
    }
}
