namespace Wirecheck.Eval.Events;

using System.Text.Json;

/// <summary>
/// One coded sentence of the PLOVER gold-standard records (PLOVER_GSR_CAMEO.json, PLOVER 0.5b1 labels),
/// with its labels translated to the current 16-type PLOVER (see the crosswalk in <see cref="Load"/>).
/// </summary>
public sealed record PloverGold(string Id, int Number, string Text, string GoldLabel, string Type, string? Mode,
    IReadOnlyList<string> ActorCodes, IReadOnlyList<string> RecipientCodes)
{
    /// <summary>
    /// The record's part of the development protocol, by its number within its label (the id's last field):
    /// odd = <see cref="PloverSplit.Tuned"/> (the rules were written looking at it), divisible by 4 =
    /// <see cref="PloverSplit.Analysis"/> (held out until session 3, now open for error analysis), 2 mod 4 =
    /// <see cref="PloverSplit.Sealed"/> (never printed or read; only its aggregate scores are reported).
    /// </summary>
    public PloverSplit Split => SplitOf(Number);

    public static PloverSplit SplitOf(int number) => (number % 4) switch
    {
        1 or 3 or -1 or -3 => PloverSplit.Tuned,
        0 => PloverSplit.Analysis,
        _ => PloverSplit.Sealed,
    };

    /// <summary>0.5b1 event names -> current PLOVER types (README of the dataset).</summary>
    public static string TypeOf(string label) => label switch
    {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" => "ACCUSE",
        "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        _ => label,
    };

    /// <summary>
    /// 0.5b1 modes -> current modes (PLOVER summary and CAMEO2PLOVER-2021 crosswalk). Null when the old mode has no
    /// current counterpart ("other", "***", "political", a mode of another type): such sentences are not scored for mode.
    /// DISAPPROVE and INVESTIGATE carry their mode in the label.
    /// </summary>
    public static string? ModeOf(string label, string type, string? mode)
    {
        if (label == "DISAPPROVE") return "disapprove";
        if (label == "INVESTIGATE") return "investigate";
        if (string.IsNullOrWhiteSpace(mode)) return null;
        return (type, mode.Trim()) switch
        {
            ("PROTEST", "strike-hun") => "hunger",
            ("PROTEST", "strike-gen") => "strike",
            ("PROTEST", "riot-spon" or "riot") => "riot",
            ("PROTEST", "demo-org" or "demo-spon") => "demo",
            ("PROTEST", "obstruct" or "boycott") => mode,
            ("CONSULT", "host" or "visit") => "visit",
            ("CONSULT", "phone" or "third-party" or "multilateral") => mode,
            ("THREATEN", "curfew" or "martial-law") => "restrict",
            ("THREATEN", "violence" or "restrict" or "relations" or "arrest" or "expel" or "territory") => mode,
            ("COERCE", "confiscate") => "seize",
            ("COERCE", "ban") => "restrict",
            ("COERCE", "detain") => "arrest",
            ("COERCE", "seize" or "restrict" or "censor" or "curfew" or "martial-law" or "arrest" or "deport" or "cyber") => mode,
            ("ASSAULT", "assassinate") => "targeted",
            ("ASSAULT", "explosives" or "suicide-attack" or "torture" or "beat" or "sexual" or "primitive" or "heavy-weapons" or "firearms" or "abduct" or "aerial" or "destroy") => mode,
            ("MOBILIZE", "troops" or "weapons" or "police" or "militia") => mode,
            _ => null,
        };
    }

    /// <summary>Modes that count as the gold mode: 0.5b1 "heavy-weapons" also covered aerial weapons (crosswalk code 195).</summary>
    public static bool ModeMatches(string gold, string? predicted) =>
        predicted == gold || (gold == "heavy-weapons" && predicted == "aerial");

    /// <summary>CAMEO country codes that differ from ISO 3166-1 alpha-3.</summary>
    public static string CodeOf(string code) => code switch { "JAP" => "JPN", "ITL" => "ITA", _ => code };

    /// <summary>Scorable actor codes: ISO alpha-3 countries, IGO and NGO (CAMEO group codes such as IMG are not).</summary>
    public static bool Scorable(string code) => code is "IGO" or "NGO" || Wirecheck.Nlp.Events.CountryNames.Default.IsCountryCode(code);

    public static List<PloverGold> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var list = new List<PloverGold>();
        foreach (var r in doc.RootElement.EnumerateArray())
        {
            var label = Str(r, "event");
            var text = Str(r, "text");
            if (label is null || label == "DOCUMENT" || string.IsNullOrWhiteSpace(text)) continue;
            var id = Str(r, "id") ?? "";
            int.TryParse(id[(id.LastIndexOf('-') + 1)..], out var number);
            var type = TypeOf(label);
            list.Add(new PloverGold(id, number, text, label, type, ModeOf(label, type, Str(r, "mode")), Codes(r, "source"), Codes(r, "target")));
        }
        return list;
    }

    private static string? Str(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Codes(JsonElement r, string name)
    {
        var codes = new List<string>();
        if (!r.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array) return codes;
        foreach (var a in v.EnumerateArray())
            if (a.ValueKind == JsonValueKind.Object && a.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String && c.GetString() is { Length: > 0 } s)
                codes.Add(CodeOf(s.Trim()));
        return codes;
    }
}
