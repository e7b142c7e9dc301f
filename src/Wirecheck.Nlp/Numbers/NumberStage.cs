namespace Wirecheck.Nlp.Numbers;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;

/// <summary>Fills <see cref="Article.Numbers"/> with <see cref="NumberScanner"/>, skipping time expressions (years are dates).</summary>
public sealed class NumberStage : IStage
{
    private readonly NumberScanner _scanner = new();

    public StageInfo Info { get; } = StageInfo.Of("numbers", [Layers.Text, Layers.Times], [Layers.Numbers]);

    public void Process(Article article, CancellationToken ct)
    {
        article.Numbers.Clear();
        var exclude = new List<TextSpan>(article.Times.Count);
        foreach (var t in article.Times) exclude.Add(t.Span);
        exclude.Sort((a, b) => a.Start.CompareTo(b.Start));
        _scanner.Scan(article.Text, LexCache.Get(article), exclude, article.Numbers, article.Warnings);
    }
}
