namespace Wirecheck.Nlp.Sentences;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;

/// <summary>Fills <see cref="Article.Sentences"/> with <see cref="SentenceSplitter"/>, never crossing a block.</summary>
public sealed class SentenceStage : IStage
{
    public StageInfo Info { get; } = StageInfo.Of("sentences", [Layers.Tokens, Layers.Blocks], [Layers.Sentences]);

    public void Process(Article article, CancellationToken ct)
    {
        article.Sentences.Clear();
        SentenceSplitter.Split(article.Text, article.Tokens, article.Blocks, article.Sentences, ct);
    }
}
