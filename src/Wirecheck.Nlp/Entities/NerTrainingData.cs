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

    /// <summary>The source of a sentence, from its document id: gum, wikigold, re3d, wikiann or other.</summary>
    public static string SourceOf(BioSentence s) =>
        s.DocId.StartsWith("GUM_", StringComparison.Ordinal) ? "gum"
        : s.DocId.StartsWith("wikigold", StringComparison.Ordinal) ? "wikigold"
        : s.DocId.StartsWith("wikiann", StringComparison.Ordinal) ? "wikiann"
        : s.DocId.Contains(':') ? "re3d" : "other";

    /// <summary>
    /// Types a source does not mark (dataset README): re3d has no MISC; WikiANN neither MISC nor NORP; wikigold
    /// has no NORP (its nationality words are MISC, and lone adjectives are O after <see cref="Harmonize"/>).
    /// </summary>
    public static bool Unmarked(BioSentence s, int type)
    {
        var name = NerTagSet.Types[type];
        return SourceOf(s) switch
        {
            "re3d" => name == "MISC",
            "wikiann" => name is "MISC" or "NORP",
            "wikigold" => name == "NORP",
            _ => false,
        };
    }

    /// <summary>
    /// The held-out slice of the training data for early stopping: every 8th GUM training document (by order in
    /// the file), so all genres are represented. The development split is never used for training decisions.
    /// </summary>
    public static bool IsHeldOut(BioSentence s, IReadOnlyDictionary<string, int> docIndex) =>
        SourceOf(s) == "gum" && docIndex.TryGetValue(s.DocId, out var i) && i % 8 == 3;

    public static Dictionary<string, int> DocumentIndex(IEnumerable<BioSentence> corpus)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in corpus) index.TryAdd(s.DocId, index.Count);
        return index;
    }

    public static List<BioSentence> LoadDev(string dataDir) => BioCorpus.Read(Path.Combine(dataDir, DevFile));
}
