namespace Wirecheck.Nlp.Entities;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;

/// <summary>The statistical layer: the trained tagger's names as candidates with source <c>model:perceptron</c>.</summary>
public sealed class EntityModelStage : IStage
{
    public const string Source = "model:perceptron";
    /// <summary>Sentences longer than this are tagged in pieces (bounded buffers on hostile input).</summary>
    public const int MaxSentenceTokens = 400;
    private readonly NerTagger? _tagger;

    public EntityModelStage() : this(NerTagger.Default) { }
    public EntityModelStage(NerTagger? tagger) => _tagger = tagger;

    public StageInfo Info { get; } = StageInfo.Of("entities-model", [Layers.Tokens, Layers.Sentences], [Layers.EntityCandidates]);

    public void Process(Article article, CancellationToken ct)
    {
        if (_tagger is null)
        {
            article.Warnings.Add("entities: no tagger model (data/models/ner.bin); only rules and gazetteers used");
            return;
        }
        // Every token's text once (bounded length), reused by the document context and the tagger.
        var all = new string[article.Tokens.Count];
        for (int i = 0; i < all.Length; i++)
        {
            var t = article.Tokens[i];
            all[i] = article.Text.Substring(t.Start, Math.Min(t.Length, SentenceView.MaxWordLength));
        }
        var doc = new DocumentContext();
        var pieces = new List<IReadOnlyList<string>>();
        var firsts = new List<int>();
        foreach (var sentence in article.Sentences)
        {
            doc.Add(new ArraySegment<string>(all, sentence.FirstToken, Math.Min(sentence.TokenCount, MaxSentenceTokens)));
            for (int from = 0; from < sentence.TokenCount; from += MaxSentenceTokens)
            {
                pieces.Add(new ArraySegment<string>(all, sentence.FirstToken + from, Math.Min(MaxSentenceTokens, sentence.TokenCount - from)));
                firsts.Add(sentence.FirstToken + from);
            }
        }
        var tags = new int[MaxSentenceTokens];
        var spans = new List<List<NerSpan>>(pieces.Count);
        foreach (var words in pieces)
        {
            ct.ThrowIfCancellationRequested();
            _tagger.Tag(words, tags, doc);
            spans.Add(NerTagger.ToSpans(tags, words.Count));
        }
        NerDocumentPass.MakeConsistent(pieces, spans);
        for (int p = 0; p < pieces.Count; p++)
            foreach (var span in spans[p])
            {
                var first = article.Tokens[firsts[p] + span.FirstToken];
                var last = article.Tokens[firsts[p] + span.EndToken - 1];
                article.EntityCandidates.Add(new EntityCandidate(first.Start, last.End, MapType(span.Type), Source, span.Score));
            }
    }

    public static EntityType MapType(string corpusType) => corpusType switch
    {
        "PER" => EntityType.PERSON,
        "ORG" => EntityType.ORG,
        "LOC" => EntityType.LOC,
        "NORP" => EntityType.NORP,
        _ => EntityType.MISC,
    };
}
