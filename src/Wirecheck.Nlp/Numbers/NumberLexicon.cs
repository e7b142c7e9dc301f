namespace Wirecheck.Nlp.Numbers;

using Wirecheck.Core.Text;

/// <summary>
/// Words of English numbers (closed class, kept here) and the hedge, vague-quantity and unit tables
/// loaded once from <c>data/numbers/</c>.
/// </summary>
public sealed class NumberLexicon
{
    private static readonly Lazy<NumberLexicon> Shared = new(() => Load());

    public static NumberLexicon Default => Shared.Value;

    public PhraseTable<HedgeKind> Hedges { get; } = new();
    public PhraseTable<double> Vague { get; } = new();
    public PhraseTable<UnitInfo> Units { get; } = new();

    private readonly Dictionary<string, int> _cardinals = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, double> _scales = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _denominators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _card;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _scale;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ord;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _den;

    private NumberLexicon()
    {
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (int k = 0; k < units.Length; k++) _cardinals[units[k]] = k;
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int k = 0; k < tens.Length; k++) _cardinals[tens[k]] = (k + 2) * 10;
        _cardinals["fourty"] = 40;
        _scales["hundred"] = 100; _scales["thousand"] = 1e3; _scales["million"] = 1e6; _scales["billion"] = 1e9;
        _scales["trillion"] = 1e12; _scales["bn"] = 1e9; _scales["mn"] = 1e6; _scales["mln"] = 1e6; _scales["bln"] = 1e9;
        _scales["dozen"] = 12;
        string[] ords = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        for (int k = 1; k < ords.Length; k++) _ordinals[ords[k]] = k;
        string[] tenOrds = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
        for (int k = 0; k < tenOrds.Length; k++) _ordinals[tenOrds[k]] = (k + 2) * 10;
        _ordinals["hundredth"] = 100; _ordinals["thousandth"] = 1000; _ordinals["millionth"] = 1_000_000;
        _denominators["half"] = 2; _denominators["halves"] = 2; _denominators["third"] = 3; _denominators["thirds"] = 3;
        _denominators["quarter"] = 4; _denominators["quarters"] = 4; _denominators["fourth"] = 4; _denominators["fourths"] = 4;
        _denominators["fifth"] = 5; _denominators["fifths"] = 5; _denominators["sixth"] = 6; _denominators["sixths"] = 6;
        _denominators["seventh"] = 7; _denominators["sevenths"] = 7; _denominators["eighth"] = 8; _denominators["eighths"] = 8;
        _denominators["ninth"] = 9; _denominators["ninths"] = 9; _denominators["tenth"] = 10; _denominators["tenths"] = 10;
        _card = _cardinals.GetAlternateLookup<ReadOnlySpan<char>>();
        _scale = _scales.GetAlternateLookup<ReadOnlySpan<char>>();
        _ord = _ordinals.GetAlternateLookup<ReadOnlySpan<char>>();
        _den = _denominators.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryCardinal(ReadOnlySpan<char> word, out int value) => _card.TryGetValue(word, out value);
    public bool TryScale(ReadOnlySpan<char> word, out double value) => _scale.TryGetValue(word, out value);
    public bool TryOrdinal(ReadOnlySpan<char> word, out int value) => _ord.TryGetValue(word, out value);
    public bool TryDenominator(ReadOnlySpan<char> word, out int value) => _den.TryGetValue(word, out value);

    public static NumberLexicon Load()
    {
        var lex = new NumberLexicon();
        foreach (var line in DataFiles.ReadLines("numbers/hedges.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 3) continue;
            lex.Hedges.Add(f[1], ParseHedge(f[2]));
        }
        foreach (var line in DataFiles.ReadLines("numbers/vague.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 3) continue;
            lex.Vague.Add(f[1], double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture));
        }
        foreach (var line in DataFiles.ReadLines("numbers/units.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 4) continue;
            lex.Units.Add(f[1], new UnitInfo(f[2], f[3]));
        }
        return lex;
    }

    private static HedgeKind ParseHedge(string kind) => kind switch
    {
        "gt" => HedgeKind.Gt,
        "ge" => HedgeKind.Ge,
        "lt" => HedgeKind.Lt,
        "le" => HedgeKind.Le,
        "approx" => HedgeKind.Approx,
        "approx-below" => HedgeKind.ApproxBelow,
        "approx-above" => HedgeKind.ApproxAbove,
        "exact" => HedgeKind.Exact,
        "between" => HedgeKind.Between,
        "from" => HedgeKind.From,
        "ge-post" => HedgeKind.GePost,
        "approx-post" => HedgeKind.ApproxPost,
        "le-post" => HedgeKind.LePost,
        _ => throw new FormatException($"numbers/hedges.tsv: unknown hedge kind '{kind}'"),
    };
}
