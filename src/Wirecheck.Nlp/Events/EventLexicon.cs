namespace Wirecheck.Nlp.Events;

using Wirecheck.Core.Text;

/// <summary>
/// Everything the event coder reads from <c>data/events/</c>, loaded once: triggers (indexed by the forms of their
/// first word), modality cues, mode cues, recoding rules, sector nouns, and the actor name lexicon
/// (organisations and metonyms of actors.tsv, well-known political leaders of leaders.tsv; countries come from the gazetteer, see <see cref="CountryNames"/>).
/// </summary>
public sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> DefaultLexicon = new(() => Load(DataFiles.ReadLines));

    public static EventLexicon Default => DefaultLexicon.Value;

    public Dictionary<string, List<TriggerPattern>> TriggersByFirstWord { get; } = new(StringComparer.Ordinal);
    public List<TriggerPattern> Triggers { get; } = new();
    public List<string[]> Negation { get; } = new();
    public List<string[]> Hypothetical { get; } = new();
    public List<string[]> Future { get; } = new();
    public List<string[]> Report { get; } = new();
    public List<ModeCue> ModeCues { get; } = new();
    /// <summary>Mode cues by each form of their first word, with their rank in the file (lower wins).</summary>
    public Dictionary<string, List<(int Rank, ModeCue Cue)>> ModeCuesByFirstWord { get; } = new(StringComparer.Ordinal);
    /// <summary>First words of every report cue.</summary>
    public HashSet<string> ReportFirstWords { get; } = new(StringComparer.Ordinal);
    public List<DerivedRule> Derived { get; } = new();
    public Dictionary<string, string> SectorNouns { get; } = new(StringComparer.Ordinal);
    public int MaxSectorWords { get; private set; } = 1;
    /// <summary>First words of multi-word sector nouns ("prime" of "prime minister").</summary>
    public HashSet<string> SectorPrefixes { get; } = new(StringComparer.Ordinal);
    /// <summary>Actor names by their first word, lower case; each list longest first.</summary>
    public Dictionary<string, List<NamedActor>> ActorsByFirstWord { get; } = new(StringComparer.Ordinal);
    public HashSet<string> ReportVerbs { get; } = new(StringComparer.Ordinal);
    /// <summary>Verbs that introduce a speaker's clause ("said", "concluded"), for stance triggers (modality.tsv kind speech).</summary>
    public HashSet<string> SpeechVerbs { get; } = new(StringComparer.Ordinal);
    /// <summary>Head words of organisation names without a country ("Association", "Forum") -> IGO/NGO code (org-heads.tsv).</summary>
    public Dictionary<string, string> OrgHeads { get; } = new(StringComparer.Ordinal);
    /// <summary>Every form of the light verbs of light-verbs.tsv ("staged", "issued", "imposes") -> their lemma.</summary>
    public Dictionary<string, string> LightVerbs { get; } = new(StringComparer.Ordinal);
    /// <summary>Lower-case nouns of unnamed non-governmental bodies ("rights group", "aid agency"; org-heads.tsv NGO-noun), with plurals.</summary>
    public HashSet<string> NgoNouns { get; } = new(StringComparer.Ordinal);
    /// <summary>Sectors whose actors act at home (judges, parties, police): an unplaced one takes the sentence's country.</summary>
    public HashSet<string> DomesticSectors { get; } = new(StringComparer.Ordinal);

    /// <summary>Loads from a line source (relative data path -> non-comment lines), so tests can inject data.</summary>
    public static EventLexicon Load(Func<string, IEnumerable<string>> lines)
    {
        var lex = new EventLexicon();
        var irregular = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in lines("events/irregular-verbs.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 3) continue;
            irregular[f[1].Trim()] = f[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        foreach (var line in lines("events/triggers.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 6) throw new FormatException($"events/triggers.tsv: bad line '{line}'");
            var weight = int.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture);
            if (weight <= 0) continue;
            var words = PatternWords(f[1]);
            var pos = f[2].Trim();
            var slots = new List<HashSet<string>?>();
            int lastWord = words.FindLastIndex(w => w != "*");
            for (int k = 0; k < words.Count; k++)
            {
                if (words[k] == "*") { slots.Add(null); continue; }
                var set = new HashSet<string>(StringComparer.Ordinal) { words[k] };
                if (pos == "V" && k == 0) foreach (var form in EnglishForms.Verb(words[k], irregular)) set.Add(form);
                if (pos == "N" && k == lastWord) set.Add(EnglishForms.Plural(words[k]));
                slots.Add(set);
            }
            var mode = f[4].Trim();
            var flags = f.Length > 6 ? f[6].Trim() : "-";
            var t = new TriggerPattern(f[0].Trim(), slots, f[3].Trim(), mode == "-" ? null : mode, weight, flags.Contains("gov"), pos == "V") { Pattern = f[1], Stance = flags.Contains("stance"), Causative = flags.Contains("causative"), UnitSubject = flags.Contains("unit") };
            lex.Triggers.Add(t);
            foreach (var first in slots[0]!)
            {
                if (!lex.TriggersByFirstWord.TryGetValue(first, out var list)) lex.TriggersByFirstWord[first] = list = new List<TriggerPattern>();
                list.Add(t);
            }
        }
        foreach (var list in lex.TriggersByFirstWord.Values) list.Sort((a, b) => b.Slots.Count.CompareTo(a.Slots.Count));
        foreach (var line in lines("events/light-verbs.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 2) continue;
            var lemma = f[1].Trim().ToLowerInvariant();
            foreach (var form in EnglishForms.Verb(lemma, irregular)) lex.LightVerbs.TryAdd(form, lemma);
        }

        foreach (var line in lines("events/modality.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 3) continue;
            var cue = PatternWords(f[2]).ToArray();
            switch (f[1].Trim())
            {
                case "negation": lex.Negation.Add(cue); break;
                case "hypothetical": lex.Hypothetical.Add(cue); break;
                case "future": lex.Future.Add(cue); break;
                case "report": lex.Report.Add(cue); lex.ReportFirstWords.Add(cue[0]); if (cue.Length == 1) { lex.ReportVerbs.Add(cue[0]); lex.SpeechVerbs.Add(cue[0]); } break;
                case "speech": foreach (var w in cue) lex.SpeechVerbs.Add(w); break;
            }
        }
        foreach (var line in lines("events/mode-cues.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 4) continue;
            var words = PatternWords(f[2]);
            var slots = new List<HashSet<string>>();
            for (int k = 0; k < words.Count; k++)
            {
                var set = new HashSet<string>(StringComparer.Ordinal) { words[k] };
                if (k == words.Count - 1) set.Add(EnglishForms.Plural(words[k]));
                slots.Add(set);
            }
            var mc = new ModeCue(f[0].Trim(), f[1].Trim(), slots, f[3].Trim());
            foreach (var first in slots[0])
            {
                if (!lex.ModeCuesByFirstWord.TryGetValue(first, out var ml)) lex.ModeCuesByFirstWord[first] = ml = new();
                ml.Add((lex.ModeCues.Count, mc));
            }
            lex.ModeCues.Add(mc);
        }
        foreach (var line in lines("events/derived.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 6) continue;
            var rm = f[5].Trim();
            lex.Derived.Add(new DerivedRule(f[0].Trim(), f[1].Trim(), f[2].Trim(), f[3].Trim(), f[4].Trim(), rm == "-" ? null : rm));
        }
        foreach (var line in lines("events/sectors.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 3) continue;
            var noun = f[1].Trim().ToLowerInvariant();
            lex.SectorNouns.TryAdd(noun, f[2].Trim());
            var words = noun.Split(' ');
            words[^1] = EnglishForms.Plural(words[^1]);
            lex.SectorNouns.TryAdd(string.Join(' ', words), f[2].Trim());
            lex.MaxSectorWords = Math.Max(lex.MaxSectorWords, words.Length);
            if (words.Length > 2) throw new FormatException($"events/sectors.tsv: at most two words per noun ('{noun}')");
            if (words.Length == 2) lex.SectorPrefixes.Add(words[0]);
        }
        foreach (var line in lines("events/org-heads.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 3) continue;
            var kind = f[1].Trim();
            if (kind == "domestic-sector") lex.DomesticSectors.Add(f[2].Trim());
            else if (kind == "NGO-noun") { var nn = f[2].Trim().ToLowerInvariant(); lex.NgoNouns.Add(nn); var ws = nn.Split(' '); ws[^1] = EnglishForms.Plural(ws[^1]); lex.NgoNouns.Add(string.Join(' ', ws)); }
            else lex.OrgHeads[f[2].Trim().ToLowerInvariant()] = kind;
        }
        foreach (var line in lines("events/actors.tsv").Concat(lines("events/leaders.tsv")))
        {
            var f = line.Split('\t');
            if (f.Length < 4) continue;
            var code = f[2].Trim();
            var sector = f[3].Trim();
            lex.AddActor(new NamedActor(f[0].Trim(), PatternWords(f[1]), code == "-" ? null : code, "org", sector == "-" ? null : sector));
        }
        foreach (var list in lex.ActorsByFirstWord.Values) list.Sort((a, b) => b.Words.Count.CompareTo(a.Words.Count));
        return lex;
    }

    private void AddActor(NamedActor a)
    {
        if (a.Words.Count == 0) return;
        if (!ActorsByFirstWord.TryGetValue(a.Words[0], out var list)) ActorsByFirstWord[a.Words[0]] = list = new List<NamedActor>();
        // a later entry with the same words replaces an earlier one
        list.RemoveAll(x => x.Words.SequenceEqual(a.Words));
        list.Add(a);
    }

    /// <summary>Splits a pattern into lower-case words the way <see cref="WordScanner"/> splits text.</summary>
    public static List<string> PatternWords(string pattern)
    {
        var result = new List<string>();
        foreach (var part in pattern.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "*") { result.Add("*"); continue; }
            foreach (var w in WordScanner.Scan(part, 0, part.Length)) result.Add(w.Lower);
        }
        return result;
    }
}
