namespace Wirecheck.Nlp.Entities;

using Wirecheck.Core.Model;

/// <summary>
/// Turns the candidates of all layers into <see cref="Article.Entities"/>: filters implausible tagger spans,
/// settles overlaps with an <see cref="IConflictPolicy"/>, then groups mentions into one entity per referent
/// (name variants, surnames, country and its government, capital-city metonymy, demonym groups), collects
/// titles, country and sector, and adds conservative pronoun and "the + title" mentions.
/// </summary>
public sealed class EntityResolver
{
    public const string SourcePronoun = "coref:pronoun", SourceDescription = "coref:description", SourceMetonymy = "metonymy:capital", SourceName = "coref:name";
    /// <summary>How many sentences back a pronoun may look for its person.</summary>
    public const int PronounWindow = 3;
    private const int MaxEntities = 5000;

    private readonly EntityLexicons _lex;
    private readonly ICountryLookup? _countries;
    private readonly HashSet<string> _titleWords;
    private readonly HashSet<string> _titlePhrases; // every title phrase, for a one-word lookup

    public EntityResolver(EntityLexicons lex, ICountryLookup? countries, IConflictPolicy policy)
    {
        _lex = lex;
        _countries = countries;
        Policy = policy;
        _titleWords = new HashSet<string>(lex.Titles.Where(t => t.Sector is not null && !t.Phrase.Contains(' ') && !t.Phrase.EndsWith('.')).Select(t => t.Phrase), StringComparer.OrdinalIgnoreCase);
        _titlePhrases = new HashSet<string>(lex.Titles.Select(t => t.Phrase), StringComparer.OrdinalIgnoreCase);
    }

    public IConflictPolicy Policy { get; }

    private sealed class Building
    {
        public required Entity Entity;
        public string? Key;
        public char Gender;
        public readonly List<string> NameKeys = new();
        public bool IsCountry;
    }

    public void Resolve(Article article, CancellationToken ct)
    {
        article.Entities.Clear();
        var sentenceOfToken = SentenceIndexOfTokens(article);
        var plausible = Filter(article, article.EntityCandidates);
        var chosen = Policy.Select(plausible);
        var building = new List<Building>();
        var byKey = new Dictionary<string, Building>(StringComparer.Ordinal);
        var byWord = new Dictionary<string, List<Building>>(StringComparer.Ordinal);
        foreach (var c in chosen)
        {
            ct.ThrowIfCancellationRequested();
            if (building.Count >= MaxEntities) break;
            Place(article, c, building, byKey, byWord);
        }
        AddNameRepeats(article, building);
        AddDescriptions(article, building, sentenceOfToken);
        AddPronouns(article, building, sentenceOfToken);
        int id = 0;
        foreach (var b in building.OrderBy(b => b.Entity.Mentions.Min(m => m.Start)))
        {
            b.Entity.Mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
            var e = new Entity { Id = "e" + (++id), Name = b.Entity.Name, Type = b.Entity.Type, Country = b.Entity.Country, Sector = b.Entity.Sector };
            e.Titles.AddRange(b.Entity.Titles);
            e.Mentions.AddRange(b.Entity.Mentions);
            e.Aliases.AddRange(b.Entity.Aliases.Where(a => a != e.Name).Distinct());
            article.Entities.Add(e);
        }
    }

    // ---- filtering tagger spans ------------------------------------------------------------------

    private List<EntityCandidate> Filter(Article article, List<EntityCandidate> candidates)
    {
        var titleCase = TitleCaseSentences(article);
        var trustedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
            if (!IsInTitleCase(article, titleCase, c.Start) || !c.Source.StartsWith("model:", StringComparison.Ordinal))
                trustedNames.Add(article.Covered(c.Start, c.End));
        var result = new List<EntityCandidate>(candidates.Count);
        foreach (var c in candidates)
        {
            if (c.End <= c.Start || c.Start < 0 || c.End > article.Text.Length) continue;
            var text = article.Covered(c.Start, c.End);
            if (c.Source.StartsWith("model:", StringComparison.Ordinal))
            {
                // In headings and ALL-CAPS or Title Case lines capitals carry no signal: keep only names seen elsewhere.
                if (IsInTitleCase(article, titleCase, c.Start) && !SeenOutside(article, titleCase, candidates, text)) continue;
                if (!text.Contains(' ') && _lex.CommonWords.Contains(text)) continue;
                if (_lex.Pronouns.Contains(text.ToLowerInvariant())) continue;
                if (!text.Any(char.IsUpper) && !text.Any(char.IsDigit)) continue;
                if (c.Type == EntityType.PERSON && _countries is not null && text.Split(' ').Any(w => _countries.IsCountry(w) || _countries.IsDemonym(w))) continue;
            }
            if (c.Type == EntityType.PERSON && HyphenatedGivenNameEnd(article.Text, c.Start, c.End) is int end) { result.Add(c with { End = end }); continue; }
            if (c.Type == EntityType.PERSON && c.Source.StartsWith("model:", StringComparison.Ordinal) && FirstNameBefore(article.Text, c.Start, c.End, candidates) is int start) { result.Add(c with { Start = start }); continue; }
            result.Add(c);
        }
        return result;
    }

    private static readonly HashSet<string> CalendarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>
    /// The start of the first name the tagger left out of a one-word person span ("Rakeyia Scott" tagged "Scott", which
    /// would then join Keith Lamont Scott through the surname): one capitalised word right before it, not a common word, a
    /// title, a place name, a calendar word or a word of the tagger's cluster vocabulary, and in no other span. Null otherwise.
    /// </summary>
    private int? FirstNameBefore(string text, int start, int end, List<EntityCandidate> candidates)
    {
        if (text.AsSpan(start, end - start).Contains(' ') || start < 4 || text[start - 1] != ' ') return null;
        int we = start - 1, ws = we;
        while (ws > 0 && char.IsLetter(text[ws - 1]) && we - ws < 20) ws--;
        if (we - ws < 3 || !char.IsUpper(text[ws]) || (ws > 0 && !char.IsWhiteSpace(text[ws - 1]) && text[ws - 1] is not ('"' or '“' or '(')))
            return null;
        for (int k = ws + 1; k < we; k++) if (!char.IsLower(text[k])) return null;
        var word = text[ws..we];
        // a word of the tagger's cluster vocabulary ("Meanwhile", "John") is one the tagger knows: only an unfamiliar word is taken
        if (WordClusters.Default is { } wc && wc.PathOf(NerFeatures.Hash(word, lower: true)) != 0) return null;
        if (_lex.CommonWords.Contains(word) || CalendarWords.Contains(word) || _titlePhrases.Contains(word)) return null;
        if (_countries is not null && (_countries.IsCountry(word) || _countries.IsDemonym(word))) return null;
        foreach (var o in candidates) if (o.Start < we && ws < o.End) return null;
        return ws;
    }

    private static readonly HashSet<string> HyphenSuffixes = new(StringComparer.Ordinal)
        { "led", "era", "run", "like", "type", "made", "born", "free", "held", "wide", "old", "less", "ish", "ite", "ist", "ism", "back", "tied", "out", "up", "off", "over", "plus", "only", "vs" };

    /// <summary>
    /// The end of a two-or-more-word person span whose last word continues after a hyphen with a short lower-case
    /// syllable ("Ban Ki" + "-moon", "Kim Jong" + "-un"): the tagger stops at the hyphen. Null when it does not
    /// ("Obama-era", "Paul-led" are not names).
    /// </summary>
    internal static int? HyphenatedGivenNameEnd(string text, int start, int end)
    {
        if (end + 2 > text.Length || text[end] != '-' || !char.IsLower(text[end + 1])) return null;
        int lastSpace = text.LastIndexOf(' ', end - 1, end - start);
        if (lastSpace <= start || end - lastSpace - 1 is < 2 or > 4) return null;
        int e = end + 1;
        while (e < text.Length && char.IsLetter(text[e]) && e - end <= 6) e++;
        if (e - end - 1 is < 2 or > 5 || (e < text.Length && (text[e] == '-' || char.IsLetterOrDigit(text[e])))) return null;
        return HyphenSuffixes.Contains(text[(end + 1)..e]) ? null : e;
    }

    private bool SeenOutside(Article article, List<TextSpan> titleCase, List<EntityCandidate> candidates, string text)
    {
        foreach (var o in candidates)
            if (!IsInTitleCase(article, titleCase, o.Start) && o.End - o.Start == text.Length && article.Text.AsSpan(o.Start, o.End - o.Start).SequenceEqual(text))
                return true;
        return false;
    }

    private static bool IsInTitleCase(Article article, List<TextSpan> spans, int offset)
    {
        foreach (var s in spans) if (s.Contains(offset)) return true;
        return false;
    }

    /// <summary>Sentences where nearly every content word is capitalised (headings, ALL CAPS text).</summary>
    private List<TextSpan> TitleCaseSentences(Article article)
    {
        var result = new List<TextSpan>();
        foreach (var s in article.Sentences)
        {
            int words = 0, caps = 0;
            for (int i = s.FirstToken; i < s.FirstToken + s.TokenCount; i++)
            {
                var t = article.Tokens[i];
                if (t.Kind != TokenKind.Word || t.Length < 4 || !char.IsLetter(article.Text[t.Start])) continue;
                words++;
                if (char.IsUpper(article.Text[t.Start])) caps++;
            }
            if (words >= 3 && caps >= words * 0.8) result.Add(s.Span);
        }
        return result;
    }

    // ---- grouping mentions ---------------------------------------------------------------------------

    private void Place(Article article, EntityCandidate c, List<Building> building, Dictionary<string, Building> byKey, Dictionary<string, List<Building>> byWord)
    {
        var text = article.Covered(c.Start, c.End);
        var type = c.Type;
        string? country = c.Country;
        string? sector = c.Sector;
        string source = c.Source;
        CountryRef? asCountry = null;
        // The tagger learnt from re3d that a country acting is an organisation ("announced by Russia"): a bare
        // country name is the country (GPE), acting or not.
        if (type is EntityType.ORG or EntityType.MISC && c.Source.StartsWith("model:", StringComparison.Ordinal) && _countries is not null && _countries.IsCountry(text))
            type = EntityType.GPE;
        if (type is EntityType.LOC or EntityType.GPE && _countries is not null)
        {
            if (_countries.IsCountry(text) && _countries.TryCountry(text, out var cr)) { asCountry = cr; type = EntityType.GPE; country = cr.Iso3; }
            else if (_countries.TryCapital(text, out var cap))
            {
                type = EntityType.GPE;
                country ??= cap.Iso3;
                if (c.Source != PatternRecognizer.SourceBased && IsAgentive(article, c.Start, c.End)) { asCountry = cap; sector = "GOV"; source = SourceMetonymy; }
            }
        }
        if (c.Source == PatternRecognizer.SourceGovernment && country is not null && _countries is not null && _countries.TryCountry(country, out var gov)) asCountry = gov;
        if (asCountry is not null && c.Source != PatternRecognizer.SourceGovernment && source != SourceMetonymy && IsAgentive(article, c.Start, c.End) && IsCountryAgent(article, c.End))
            sector = "GOV";
        if (c.Type == EntityType.NORP && country is null && _countries is not null && _countries.TryCountry(text, out var dn)) country = dn.Iso3;

        string key;
        Building? target = null;
        if (asCountry is not null) key = "GPE:" + asCountry.Iso3;
        else if (c.Source == PatternRecognizer.SourceGroup) key = $"GROUP:{country}:{sector}";
        else if (type == EntityType.NORP) key = "NORP:" + (country ?? NameVariants.Key(text));
        else if (c.Source == PatternRecognizer.SourceAgency && c.Title is not null) key = "AGENCY:" + c.Title;
        else key = type + ":" + NameVariants.Key(text);

        if (!byKey.TryGetValue(key, out target))
        {
            if (type == EntityType.PERSON) target = MatchPerson(Near(byWord, text), text);
            else if (type == EntityType.ORG) target = MatchOrg(Near(byWord, text), text, country);
        }
        if (target is null)
        {
            var name = asCountry?.Name ?? (c.Source == PatternRecognizer.SourceAgency && c.Title is not null ? c.Title : text);
            target = new Building
            {
                Entity = new Entity { Id = "", Name = name, Type = asCountry is not null ? EntityType.GPE : MapType(type) },
                Key = key,
                IsCountry = asCountry is not null,
            };
            building.Add(target);
        }
        byKey.TryAdd(key, target);
        var e = target.Entity;
        e.Mentions.Add(new Mention(c.Start, c.End, source));
        if (!e.Aliases.Contains(text)) e.Aliases.Add(text);
        var nk = NameVariants.Key(text);
        if (!target.NameKeys.Contains(nk))
        {
            target.NameKeys.Add(nk);
            foreach (var word in nk.Split(' '))
            {
                if (!byWord.TryGetValue(word, out var list)) byWord[word] = list = new List<Building>();
                if (list.Count == 0 || list[^1] != target) list.Add(target);
            }
        }
        // The canonical name: the longest proper name (countries keep their own name).
        if (!target.IsCountry && type != EntityType.NORP && source != SourceMetonymy && text.Length > e.Name.Length && c.Source != PatternRecognizer.SourceAgency)
            e.Name = text;
        if (c.Title is not null && type == EntityType.PERSON && !e.Titles.Contains(c.Title)) e.Titles.Add(c.Title);
        if (type == EntityType.PERSON && c.Title is { } t)
        {
            var tl = t.ToLowerInvariant();
            if (tl.StartsWith("mr")) target.Gender = 'M';
            else if (tl.StartsWith("mrs") || tl.StartsWith("ms")) target.Gender = 'F';
        }
        e.Country ??= country;
        if (sector is not null && (e.Sector is null || target.IsCountry)) e.Sector = sector;
    }

    private static EntityType MapType(EntityType t) => t == EntityType.LOC ? EntityType.LOC : t;

    /// <summary>Entities sharing a word with <paramref name="text"/>'s variant key (or its acronym letters), oldest first.</summary>
    private static List<Building> Near(Dictionary<string, List<Building>> byWord, string text)
    {
        var result = new List<Building>();
        var key = NameVariants.Key(text);
        foreach (var word in key.Split(' '))
            if (byWord.TryGetValue(word, out var list))
                foreach (var b in list) if (!result.Contains(b)) result.Add(b);
        // An acronym ("SBU") shares no word with its long form: look at organisations whose words start with its letters.
        if (text.Length is >= 2 and <= 6 && text.All(ch => char.IsUpper(ch) || ch == '.'))
            foreach (var ch in key)
                foreach (var (w, list) in byWord)
                    if (w.Length > 0 && w[0] == ch && list.Count < 64)
                        foreach (var b in list) if (b.Entity.Type == EntityType.ORG && !result.Contains(b) && result.Count < 256) result.Add(b);
        result.Sort((a, b) => a.Entity.Mentions[0].Start.CompareTo(b.Entity.Mentions[0].Start));
        return result;
    }

    private static Building? MatchPerson(List<Building> building, string text)
    {
        var key = NameVariants.Key(text);
        var parts = key.Split(' ');
        for (int i = building.Count - 1; i >= 0; i--)
        {
            var b = building[i];
            if (b.Entity.Type != EntityType.PERSON) continue;
            foreach (var nk in b.NameKeys)
            {
                var np = nk.Split(' ');
                if (nk == key) return b;
                // "Lin" after "Lin Jian", "Zelensky" after "Volodymyr Zelenskyy": one word equal to the first or last name.
                if (parts.Length == 1 && np.Length > 1 && (np[^1] == key || np[0] == key)) return b;
                // "Volodymyr Zelensky" after "Zelenskyy": same last name, first name missing on one side or equal; not when the
                // entity already has a full name with another first name ("Ivanka Trump" after "Donald Trump" and "Trump").
                if (parts.Length > 1 && np.Length == 1 && parts[^1] == np[0] && !OtherFirstName(b, parts)) return b;
                if (parts.Length > 1 && np.Length > 1 && parts[^1] == np[^1] && (parts[0] == np[0] || parts[0][0] == np[0][0] && (parts[0].Length == 1 || np[0].Length == 1))) return b;
                // "Suu Kyi" after "Aung San Suu Kyi": the last two or more words of a longer name seen before.
                if (parts.Length > 1 && np.Length > parts.Length && nk.EndsWith(" " + key, StringComparison.Ordinal)) return b;
            }
        }
        return null;
    }

    private static bool OtherFirstName(Building b, string[] parts)
    {
        foreach (var nk in b.NameKeys)
        {
            var np = nk.Split(' ');
            if (np.Length > 1 && np[^1] == parts[^1] && np[0] != parts[0] && np[0].Length > 1 && parts[0].Length > 1) return true;
        }
        return false;
    }

    private Building? MatchOrg(List<Building> building, string text, string? country)
    {
        var key = NameVariants.Key(text);
        var acronym = text.Length >= 2 && text.Length <= 6 && text.All(ch => char.IsUpper(ch) || ch == '.') ? text.Replace(".", "") : null;
        for (int i = building.Count - 1; i >= 0; i--)
        {
            var b = building[i];
            if (b.Entity.Type != EntityType.ORG) continue;
            if (country is not null && b.Entity.Country is not null && country != b.Entity.Country) continue;
            foreach (var nk in b.NameKeys)
            {
                // "Foreign Ministry" after "Chinese Foreign Ministry" (and the reverse): equal after a leading demonym.
                if (nk.EndsWith(" " + key, StringComparison.Ordinal) && IsDemonymPrefix(nk[..^(key.Length + 1)])) return b;
                if (key.EndsWith(" " + nk, StringComparison.Ordinal) && IsDemonymPrefix(key[..^(nk.Length + 1)])) return b;
                if (acronym is not null && Acronym(nk) == acronym.ToLowerInvariant()) return b;
            }
        }
        return null;
    }

    private bool IsDemonymPrefix(string prefix) => _countries is not null && !prefix.Contains(' ') && _countries.IsDemonym(char.ToUpperInvariant(prefix[0]) + prefix[1..]);

    private static string Acronym(string key)
    {
        var parts = key.Split(' ');
        if (parts.Length < 2) return "";
        return string.Concat(parts.Where(p => p is not ("of" or "the" or "and" or "for")).Select(p => p[0]));
    }

    /// <summary>Is the name acting (subject or agent) rather than a location? "in Beijing" no; "Beijing confirms", "by Beijing" yes.</summary>
    private bool IsAgentive(Article article, int start, int end)
    {
        var prev = PreviousWord(article, start);
        if (prev is not null && _lex.LocativeWords.Contains(prev)) return false;
        var next = NextWord(article, end, out var nextStart);
        if (next is null) return false;
        if (next == "’" || next == "'") return false;
        if (prev == "by") return true;
        return next.Length > 1 && char.IsLower(next[0]) && (next.EndsWith('s') || next.EndsWith("ed") || next is "has" or "is" or "will" or "would" or "can" or "could" or "said" or "says" or "must" or "should" or "had" or "was" or "did" or "does" or "also" or "still" or "repeatedly" or "continues" or "maintains");
    }

    private bool IsCountryAgent(Article article, int end) => NextWord(article, end, out _) is { } n && n.Length > 1 && char.IsLower(n[0]);

    private static string? PreviousWord(Article article, int start)
    {
        int i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(article.Text[i])) i--;
        if (i < 0) return null;
        int e = i + 1;
        while (i >= 0 && char.IsLetter(article.Text[i]) && e - i < 30) i--;
        return e - (i + 1) > 0 ? article.Text[(i + 1)..e].ToLowerInvariant() : article.Text[e - 1].ToString();
    }

    private static string? NextWord(Article article, int end, out int start)
    {
        int i = end;
        while (i < article.Text.Length && char.IsWhiteSpace(article.Text[i])) i++;
        start = i;
        if (i >= article.Text.Length) return null;
        int s = i;
        while (i < article.Text.Length && char.IsLetter(article.Text[i]) && i - s < 30) i++;
        return i > s ? article.Text[s..i] : article.Text[s].ToString();
    }

    // ---- descriptions and pronouns ------------------------------------------------------------------

    private static int[] SentenceIndexOfTokens(Article article)
    {
        var idx = new int[article.Tokens.Count];
        Array.Fill(idx, -1);
        for (int s = 0; s < article.Sentences.Count; s++)
        {
            var sen = article.Sentences[s];
            for (int i = sen.FirstToken; i < sen.FirstToken + sen.TokenCount && i < idx.Length; i++) idx[i] = s;
        }
        return idx;
    }

    private static bool Covered(List<Building> building, int start, int end)
    {
        foreach (var b in building)
            foreach (var m in b.Entity.Mentions)
                if (m.Start < end && start < m.End) return true;
        return false;
    }

    /// <summary>
    /// Once a person or organisation is named, later capitalised occurrences of its name, of a person's first or
    /// last name, or of a spelling variant ("Lin", "Zelensky") are mentions too, unless two entities share the key.
    /// </summary>
    private void AddNameRepeats(Article article, List<Building> building)
    {
        var keys = new Dictionary<string, Building?>(StringComparer.Ordinal);
        void AddKey(string k, Building b)
        {
            if (k.Length < 2) return;
            if (keys.TryGetValue(k, out var other) && other != b) keys[k] = null; else keys[k] = b;
        }
        foreach (var b in building)
        {
            if (b.Entity.Type is not (EntityType.PERSON or EntityType.ORG)) continue;
            foreach (var nk in b.NameKeys.ToArray())
            {
                AddKey(nk, b);
                var parts = nk.Split(' ');
                if (b.Entity.Type == EntityType.PERSON && parts.Length > 1)
                {
                    AddKey(parts[^1], b);
                    AddKey(parts[0], b);
                }
            }
        }
        if (keys.Count == 0) return;
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var k in keys.Keys) firstWords.Add(k.Split(' ')[0]);
        var covered = new System.Collections.BitArray(article.Text.Length);
        foreach (var b in building) foreach (var m in b.Entity.Mentions) for (int k = m.Start; k < m.End; k++) covered[k] = true;
        var toks = article.Tokens;
        for (int i = 0; i < toks.Count; i++)
        {
            var t = toks[i];
            if (t.Kind != TokenKind.Word || !char.IsUpper(article.Text[t.Start]) || covered[t.Start] || t.Length > SentenceView.MaxWordLength) continue;
            if (!firstWords.Contains(NameVariants.Key(article.Text.AsSpan(t.Start, t.Length)))) continue;
            for (int n = Math.Min(3, toks.Count - i); n >= 1; n--)
            {
                var last = toks[i + n - 1];
                bool ok = true;
                for (int k = i; k < i + n && ok; k++) ok = toks[k].Kind == TokenKind.Word && char.IsUpper(article.Text[toks[k].Start]) && !covered[toks[k].Start];
                if (!ok) continue;
                var text = article.Covered(t.Start, last.End);
                if (n == 1 && _lex.CommonWords.Contains(text)) continue;
                if (!keys.TryGetValue(NameVariants.Key(text), out var b) || b is null) continue;
                b.Entity.Mentions.Add(new Mention(t.Start, last.End, SourceName));
                if (!b.Entity.Aliases.Contains(text)) b.Entity.Aliases.Add(text);
                for (int k = t.Start; k < last.End; k++) covered[k] = true;
                i += n - 1;
                break;
            }
        }
    }

    /// <summary>"the spokesperson": the most recent person whose titles contain that word.</summary>
    private void AddDescriptions(Article article, List<Building> building, int[] sentenceOf)
    {
        var toks = article.Tokens;
        for (int i = 1; i < toks.Count; i++)
        {
            var t = toks[i];
            if (t.Kind != TokenKind.Word || t.Length > 30) continue;
            var prev = toks[i - 1];
            if (!article.Text.AsSpan(prev.Start, prev.Length).Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            var word = article.Covered(t.Start, t.End);
            if (!char.IsLower(word[0]) || !_titleWords.Contains(word)) continue;
            // "the spokesperson for ..." names someone else's role only when followed by "of"/"for"; keep it simple: skip those.
            if (i + 1 < toks.Count && article.Text.AsSpan(toks[i + 1].Start, toks[i + 1].Length) is var nx && (nx.SequenceEqual("of") || nx.SequenceEqual("for"))) continue;
            Building? best = null;
            int bestPos = -1;
            foreach (var b in building)
            {
                if (b.Entity.Type != EntityType.PERSON || !b.Entity.Titles.Any(x => x.Contains(word, StringComparison.OrdinalIgnoreCase))) continue;
                foreach (var m in b.Entity.Mentions)
                    if (m.End <= prev.Start && m.Start > bestPos) { bestPos = m.Start; best = b; }
            }
            if (best is null || Covered(building, prev.Start, t.End)) continue;
            best.Entity.Mentions.Add(new Mention(prev.Start, t.End, SourceDescription));
        }
    }

    /// <summary>he/she/him/his/her: the most recent compatible person mentioned in this or the previous few sentences.</summary>
    private void AddPronouns(Article article, List<Building> building, int[] sentenceOf)
    {
        var persons = new List<(int Start, int End, Building B)>();
        foreach (var b in building)
            if (b.Entity.Type == EntityType.PERSON)
                foreach (var m in b.Entity.Mentions) persons.Add((m.Start, m.End, b));
        if (persons.Count == 0) return;
        persons.Sort((a, b) => a.Start.CompareTo(b.Start));
        var sentenceAt = new Func<int, int>(offset => SentenceAt(article, offset));
        var toks = article.Tokens;
        for (int i = 0; i < toks.Count; i++)
        {
            var t = toks[i];
            if (t.Kind != TokenKind.Word || t.Length < 2 || t.Length > 3) continue;
            var w = article.Text.AsSpan(t.Start, t.Length);
            char gender = w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("him", StringComparison.OrdinalIgnoreCase) || w.Equals("his", StringComparison.OrdinalIgnoreCase) ? 'M'
                : w.Equals("she", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase) ? 'F' : '\0';
            if (gender == '\0') continue;
            int sen = sentenceOf[i];
            // Most recent person mention before the pronoun, within the window.
            int lo = 0, hi = persons.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (persons[mid].Start < t.Start) lo = mid + 1; else hi = mid; }
            int insertAt = lo;
            Building? found = null;
            for (int k = lo - 1, tried = 0; k >= 0 && tried < 50; k--, tried++)
            {
                var p = persons[k];
                if (p.End > t.Start) continue;
                int ps = sentenceAt(p.Start);
                if (sen >= 0 && ps >= 0 && sen - ps > PronounWindow) break;
                if (p.B.Gender != '\0' && p.B.Gender != gender) continue; // incompatible: try an earlier person
                found = p.B;
                break;
            }
            if (found is null) continue;
            found.Gender = gender;
            found.Entity.Mentions.Add(new Mention(t.Start, t.End, SourcePronoun));
            persons.Insert(insertAt, (t.Start, t.End, found));
        }
    }

    private static int SentenceAt(Article article, int offset)
    {
        int lo = 0, hi = article.Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var s = article.Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
