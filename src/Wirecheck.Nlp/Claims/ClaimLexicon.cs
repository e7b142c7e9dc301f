namespace Wirecheck.Nlp.Claims;

using Wirecheck.Core.Text;
using Wirecheck.Nlp.Entities;

/// <summary>
/// Word classes the claim reader needs: demonyms (from the gazetteer, data/gazetteers/), person nouns
/// (data/claims/person-nouns.txt), and closed-class words that end a noun phrase or a predicate.
/// </summary>
public sealed class ClaimLexicon
{
    private static readonly Lazy<ClaimLexicon> Shared = new(Load);
    public static ClaimLexicon Default => Shared.Value;

    /// <summary>ISO alpha-3 → the country's (first, singular) demonym in the gazetteer ("CHN" → "Chinese").</summary>
    public Dictionary<string, string> DemonymByCountry { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word is a nationality word ("Chinese", "Ukrainians"), by the gazetteer.</summary>
    public bool IsDemonym(string word) => word.Length > 2 && word.Length <= 40 && CountryLookup.Default is { } c && c.Gazetteer.IsDemonym(word, out _);
    public HashSet<string> PersonNouns { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that cannot be inside the counted noun phrase (verbs, auxiliaries, prepositions, conjunctions, pronouns).</summary>
    public HashSet<string> NounPhraseStops { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "could", "should", "may", "might",
        "must", "can", "do", "does", "did", "in", "on", "at", "by", "for", "with", "from", "to", "into", "of", "as", "than", "and",
        "or", "but", "while", "who", "which", "that", "whom", "whose", "when", "where", "after", "before", "since", "during", "per",
        "said", "says", "say", "told", "according", "including", "among", "between", "against", "over", "under", "across", "through",
        "died", "remain", "remained", "remains", "left", "fled", "killed", "went", "came", "got", "took", "made", "held", "it", "they",
        "he", "she", "we", "you", "i", "this", "these", "those", "there", "here", "not", "also", "still", "now", "already", "reportedly",
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "each", "every", "more", "less", "about", "around",
        "until", "because", "although", "though", "if", "whether", "so", "then", "yet", "within", "without", "near", "alongside",
    };

    /// <summary>Words at which a predicate ends (a new clause starts).</summary>
    public HashSet<string> ClauseBreaks { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "but", "although", "though", "because", "whereas", "indicating", "according", "which", "who", "and", "as", "when",
        "after", "before", "since", "said", "says", "told", "adding", "saying", "despite", "unless", "whereby", "so",
    };

    /// <summary>Words at which, reading leftwards from a number, its clause starts.</summary>
    public HashSet<string> LeftBreaks { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "and", "but", "while", "although", "though", "because", "whereas", "when", "if", "after", "before", "since",
    };

    /// <summary>Auxiliaries stripped from the front of a predicate ("have been identified" → "identified").</summary>
    public HashSet<string> Auxiliaries { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "reportedly", "also", "now", "had",
    };

    /// <summary>Words before a number that make it definite, a restatement of a count given earlier ("the two prisoners").</summary>
    public HashSet<string> Definite { get; } = new(StringComparer.OrdinalIgnoreCase) { "the", "these", "those", "both", "all" };

    /// <summary>Possessives resolved to a demonym of their antecedent ("its citizens" → "Chinese citizens").</summary>
    public HashSet<string> Possessives { get; } = new(StringComparer.OrdinalIgnoreCase) { "its", "their" };

    /// <summary>Prepositions that put the next place name in the claim's location.</summary>
    public HashSet<string> Locatives { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "across", "inside", "outside", "throughout", "around", "into", "within", "off", "outskirts",
    };

    private static ClaimLexicon Load()
    {
        var lex = new ClaimLexicon();
        // the gazetteer's country table: iso2, iso3, …, demonyms ("|"-separated; "Bosnian, Herzegovinian" for two-part countries)
        foreach (var line in DataFiles.ReadLines("gazetteers/countries.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 11 || f[10].Length == 0) continue;
            var first = f[10].Split('|')[0].Split(", ")[0].Trim();
            if (first.Length > 0) lex.DemonymByCountry.TryAdd(f[1], first);
        }
        foreach (var line in DataFiles.ReadLines("claims/person-nouns.txt")) lex.PersonNouns.Add(line);
        return lex;
    }
}
