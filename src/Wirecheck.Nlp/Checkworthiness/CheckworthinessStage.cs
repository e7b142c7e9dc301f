namespace Wirecheck.Nlp.Checkworthiness;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;

/// <summary>
/// Scores every sentence with <see cref="CheckworthyModel"/> (the committed weights) into
/// <see cref="Sentence.Checkworthiness"/>; without a weights file it records a warning and leaves scores null.
/// </summary>
public sealed class CheckworthinessStage(CheckworthyModel? model = null) : IStage
{
    private readonly CheckworthyModel? _model = model ?? CheckworthyModel.Default;

    public StageInfo Info { get; } = StageInfo.Of("checkworthiness", [Layers.Sentences], [Layers.Checkworthiness]);

    public void Process(Article article, CancellationToken ct)
    {
        if (_model is null) { article.Warnings.Add("checkworthiness: no weights file (data/checkworthy/weights.tsv); sentences not scored"); return; }
        foreach (var s in article.Sentences)
            s.Checkworthiness = Math.Round(_model.Score(article.Slice(s.Start, s.End)), 4);
    }
}
