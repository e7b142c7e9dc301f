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

    public static List<BioSentence> LoadTrain(string dataDir, IReadOnlyList<string>? files = null)
    {
        var all = new List<BioSentence>();
        foreach (var f in files ?? TrainFiles) all.AddRange(BioCorpus.Read(Path.Combine(dataDir, f)));
        if (CountryLookup.Default is { } countries) foreach (var s in all) Harmonize(s, countries);
        return all;
    }

    /// <summary>
    /// One convention for nationality words, GUM's (the development split's): a lone nationality adjective
    /// ("Dutch", "Iraqi") is not a name; plural group names ("Afghans") are NORP. wikigold tags such adjectives
    /// MISC and re3d NORP; both become O here. (At run time the pattern layer marks demonyms as NORP.)
    /// </summary>
    public static void Harmonize(BioSentence s, ICountryLookup countries)
    {
        for (int i = 0; i < s.Tags.Length; i++)
        {
            if (!s.Tags[i].StartsWith("B-", StringComparison.Ordinal)) continue;
            bool single = i + 1 >= s.Tags.Length || !s.Tags[i + 1].StartsWith("I-", StringComparison.Ordinal);
            if (!single || s.Tags[i] is not ("B-MISC" or "B-NORP")) continue;
            var w = s.Tokens[i];
            if (w.EndsWith('s') || !countries.IsDemonym(w)) continue;
            s.Tags[i] = "O";
        }
    }

    public static List<BioSentence> LoadDev(string dataDir) => BioCorpus.Read(Path.Combine(dataDir, DevFile));
}
