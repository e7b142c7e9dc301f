namespace Wirecheck.Nlp.Numbers;

/// <summary>
/// Multi-piece phrases ("more than", "per cent", "US$") matched case-insensitively against a list of
/// <see cref="Lex"/> pieces, longest first. Phrases are cut into pieces by the same <see cref="Lexer"/>.
/// </summary>
public sealed class PhraseTable<T>
{
    private sealed record Entry(string[] Pieces, T Value);

    private readonly Dictionary<string, List<Entry>> _byFirst = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseTable() => _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count { get; private set; }

    public void Add(string phrase, T value)
    {
        var lex = new List<Lex>();
        Lexer.Lex(phrase, 0, phrase.Length, lex);
        if (lex.Count == 0) return;
        var pieces = lex.Select(l => phrase.Substring(l.Start, l.Length)).ToArray();
        if (!_byFirst.TryGetValue(pieces[0], out var list)) _byFirst[pieces[0]] = list = new List<Entry>();
        list.Add(new Entry(pieces, value));
        list.Sort((a, b) => b.Pieces.Length.CompareTo(a.Pieces.Length));
        Count++;
    }

    public bool TryMatch(string text, List<Lex> lex, int i, out PhraseMatch<T> match)
    {
        match = default;
        if (i >= lex.Count) return false;
        var first = text.AsSpan(lex[i].Start, lex[i].Length);
        if (!_lookup.TryGetValue(first, out var list)) return false;
        foreach (var e in list)
        {
            if (i + e.Pieces.Length > lex.Count) continue;
            bool ok = true;
            for (int k = 1; k < e.Pieces.Length && ok; k++)
            {
                var l = lex[i + k];
                ok = text.AsSpan(l.Start, l.Length).Equals(e.Pieces[k], StringComparison.OrdinalIgnoreCase);
            }
            if (ok) { match = new PhraseMatch<T>(e.Value, i + e.Pieces.Length); return true; }
        }
        return false;
    }
}
