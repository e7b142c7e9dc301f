namespace Wirecheck.Nlp.Entities;

/// <summary>
/// Which parts of <c>shared/datasets/ner</c> train and evaluate the shipped tagger. Training uses only openly
/// licensed gold or expert data (GUM all open genres train split, wikigold, re3d); WikiANN (no stated licence)
/// is never used. Development is GUM's official dev split of the same genres (<c>gum-all/dev.bio</c>).
/// </summary>
public static class NerTrainingData
{
    public static readonly string[] TrainFiles = ["gum-all/train.bio", "wikigold/wikigold.bio", "re3d/re3d.bio"];
    public const string DevFile = "gum-all/dev.bio";

    public static List<BioSentence> LoadTrain(string dataDir)
    {
        var all = new List<BioSentence>();
        foreach (var f in TrainFiles) all.AddRange(BioCorpus.Read(Path.Combine(dataDir, f)));
        return all;
    }

    public static List<BioSentence> LoadDev(string dataDir) => BioCorpus.Read(Path.Combine(dataDir, DevFile));
}
