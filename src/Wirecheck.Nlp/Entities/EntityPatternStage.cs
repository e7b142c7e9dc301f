namespace Wirecheck.Nlp.Entities;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;

/// <summary>The rule layer (<see cref="PatternRecognizer"/>): candidates with sources <c>pattern:*</c>.</summary>
public sealed class EntityPatternStage : IStage
{
    private readonly PatternRecognizer _recognizer;

    public EntityPatternStage() : this(new PatternRecognizer(EntityLexicons.Default, CountryLookup.Default)) { }
    public EntityPatternStage(PatternRecognizer recognizer) => _recognizer = recognizer;

    public StageInfo Info { get; } = StageInfo.Of("entities-patterns", [Layers.Tokens, Layers.Sentences], [Layers.EntityCandidates]);

    public void Process(Article article, CancellationToken ct)
    {
        for (int i = 0; i < article.Sentences.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            _recognizer.Recognize(SentenceView.Of(article, article.Sentences[i], i), article.EntityCandidates);
        }
    }
}
