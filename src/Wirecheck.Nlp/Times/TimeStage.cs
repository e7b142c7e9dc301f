namespace Wirecheck.Nlp.Times;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;
using Wirecheck.Nlp.Numbers;

/// <summary>Fills <see cref="Article.Times"/> with <see cref="TimeScanner"/>, resolving against <c>Meta.Published</c>.</summary>
public sealed class TimeStage : IStage
{
    public StageInfo Info { get; } = StageInfo.Of("times", [Layers.Text], [Layers.Times]);

    public void Process(Article article, CancellationToken ct)
    {
        article.Times.Clear();
        DateOnly? published = article.Meta.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null;
        TimeScanner.Scan(article.Text, LexCache.Get(article), published, article.Times, article.Warnings);
    }
}
