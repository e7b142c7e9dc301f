namespace Wirecheck.Store.Corpus;

using Wirecheck.Core.Text;

/// <summary>Word lists of the cross-article work (data/corpus/*.txt), loaded once.</summary>
public static class CorpusLexicon
{
    private static readonly Lazy<HashSet<string>> StopwordSet = new(() => Load("corpus/stopwords.txt"));
    private static readonly Lazy<string[]> TitleList = new(() => Load("corpus/person-titles.txt").OrderByDescending(t => t.Length).ToArray());
    private static readonly Lazy<HashSet<string>> DenialSet = new(() => Load("corpus/denial-cues.txt"));
    private static readonly Lazy<HashSet<string>> TimeUnitSet = new(() => Load("corpus/time-units.txt"));

    public static HashSet<string> Stopwords => StopwordSet.Value;
    /// <summary>Person titles, longest first.</summary>
    public static IReadOnlyList<string> PersonTitles => TitleList.Value;
    public static HashSet<string> DenialCues => DenialSet.Value;
    /// <summary>Duration words ("weeks", "years"): an object that is one counts time, not things.</summary>
    public static HashSet<string> TimeUnits => TimeUnitSet.Value;

    private static HashSet<string> Load(string file)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in DataFiles.ReadLines(file))
        {
            int tab = line.IndexOf('\t');
            if (tab > 0) set.Add(line[(tab + 1)..].Trim());
        }
        return set;
    }
}
