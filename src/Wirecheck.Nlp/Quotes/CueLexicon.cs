namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Text;

/// <summary>
/// The attribution cues of <c>data/quotes/cues.tsv</c>: single-word forms (verbs and nouns) and multi-word
/// phrases, looked up by lower-case form. Loaded once.
/// </summary>
public sealed class CueLexicon
{
    public const string DefaultPath = "quotes/cues.tsv";
    private static readonly Lazy<CueLexicon> DefaultLexicon = new(() => Load(DataFiles.ReadLines(DefaultPath)));

    private readonly Dictionary<string, CueEntry> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CueEntry> _nouns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PhraseEntry>> _phrases = new(StringComparer.Ordinal);

    public static CueLexicon Default => DefaultLexicon.Value;

    public int Count { get; private set; }

    /// <summary>Parses lexicon lines (<c>id TAB lemma TAB class TAB forms</c>); comments already removed.</summary>
    public static CueLexicon Load(IEnumerable<string> lines)
    {
        var lex = new CueLexicon();
        int n = 0;
        foreach (var line in lines)
        {
            n++;
            var parts = line.Split('\t');
            if (parts.Length != 4) throw new FormatException($"{DefaultPath}: entry {n} needs 4 tab-separated fields: '{line}'");
            var cls = parts[2] switch
            {
                "speech" => CueClass.Speech,
                "speech-obj" => CueClass.SpeechObject,
                "speech-post" => CueClass.SpeechPost,
                "cognition" => CueClass.Cognition,
                "intention" => CueClass.Intention,
                "evidence" => CueClass.Evidence,
                "noun" => CueClass.Noun,
                "phrase" => CueClass.Phrase,
                _ => throw new FormatException($"{DefaultPath}: unknown class '{parts[2]}' in '{line}'"),
            };
            var entry = new CueEntry(parts[0], parts[1], cls);
            if (cls == CueClass.Phrase)
            {
                var words = parts[3].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!lex._phrases.TryGetValue(words[0], out var list)) lex._phrases[words[0]] = list = new();
                list.Add(new PhraseEntry(entry, words));
            }
            else
            {
                var target = cls == CueClass.Noun ? lex._nouns : lex._verbs;
                foreach (var form in parts[3].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    target.TryAdd(form.ToLowerInvariant(), entry);
            }
            lex.Count++;
        }
        return lex;
    }

    /// <summary>A verb cue for a lower-case word form, or null.</summary>
    public CueEntry? Verb(string lower) => _verbs.GetValueOrDefault(lower);

    /// <summary>A nominal cue for a lower-case word form, or null.</summary>
    public CueEntry? Noun(string lower) => _nouns.GetValueOrDefault(lower);

    /// <summary>Phrases starting with a lower-case word (their remaining words are checked by the caller).</summary>
    public IReadOnlyList<PhraseEntry> PhrasesStartingWith(string lower) =>
        _phrases.TryGetValue(lower, out var list) ? list : Array.Empty<PhraseEntry>();
}

/// <summary>A multi-word cue and its lower-case words.</summary>
public sealed record PhraseEntry(CueEntry Entry, string[] Words);
