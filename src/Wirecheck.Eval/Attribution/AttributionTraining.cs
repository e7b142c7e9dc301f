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

    public static List<AttributionTrainingDocument> Load(string jsonlGz, CancellationToken ct, int? limit = null)
    {
        var pipeline = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(new AttributionStage(learned: false)).Build();
        var list = new List<AttributionTrainingDocument>();
        foreach (var doc in PolnearReader.Read(jsonlGz))
        {
            ct.ThrowIfCancellationRequested();
            if (limit is { } l && list.Count >= l) break;
            var article = PlainTextExtractor.Verbatim(doc.Text, new InputInfo(doc.Article, null, null));
            pipeline.Run(article, ct);
            var marks = QuoteScanner.Scan(article.Text, article.Blocks, ct);
            list.Add(new AttributionTrainingDocument(article, marks, article.Quotes.ToList(), GoldTags(article.Tokens, doc.Attributions)));
        }
        return list;
    }

    public static Wirecheck.Nlp.Entities.PerceptronModel Train(IReadOnlyList<AttributionTrainingDocument> docs, TextWriter? log = null) =>
        new AttributionTrainer(CueLexicon.Default).Train(docs, Epochs, Seed, PruneBelow, log);

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
