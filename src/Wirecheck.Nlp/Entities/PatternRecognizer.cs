namespace Wirecheck.Nlp.Entities;

using Wirecheck.Core.Model;

/// <summary>
/// The rule layer: titles and roles before names, organisation forms, demonym + group nouns, "X-based",
/// regions, news agencies and demonyms. Every rule reads the lexicons under <c>data/entities/</c>.
/// </summary>
public sealed class PatternRecognizer
{
    public const string SourceTitle = "pattern:title", SourceOrg = "pattern:org", SourceGroup = "pattern:group",
        SourceGovernment = "pattern:government", SourceBased = "pattern:x-based", SourceRegion = "pattern:region",
        SourceAgency = "pattern:agency", SourceDemonym = "pattern:demonym";

    private const int MaxNameWords = 4, MaxLeftModifiers = 5, MaxOrgWords = 8;

    private readonly EntityLexicons _lex;
    private readonly ICountryLookup? _countries;
    private readonly PhraseMatcher<TitleEntry> _titles = new();
    private readonly PhraseMatcher<AgencyEntry> _agencies = new();
    private readonly PhraseMatcher<GroupNounEntry> _groups = new();
    private readonly Dictionary<string, OrgFormEntry> _orgHeads = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _joiners = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "for", "and", "on", "&" };
    private readonly HashSet<string> _nameParticles = new(StringComparer.Ordinal) { "al", "al-", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "du", "dos" };

    public PatternRecognizer(EntityLexicons lex, ICountryLookup? countries)
    {
        _lex = lex;
        _countries = countries;
        foreach (var t in lex.Titles) _titles.Add(t.Phrase, t);
        foreach (var a in lex.Agencies) foreach (var n in a.Names) _agencies.Add(n, a);
        foreach (var g in lex.GroupNouns) _groups.Add(g.Noun, g);
        foreach (var o in lex.OrgForms) if (!o.Head.Contains(' ')) _orgHeads[o.Head] = o;
    }

    public void Recognize(SentenceView s, List<EntityCandidate> output)
    {
        int n = s.Count;
        int first = output.Count;
        for (int i = 0; i < n; i++)
        {
            Agency(s, i, output);
            Title(s, i, output);
            OrgForm(s, i, output);
            DemonymGroup(s, i, output);
            Based(s, i, output);
            Region(s, i, output);
        }
        // Two title matches ("spokesperson", "Foreign Ministry spokesperson") can give the same span: keep the first.
        var seen = new HashSet<(int, int, EntityType, string)>();
        for (int k = first; k < output.Count; k++)
            if (!seen.Add((output[k].Start, output[k].End, output[k].Type, output[k].Source))) output.RemoveAt(k--);
    }

    private void Agency(SentenceView s, int i, List<EntityCandidate> output)
    {
        if (!s.IsCap(i) && !char.IsLower(s.Words[i][0])) return;
        // Short names (AP, RT, dpa) only in their own casing; longer ones capitalised.
        if (!_agencies.TryMatch(s.Words, i, out int end, out var a, caseSensitive: s.Words[i].Length <= 4)) return;
        if (!s.IsCap(i) && s.Words[i] != a.Names.FirstOrDefault(x => x.Equals(s.Words[i], StringComparison.Ordinal))) return;
        output.Add(new EntityCandidate(s.StartOf(i), s.EndOf(end), EntityType.ORG, SourceAgency, 1.0)
        {
            Country = a.Country, Sector = "JRN", Title = a.Names[0],
        });
    }

    private void Title(SentenceView s, int i, List<EntityCandidate> output)
    {
        if (!_titles.TryMatch(s.Words, i, out int titleEnd, out var title)) return;
        // The name: 1-4 capitalised words (initials and particles allowed) right after the title.
        int j = titleEnd;
        while (j < s.Count && j < titleEnd + MaxNameWords + 1 && (IsNameWord(s, j) || (j > titleEnd && _nameParticles.Contains(s.Words[j]) && IsNameWord(s, j + 1)))) j++;
        if (j == titleEnd) return;
        // A longer title is not a name ("President Xi" fine, "Foreign Minister" already matched as a title).
        if (_titles.TryMatch(s.Words, titleEnd, out _, out _)) return;
        // Left modifiers: demonym and capitalised organisation words ("Chinese Foreign Ministry spokesperson").
        int left = i;
        while (left > 0 && i - left < MaxLeftModifiers && (s.IsCap(left - 1) || s.Words[left - 1] is "of" && s.IsCap(left - 2)) && !IsSentenceStartFunction(s, left - 1)) left--;
        while (left < i && !s.IsCap(left)) left++;
        string? country = null, sector = title.Sector;
        for (int k = left; k < i; k++)
            if (_countries is not null && _countries.TryCountry(s.Words[k], out var c)) { country = c.Iso3; break; }
        // "spokesperson of the Chinese Foreign Ministry" is not handled here; the organisation inside the title is.
        if (left < i && _orgHeads.TryGetValue(s.Words[i - 1], out var org))
        {
            sector = org.Sector;
            int orgStart = left;
            if (i - orgStart >= 2 || country is null)
                output.Add(new EntityCandidate(s.StartOf(orgStart), s.EndOf(i), EntityType.ORG, SourceOrg, 1.0) { Country = country, Sector = org.Sector });
        }
        if (title.Sector is null && left == i) sector = null;
        output.Add(new EntityCandidate(s.StartOf(j > titleEnd ? titleEnd : titleEnd), s.EndOf(j), EntityType.PERSON, SourceTitle, 1.0)
        {
            Country = country,
            Sector = sector,
            Title = JoinWords(s, left, titleEnd),
        });
    }

    private bool IsNameWord(SentenceView s, int j)
    {
        if (!s.IsCap(j)) return false;
        var w = s.Words[j];
        if (w.Length > 1 && w.All(char.IsUpper) && w.Length > 5) return false;
        if (_orgHeads.ContainsKey(w) || _lex.CommonWords.Contains(w)) return false;
        if (_countries is not null && (_countries.IsDemonym(w) || _countries.IsCountry(w))) return false;
        if (_titles.TryMatch(s.Words, j, out _, out _)) return false;
        return true;
    }

    private bool IsSentenceStartFunction(SentenceView s, int k) => k == 0 && _lex.CommonWords.Contains(s.Words[k]) && !(_countries?.IsDemonym(s.Words[k]) ?? false);

    private void OrgForm(SentenceView s, int i, List<EntityCandidate> output)
    {
        if (!s.IsCap(i) || !_orgHeads.TryGetValue(s.Words[i], out var head)) return;
        // Only start from the first head of a run ("Security Service of Ukraine": start at Service).
        int left = i;
        while (left > 0 && i - left < MaxOrgWords && (s.IsCap(left - 1) || IsOrdinal(s.Words[left - 1])) && !IsSentenceStartFunction(s, left - 1)) left--;
        if (left < i && _titles.TryMatch(s.Words, left, out int tEnd, out var t) && tEnd <= i && t.Sector is null) left = tEnd;
        int right = i + 1;
        // "of [the] Capitalised+" ("Security Service of Ukraine", "Ministry of Foreign Affairs of China").
        while (right + 1 < s.Count && right - left < MaxOrgWords && s.Words[right] is "of" or "for")
        {
            int k = right + 1;
            if (k < s.Count && s.Words[k] == "the") k++;
            int capStart = k;
            while (k < s.Count && k - left < MaxOrgWords && (s.IsCap(k) || (s.Words[k] is "and" or "&" && s.IsCap(k + 1) && k > capStart))) k++;
            if (k == capStart) break;
            right = k;
        }
        while (right < s.Count && s.IsCap(right) && right - left < MaxOrgWords && !(_titles.TryMatch(s.Words, right, out _, out _))) right++;
        bool hasOther = right - left >= 2;
        if (!hasOther) return;
        // Let the last head in a run produce the candidate ("Armed Forces" once, not at "Armed" and "Forces").
        for (int k = i + 1; k < right; k++) if (s.IsCap(k) && _orgHeads.ContainsKey(s.Words[k]) && s.Words[k - 1] is not "of" and not "for" and not "the") return;
        string? country = null;
        for (int k = left; k < right; k++)
            if (_countries is not null && s.IsCap(k) && _countries.TryCountry(s.Words[k], out var c)) { country = c.Iso3; break; }
        var sector = head.Sector;
        output.Add(new EntityCandidate(s.StartOf(left), s.EndOf(right), EntityType.ORG, SourceOrg, 1.0) { Country = country, Sector = sector });
    }

    private static bool IsOrdinal(string w) => w.Length >= 3 && char.IsDigit(w[0]) && (w.EndsWith("st") || w.EndsWith("nd") || w.EndsWith("rd") || w.EndsWith("th"));

    private void DemonymGroup(SentenceView s, int i, List<EntityCandidate> output)
    {
        if (_countries is null || !s.IsCap(i) || !_countries.IsDemonym(s.Words[i]) || !_countries.TryCountry(s.Words[i], out var c)) return;
        int j = i + 1;
        if (_groups.TryMatch(s.Words, j, out int end, out var g) && s.IsLowerWord(j))
        {
            if (g.JoinsCountry)
                output.Add(new EntityCandidate(s.StartOf(i), s.EndOf(end), EntityType.GPE, SourceGovernment, 1.0) { Country = c.Iso3, Sector = g.Sector, Title = c.Name });
            else
                output.Add(new EntityCandidate(s.StartOf(i), s.EndOf(end), EntityType.ORG, SourceGroup, 1.0) { Country = c.Iso3, Sector = g.Sector });
            return;
        }
        output.Add(new EntityCandidate(s.StartOf(i), s.Ends[i], EntityType.NORP, SourceDemonym, 1.0) { Country = c.Iso3 });
    }

    private void Based(SentenceView s, int i, List<EntityCandidate> output)
    {
        // "Moscow-based": Moscow - based (tokenizer splits at the hyphen).
        if (!(i + 2 < s.Count && s.Words[i + 1] == "-" && s.Words[i + 2].Equals("based", StringComparison.OrdinalIgnoreCase))) return;
        if (!s.IsCap(i)) return;
        int left = i;
        while (left > 0 && i - left < 3 && s.IsCap(left - 1) && s.Ends[left - 1] + 1 >= s.Starts[left]) left--;
        string? country = null;
        var name = JoinWords(s, left, i + 1);
        if (_countries is not null && (_countries.TryCapital(name, out var c) || _countries.TryCountry(name, out c))) country = c.Iso3;
        output.Add(new EntityCandidate(s.StartOf(left), s.Ends[i], EntityType.GPE, SourceBased, 1.0) { Country = country });
    }

    private void Region(SentenceView s, int i, List<EntityCandidate> output)
    {
        if (i == 0 || !_lex.RegionWords.Contains(s.Words[i]) || !s.IsCap(i - 1)) return;
        int left = i - 1;
        while (left > 0 && i - left < 3 && s.IsCap(left - 1) && !(_countries?.IsCountry(s.Words[left - 1]) ?? false) && !IsSentenceStartFunction(s, left - 1)) left--;
        if (_countries is not null && _countries.IsDemonym(s.Words[left])) return; // "Chinese province" is not a name
        output.Add(new EntityCandidate(s.StartOf(left), s.Ends[i], EntityType.GPE, SourceRegion, 1.0));
    }

    private static string JoinWords(SentenceView s, int from, int to) => s.Covered(from, to);
}
