namespace Wirecheck.Nlp.Entities;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;

/// <summary>The one stage that settles conflicts between layers and builds <see cref="Article.Entities"/>.</summary>
public sealed class EntityResolverStage : IStage
{
    private readonly EntityResolver _resolver;

    public EntityResolverStage() : this(new EntityResolver(EntityLexicons.Default, CountryLookup.Default, new RulesFirstPolicy())) { }
    public EntityResolverStage(EntityResolver resolver) => _resolver = resolver;

    public StageInfo Info { get; } = StageInfo.Of("entities-resolve", [Layers.EntityCandidates, Layers.Sentences], [Layers.Entities]);

    public void Process(Article article, CancellationToken ct) => _resolver.Resolve(article, ct);
}
