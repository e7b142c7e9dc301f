namespace Wirecheck.Nlp.Tokens;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;

/// <summary>Fills <see cref="Article.Tokens"/> with <see cref="Tokenizer"/>.</summary>
public sealed class TokenizerStage : IStage
{
    public StageInfo Info { get; } = StageInfo.Of("tokenizer", [Layers.Text], [Layers.Tokens]);

    public void Process(Article article, CancellationToken ct)
    {
        article.Tokens.Clear();
        Tokenizer.Tokenize(article.Text, article.Tokens, ct);
    }
}
