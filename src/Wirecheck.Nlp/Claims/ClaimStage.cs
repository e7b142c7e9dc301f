namespace Wirecheck.Nlp.Claims;

using System.Globalization;
using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;

/// <summary>
/// Fills <see cref="Article.Claims"/>: one claim per number that counts or measures something (see
/// <see cref="ClaimReader"/>), then links restatements (<see cref="ClaimLinker"/>). Uses entities, quotes and
/// check-worthiness scores when earlier stages filled them.
/// </summary>
public sealed class ClaimStage : IStage
{
    public StageInfo Info { get; } = StageInfo.Of("claims", [Layers.Text, Layers.Numbers, Layers.Times], [Layers.Claims]);

    public void Process(Article article, CancellationToken ct)
    {
        article.Claims.Clear();
        var reader = new ClaimReader(article);
        foreach (var m in article.Numbers)
        {
            ct.ThrowIfCancellationRequested();
            var claim = reader.Read(m, "c" + (article.Claims.Count + 1).ToString(CultureInfo.InvariantCulture));
            if (claim is not null) article.Claims.Add(claim);
        }
        ClaimLinker.Link(article);
    }
}
