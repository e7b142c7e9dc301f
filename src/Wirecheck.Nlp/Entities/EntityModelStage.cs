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
        var words = new List<string>(64);
        var tags = new int[MaxSentenceTokens];
        var doc = new DocumentContext();
        foreach (var sentence in article.Sentences)
        {
            words.Clear();
            for (int i = 0; i < Math.Min(sentence.TokenCount, MaxSentenceTokens); i++)
            {
                var t = article.Tokens[sentence.FirstToken + i];
                words.Add(article.Text.Substring(t.Start, Math.Min(t.Length, SentenceView.MaxWordLength)));
            }
            doc.Add(words);
        }
        foreach (var sentence in article.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            for (int from = 0; from < sentence.TokenCount; from += MaxSentenceTokens)
            {
                int n = Math.Min(MaxSentenceTokens, sentence.TokenCount - from);
                words.Clear();
                for (int i = 0; i < n; i++)
                {
                    var t = article.Tokens[sentence.FirstToken + from + i];
                    words.Add(article.Text.Substring(t.Start, Math.Min(t.Length, SentenceView.MaxWordLength)));
                }
                _tagger.Tag(words, tags, doc);
                foreach (var span in NerTagger.ToSpans(tags, n))
                {
                    var first = article.Tokens[sentence.FirstToken + from + span.FirstToken];
                    var last = article.Tokens[sentence.FirstToken + from + span.EndToken - 1];
                    article.EntityCandidates.Add(new EntityCandidate(first.Start, last.End, MapType(span.Type), Source, span.Score));
                }
            }
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
