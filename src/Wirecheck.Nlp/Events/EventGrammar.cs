namespace Wirecheck.Nlp.Events;

using Wirecheck.Core.Text;

/// <summary>
/// The event coder's grammar word lists (determiners, prepositions, particles, adverbs, clause openers, PLOVER type
/// groups) from <c>data/events/grammar.tsv</c>, loaded once: list name -> set of entries.
/// </summary>
public sealed class EventGrammar
{
    private static readonly Lazy<EventGrammar> DefaultGrammar = new(() => Load(DataFiles.ReadLines));

    public static EventGrammar Default => DefaultGrammar.Value;

    private readonly Dictionary<string, HashSet<string>> _lists = new(StringComparer.Ordinal);

    /// <summary>Loads from a line source (relative data path -> non-comment lines).</summary>
    public static EventGrammar Load(Func<string, IEnumerable<string>> lines)
    {
        var g = new EventGrammar();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines("events/grammar.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 3) throw new FormatException($"events/grammar.tsv: bad line '{line}'");
            if (!ids.Add(f[0].Trim())) throw new FormatException($"events/grammar.tsv: duplicate id '{f[0]}'");
            var list = f[1].Trim();
            if (!g._lists.TryGetValue(list, out var set)) g._lists[list] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(f[2].Trim());
        }
        return g;
    }

    /// <summary>The entries of one list; a list the file does not have is an error (a typo in a list name).</summary>
    public HashSet<string> Set(string list) =>
        _lists.TryGetValue(list, out var set) ? set : throw new KeyNotFoundException($"events/grammar.tsv: no list '{list}'");

    /// <summary>The names of the lists in the file.</summary>
    public IEnumerable<string> Lists => _lists.Keys;
}
