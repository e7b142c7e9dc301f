namespace Wirecheck.Nlp.Events;

using Wirecheck.Core.Model;

/// <summary>
/// Codes the events of one sentence in PLOVER: finds triggers (data/events/triggers.tsv; light-verb constructions
/// from data/events/light-verbs.tsv such as "staged a protest"; adverbs inside and objects inside separable phrasal
/// verbs; noun uses of verbs after determiners and prepositions are not verbs), folds complements into their
/// governing verbs ("threatened to ban" -> THREATEN/restrict; a causative "ordered the arrest" is the arrest), recodes
/// intentions, refusals and domestic easing (data/events/derived.tsv), sets modality flags, fills modes from cue
/// words, merges events of one type, and picks actor, recipient and location from the sentence's actor mentions
/// (entities when present, otherwise the name lexicon) with subject/object heuristics around the trigger
/// (active/passive voice, "by X" agents of passives and of object nouns, relative clauses on the subject, "in X",
/// a threat's "unless/if" condition).
/// Every rule is general (PLOVER, the CAMEO->PLOVER crosswalk, English grammar); the evaluation protocol that checks
/// this (a tuned half, an analysis quarter and a sealed quarter of the PLOVER gold sentences) is described in
/// src/Wirecheck.Eval/Events/README.md.
/// </summary>
public sealed class EventCoder
{
    private static readonly HashSet<string> BeForms = EventGrammar.Default.Set("be-form");
    private static readonly HashSet<string> Determiners = EventGrammar.Default.Set("determiner");
    private static readonly HashSet<string> LocPreps = EventGrammar.Default.Set("locative-preposition");
    private static readonly HashSet<string> ClauseStops = EventGrammar.Default.Set("clause-stop");
    private static readonly HashSet<string> CalendarWords = EventGrammar.Default.Set("calendar-word");
    /// <summary>Event types that are mostly domestic: an actor of unknown country is taken to share its recipient's country.</summary>
    private static readonly HashSet<string> DomesticTypes = EventGrammar.Default.Set("domestic-type");
    /// <summary>Event types whose unnamed perpetrator is coded with the event's place (local forces, people).</summary>
    private static readonly HashSet<string> UnattributedTypes = EventGrammar.Default.Set("unattributed-type");
    private static readonly HashSet<string> Pronouns = EventGrammar.Default.Set("pronoun");
    private static readonly HashSet<string> Skippable = EventGrammar.Default.Set("skippable");
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private readonly EventLexicon _lex;
    private readonly CountryNames _countries;

    public EventCoder(EventLexicon? lexicon = null, CountryNames? countries = null)
    {
        _lex = lexicon ?? EventLexicon.Default;
        _countries = countries ?? CountryNames.Default;
    }

    public EventLexicon Lexicon => _lex;

    /// <summary>Codes the sentence [start, end) of <paramref name="a"/>; returns its events, headline first.</summary>
    public List<CodedEvent> CodeSentence(Article a, int start, int end, int sentenceIndex = 0)
    {
        var words = WordScanner.Scan(a.Text, start, end);
        var events = new List<CodedEvent>();
        if (words.Count == 0) return events;
        var mentions = FindMentions(a, words, start, end);
        var matches = FindTriggers(a.Text, words, mentions);
        // unit-subject verbs ("troops left") are events only with a military-unit subject
        matches.RemoveAll(x => x.Pattern.UnitSubject && MilitarySubject(words, x.First) is null);
        if (matches.Count == 0) return events;

        bool sentenceReported = HasReportCue(words);
        var coded = new List<(CodedEvent Ev, Match M)>();
        foreach (var m in matches)
        {
            var ev = new CodedEvent
            {
                Type = m.Pattern.Type, Mode = m.Pattern.Mode, TriggerStart = words[m.First].Start, TriggerEnd = words[m.End - 1].End,
                TriggerId = m.Pattern.Id, FromVerb = m.Pattern.IsVerb || m.Light, Weight = m.Light ? Math.Max(2, m.Pattern.Weight) : m.Pattern.Weight, SentenceIndex = sentenceIndex,
            };
            SetModality(words, m, ev);
            if (IsSubordinate(words, m, coded.Count > 0)) ev.Weight = Math.Max(0, ev.Weight - 1);
            ev.Passive = m.Passive || ((m.Pattern.IsVerb || m.Light) && IsPassive(words, m));
            coded.Add((ev, m));
        }

        // "Croatian authorities are failing to uphold X, a rights group protested": a trailing attribution clause whose verb
        // is itself a verbal conflict event (protest, charge, deny, warn, demand) is the sentence's event; what it reports
        // ranks below it
        int trailing = TrailingSpeechAct(words, coded, out int trailingComma);
        if (trailing >= 0)
            for (int i = 0; i < coded.Count; i++)
                if (i == trailing)
                {
                    coded[i].Ev.Weight = 3;
                    // a protest voiced in an attribution is verbal disapproval, not a demonstration (CAMEO 111/114)
                    if (coded[i].Ev.Type == "PROTEST") { coded[i].Ev.Type = "ACCUSE"; coded[i].Ev.Mode = "disapprove"; }
                }
                else coded[i].Ev.Weight = Math.Max(0, coded[i].Ev.Weight - 2);

        // complements of governing verbs are folded into them
        var embedded = new HashSet<int>();
        for (int i = 0; i < coded.Count; i++)
        {
            var (gov, gm) = coded[i];
            if (!gm.Pattern.Governs || embedded.Contains(i)) continue;
            CodedEvent? first = null;
            int embeddedFirst = -1;
            for (int j = i + 1; j < coded.Count; j++)
            {
                var (_, cm) = coded[j];
                if (cm.First - gm.End > 10) break;
                if (HasBoundary(words, gm.End, cm.First)) break;
                embedded.Add(j);
                if (first is null) { first = coded[j].Ev; embeddedFirst = j; }
                gov.Absorbed.Add(coded[j].Ev.TriggerId);
            }
            // "pledged to stop kidnapping", "demanded an end to the shelling", "refused to halt attacks": the complement is
            // the cessation of an event, a de-escalation (PLOVER RETREAT; CAMEO 0356/1056/1246), not the event itself
            if (first is not null && IsCessation(words, gm.End, coded[embeddedFirst].M, coded, embeddedFirst))
            {
                if (gov.Mode is null && FindRule(gov.Type, "RETREAT", null) is { } cr) { gov.Type = cr.ResultType; gov.Mode = cr.ResultMode == "=" ? null : cr.ResultMode; }
                continue;
            }
            // "ordered patrols", "ordered the arrest of X": a directive whose direct object is an event noun is that event
            if (first is not null && gm.Pattern.Causative && coded[embeddedFirst].M is var om && IsDirectObject(words, mentions, gm.End, om.First))
            {
                gov.Type = first.Type;
                gov.Mode = first.Mode;
            }
            else if (first is not null && gov.Mode is null)
            {
                var rule = FindRule(gov.Type, first.Type, first.Mode);
                if (rule is not null) { gov.Type = rule.ResultType; gov.Mode = rule.ResultMode == "=" ? first.Mode : rule.ResultMode; }
            }
        }

        foreach (var (i, (ev, m)) in coded.Select((x, i) => (i, x)))
        {
            if (embedded.Contains(i)) continue;
            // "stop cooperating with", "suspended its aid", "ended the talks": the cessation of cooperation, aid or talks is a
            // reduction of relations (CAMEO 16: 160 reduce relations, 162 stop aid, 164 halt negotiations: SANCTION)
            if (CooperationTypes.Contains(ev.Type) && CessationBefore(words, m.First))
            { ev.Mode = ev.Type switch { "AID" => "discontinue", "CONSULT" => "withdraw", _ => null }; ev.Type = "SANCTION"; }
            // intentions and refusals
            DerivedRule? intent = null;
            if (ev.Negated) intent = FindRule("negated", ev.Type, ev.Mode);
            else if (ev.Future || ev.Hypothetical) intent = FindRule("future", ev.Type, ev.Mode);
            if (intent is not null) { ev.Type = intent.ResultType; ev.Mode = intent.ResultMode == "=" ? ev.Mode : intent.ResultMode; if (ev.Negated) ev.Negated = false; }
            // "troops arrived in X", "warships headed to Y": a visit verb whose subject is a military unit is a deployment
            // (MOBILIZE/troops), of peacekeepers the provision of peacekeeping (AID, crosswalk 074); not a visit
            if (ev.Type == "CONSULT" && ev.Mode == "visit" && m.Pattern.IsVerb && MilitarySubject(words, m.First) is { } peace)
            { ev.Type = peace ? "AID" : "MOBILIZE"; ev.Mode = peace ? null : "troops"; }
            // "sent two warships and 1,000 Marines to help with relief efforts": a deployment whose purpose is help or relief
            // is the provision of aid (crosswalk 073 humanitarian aid, 074 military protection), not a mobilisation
            if (ev.Type == "MOBILIZE" && ReliefPurpose(words, m.End)) { ev.Type = "AID"; ev.Mode = null; }
            // "expelled two diplomats" is the reduction of relations (CAMEO 166: SANCTION/expel); "expelled 40 migrant workers"
            // the expulsion of individuals (174: COERCE/deport): the object names no diplomatic or international mission
            if ((ev.Type, ev.Mode) is ("SANCTION", "expel") or ("COERCE", "deport")
                && words.Skip(m.First).Take(m.Pattern.Causative ? 5 : 1).Any(w => w.Lower.StartsWith("expel") || w.Lower.StartsWith("kick") || w.Lower.StartsWith("expulsion")))
            {
                bool mission = HasMissionNoun(words, m, ev.Passive);
                for (int k = m.First + 1; k < m.End && !mission; k++) mission = MissionNouns.Contains(words[k].Lower);
                (ev.Type, ev.Mode) = mission ? ("SANCTION", "expel") : ("COERCE", "deport");
            }
            if (ev.Mode is null) { ev.Mode = ModeFromCues(words, ev.Type); ev.ModeFromCue = ev.Mode is not null; }
            // "warplanes bombed", "drones struck", "police were deployed": the subject's means or force sets the mode
            // (crosswalk 195 aerial weapons, drone; 151/153 police power) over the verb's own ("bomb" = explosives)
            if (m.Pattern.IsVerb || m.Light)
            {
                if (ev.Type == "ASSAULT" && !ev.Passive && SubjectHas(words, m.First, DroneSubjects)) ev.Mode = "drone";
                else if (ev.Type == "ASSAULT" && !ev.Passive && SubjectHas(words, m.First, AircraftSubjects)) ev.Mode = "aerial";
                else if (ev.Type == "MOBILIZE" && SubjectHas(words, m.First, PoliceSubjects)) ev.Mode = "police";
            }
            ev.Reported = sentenceReported;
            FillArguments(a, words, mentions, m, ev, i == trailing ? trailingComma : -1);
            // "X killed one soldier and wounded two others": a verb coordinated with an earlier verb ("and" right before it,
            // no subject of its own) shares that verb's actor; the earlier verb's object is not its subject
            // "..., killing six": a participial clause after a comma has the main clause's subject as well
            bool participle = words[m.First].Lower.EndsWith("ing", StringComparison.Ordinal) && m.First >= 2 && words[m.First - 1].Lower == ",";
            if (ev.FromVerb && !ev.Passive && m.First >= 2 && (words[m.First - 1].Lower == "and" || participle)
                && events.LastOrDefault(e => e.FromVerb && !e.Passive && e.TriggerEnd <= words[m.First - 1].Start) is { } prevVerb
                && (prevVerb.Actors.Count > 0 || participle))
            {
                ev.Actors.Clear();
                ev.Actors.AddRange(prevVerb.Actors);
                ev.ActorFromPlace = prevVerb.ActorFromPlace;
                RemoveActors(ev.Recipients, ev.Actors);
            }
            // easing a restriction on one's own people or politicians (crosswalk 0811/0812: CONCEDE) rather than letting
            // in an outside party (086: RETREAT/access): actor and a non-place recipient of the same country
            if (!ev.Future && !ev.Hypothetical && ev.Actors.Count > 0 && ev.Recipients.Count > 0 && IsState(ev.Actors[0].Country)
                && ev.Recipients[0] is { IsPlace: false, IsPronoun: false } rc && rc.Country == ev.Actors[0].Country
                && FindRule("domestic", ev.Type, ev.Mode) is { } dom)
            { ev.Type = dom.ResultType; ev.Mode = dom.ResultMode == "=" ? ev.Mode : dom.ResultMode; }
            // "Britain protested to Dublin", "the government protested": a protest voiced by a state or its government is an
            // official complaint (CAMEO 114: ACCUSE/allege), not a demonstration (PLOVER PROTEST is civilian dissent)
            if (ev.Type == "PROTEST" && m.Pattern.IsVerb && words[m.First].Lower.StartsWith("protest", StringComparison.Ordinal) && ev.Actors.Count > 0
                && ev.Actors[0] is var pa && IsState(pa.Country) && (pa.Sector is "GOV" || (pa.IsPlace && _countries.Classify(a.Text[pa.Start..pa.End]) is { Kind: "name" or "capital" })))
            { ev.Type = "ACCUSE"; ev.Mode = "allege"; }
            // "shipyard workers launched a strike": a strike by working people (labour, education, health sectors) is a
            // walkout (CAMEO 143: PROTEST/strike), not a military strike
            if (ev.Type == "ASSAULT" && ev.Actors.Count > 0 && ev.Actors[0].Sector is { } sec && LabourSectors.Contains(sec) && HasStrikeNoun(words, m))
            { ev.Type = "PROTEST"; ev.Mode = "strike"; }
            // "U.N. weapons inspectors visited a palace": a visit by inspectors or investigators is an inspection (crosswalk
            // 090: ACCUSE/investigate), not a diplomatic visit
            if ((ev.Type, ev.Mode) is ("CONSULT", "visit") && m.Pattern.IsVerb && SubjectHas(words, m.First, InspectorSubjects))
            { ev.Type = "ACCUSE"; ev.Mode = "investigate"; }
            // "a Beijing court jailed a dissident for 11 years": imprisonment by a court is a sentence (CAMEO 173 -> the 0.5b1
            // SANCTION/convict of court sentences), not an arrest
            if ((ev.Type, ev.Mode) is ("COERCE", "arrest") && m.Pattern.IsVerb && words[m.First].Lower is var jw && (jw.StartsWith("jail") || jw.StartsWith("imprison"))
                && ((ev.Actors.Count > 0 && ev.Actors[0].Sector == "JUD") || SubjectHas(words, m.First, CourtSubjects)))
            { ev.Type = "SANCTION"; ev.Mode = "convict"; }
            // "Peruvian police captured the rebel leader": a capture by police is an arrest (CAMEO 173: COERCE/arrest); the
            // PLOVER manual's ASSAULT/abduct is for combatants captured in fighting
            if ((ev.Type, ev.Mode) is ("ASSAULT", "abduct") && m.Pattern.IsVerb && words[m.First].Lower.StartsWith("captur", StringComparison.Ordinal)
                && ((ev.Actors.Count > 0 && ev.Actors[0].Sector == "COP") || SubjectHas(words, m.First, PoliceSubjects)))
            { ev.Type = "COERCE"; ev.Mode = "arrest"; }
            ev.AttributedTo = QuoteAround(a, ev.TriggerStart);
            if (ev.AttributedTo is not null) ev.Reported = true;
            ev.Date = DateOf(a, words, start, end);
            events.Add(ev);
        }

        // one event per type and sentence: the strongest trigger keeps the others' mode and arguments
        var merged = new List<CodedEvent>();
        foreach (var ev in events.OrderByDescending(e => e.Weight).ThenBy(e => e.TriggerStart))
        {
            var same = merged.Find(x => x.Type == ev.Type);
            if (same is null) { merged.Add(ev); continue; }
            // "12 people were wounded when Israeli troops opened fire": the other trigger's named actor and its own mode
            // outrank an actor taken from the event's place and a mode taken from a cue word elsewhere ("stone-throwing")
            // (only a verb in the active voice whose subject is not the kept event's recipient)
            bool activeVerb = ev.FromVerb && !ev.Passive;
            if (same.ModeFromCue && ev.Mode is not null && !ev.ModeFromCue && activeVerb && !SpecificModes.Contains(same.Mode!)) { same.Mode = ev.Mode; same.ModeFromCue = false; }
            same.Mode ??= ev.Mode;
            if (same.ActorFromPlace && ev.Actors.Count > 0 && !ev.ActorFromPlace && activeVerb)
            {
                same.Actors.Clear();
                same.ActorFromPlace = false;
                RemoveActors(same.Recipients, ev.Actors);
            }
            if (same.Actors.Count == 0) same.Actors.AddRange(ev.Actors);
            if (same.Recipients.Count == 0) same.Recipients.AddRange(ev.Recipients);
            same.Location ??= ev.Location;
            same.Absorbed.Add(ev.TriggerId);
        }
        // a protest, strike or boycott whose target the sentence does not name (after merging) is directed at the actor's
        // own authorities (civilian dissent, PLOVER PROTEST): the recipient is the actor's country, as its place when the
        // sentence has one there
        foreach (var ev in merged)
            if (ev.Type == "PROTEST" && ev.Recipients.Count == 0 && ev.Actors.Count > 0 && IsState(ev.Actors[0].Country))
                ev.Recipients.Add(ev.Location is { } pl && pl.Country == ev.Actors[0].Country ? pl : ev.Actors[0]);
        return merged;
    }

    /// <summary>
    /// The complement right after a governing verb is the cessation of its first event: a cessation word
    /// (data/events/grammar.tsv list cessation) between the verb and the event's trigger ("to stop kidnapping", "an end
    /// to attacks"), the trigger itself is a cessation verb ("halt") followed in the same clause by a conflict event, or
    /// a sanction verb whose object is the subject's own ("to freeze its programme").
    /// </summary>
    private static bool IsCessation(List<Word> words, int govEnd, Match first, List<(CodedEvent Ev, Match M)> coded, int firstIndex)
    {
        for (int k = govEnd; k < first.First; k++) if (Cessation.Contains(words[k].Lower)) return ConflictTypes.Contains(coded[firstIndex].Ev.Type);
        // "agreed to freeze its nuclear programme", "offered to suspend their operations": a sanction verb on the
        // subject's own activity is self-restraint, not a measure against another party
        if (coded[firstIndex].Ev.Type == "SANCTION" && first.End < words.Count && words[first.End].Lower is "its" or "their" or "his" or "her" or "our") return true;
        if (!Cessation.Contains(words[first.First].Lower) || first.End - first.First != 1) return false;
        if (firstIndex + 1 >= coded.Count) return false;
        var next = coded[firstIndex + 1];
        return next.M.First - first.End <= 4 && !HasBoundary(words, first.End, next.M.First) && ConflictTypes.Contains(next.Ev.Type);
    }

    /// <summary>
    /// The index of a trailing attribution verb that is itself the event (", a human rights group protested here
    /// Wednesday."): the last trigger, a verb of a speech-act type (data/events/grammar.tsv list speech-act-type), not
    /// negated, after ", SUBJECT" with no other verb between, followed by nothing but adjuncts (no "that"/"to" complement,
    /// no comma), with an event of another trigger before the comma. -1 if none.
    /// </summary>
    private static int TrailingSpeechAct(List<Word> words, List<(CodedEvent Ev, Match M)> coded, out int comma)
    {
        comma = -1;
        if (coded.Count < 2) return -1;
        int last = coded.Count - 1;
        var (ev, m) = coded[last];
        if (!m.Pattern.IsVerb || m.Light || ev.Negated || ev.Future || ev.Hypothetical || !SpeechActTypes.Contains(ev.Type)) return -1;
        var form = words[m.First].Lower;
        if (form.EndsWith("ing")) return -1;
        // of the protest verbs only "protest" itself is a speech verb ("…, thousands marched" is a demonstration)
        if (ev.Type == "PROTEST" && !form.StartsWith("protest", StringComparison.Ordinal)) return -1;
        // nothing but adjuncts after it
        for (int k = m.End; k < words.Count; k++)
        {
            var w = words[k].Lower;
            if (w is "that" or "to" or "," or ";" or ":" or "and" or "but") return -1;
        }
        // ", SUBJECT VERB": a comma within eight words before, the words between a subject phrase (no clause word)
        for (int k = m.First - 1, n = 0; k >= 0 && n < 8; k--, n++)
        {
            var w = words[k];
            if (w.Lower == ",") { comma = k; break; }
            if (w.IsPunct && w.Lower is not ("-" or "'s" or "." or "(" or ")")) return -1;
            if (ClauseStops.Contains(w.Lower) || w.Lower is "that" or "to") return -1;
        }
        if (comma < 1 || comma == m.First - 1) { comma = -1; return -1; }
        // a material act reported by a speaker is coded as the act, the speaker being its source ("agents abused
        // immigrants, a rights group charged"); only a verbal or omitted act makes the speech act the event (a material
        // event noun is an object there: "refusing to investigate the killings")
        for (int i = 0; i < last; i++)
            if (coded[i].M.End > comma || (MaterialTypes.Contains(coded[i].Ev.Type) && (coded[i].M.Pattern.IsVerb || coded[i].M.Light))) { comma = -1; return -1; }
        return last;
    }

    /// <summary>Words [from, to) are only determiners and modifiers: no mention, preposition, "to" or punctuation.</summary>
    private static bool IsDirectObject(List<Word> words, List<ActorMention> mentions, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            var w = words[k];
            if ((w.IsPunct && w.Lower != "-") || LightStops.Contains(w.Lower) || Pronouns.Contains(w.Lower) && !Determiners.Contains(w.Lower)) return false;
            foreach (var m in mentions) if (k >= m.FirstWord && k < m.EndWord) return false;
        }
        return true;
    }

    private DerivedRule? FindRule(string when, string type, string? mode)
    {
        foreach (var r in _lex.Derived)
            if (r.When == when && r.EmbeddedType == type && (r.EmbeddedMode == "*" || r.EmbeddedMode == mode || (r.EmbeddedMode == "-" && mode is null))) return r;
        return null;
    }

    // ---------------------------------------------------------------- triggers

    /// <summary>A trigger occurrence: words [First, End); Light = a light verb followed by the pattern's noun ("staged a protest").</summary>
    /// <summary>Passive = the passive of a verb-object pattern, object first ("troops were moved", "ties were severed").</summary>
    private readonly record struct Match(int First, int End, TriggerPattern Pattern, bool Light = false, bool Passive = false);

    private List<Match> FindTriggers(string text, List<Word> words, List<ActorMention> mentions)
    {
        var found = new List<Match>();
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].IsPunct || !_lex.TriggersByFirstWord.TryGetValue(words[i].Lower, out var list)) continue;
            if (InsideMention(mentions, i)) continue;
            // a capitalised word inside a capitalised run is part of a name ("Ceasefire Violations Committee")
            if (words[i].IsCapitalized && i > 0 && (words[i - 1].IsCapitalized || (i + 1 < words.Count && words[i + 1].IsCapitalized))) continue;
            // the object noun of a light verb ("staged mass demonstrations", "issued an ultimatum"): noun readings first
            int light = LightVerbBefore(words, i, found);
            bool matched = false;
            for (int pass = light >= 0 ? 0 : 1; pass < 2 && !matched; pass++)
                foreach (var p in list)
                {
                    if (pass == 0 && p.IsVerb) continue;
                    int e = MatchAt(words, p, 0, i);
                    if (e < 0) continue;
                    if (p.IsVerb && i > 0 && Determiners.Contains(words[i - 1].Lower) && !words[i].Lower.EndsWith("ing")) continue; // "the attack": a noun
                    if (p.IsVerb && i > 0 && words[i - 1].Lower == "'s" && !words[i].Lower.EndsWith("ing")) continue; // "Cuba's call for": a noun
                    // "drought-stricken", "rebel-held", "flood-hit": a participle closing a hyphenated compound is an adjective
                    if (p.IsVerb && i > 0 && words[i - 1].Lower == "-" && IsParticipleForm(words[i].Lower)) continue;
                    // "would strike U.S. bases", "to strike": after a modal or "to" the word is a verb, not the noun reading
                    if (!p.IsVerb && i > 0 && (Modals.Contains(words[i - 1].Lower) || (words[i - 1].Lower == "to" && !words[i].Lower.EndsWith('s')))
                        && list.Exists(q => q.IsVerb && MatchAt(words, q, 0, i) > i)) continue;
                    if (p.IsVerb && i > 0 && NounPreps.Contains(words[i - 1].Lower) && !words[i].Lower.EndsWith("ing")) continue; // "ministry of finance", "in return"
                    if (p.IsVerb && p.Slots.Count == 1 && IsAdjectivalParticiple(words, i)) continue; // "and captured documents"
                    if (p.IsVerb && IsPluralNounForm(words, i)) continue; // "in Turkish jails", "three attacks"
                    // a noun trigger modifying an actor noun is part of a name for the actor: "riot police", "aid workers"
                    if (pass == 1 && e < words.Count && SectorNounAt(words, e) is not null && (!p.IsVerb || IsNounModifierPosition(text, words, mentions, i, e))) continue;
                    var chosen = p;
                    // "opened fire across the border": a fixed phrase ("open fire") that the gapped pattern does not start
                    // with ("open * border") is the reading (a gap never swallows the word that completes a fixed phrase)
                    if (pass == 1 && p.Slots.Contains(null))
                        foreach (var q in list)
                        {
                            if (q == p || q.Slots.Count < 2 || q.Slots.Contains(null) || q.IsVerb != p.IsVerb || IsPrefixOf(q, p)) continue;
                            int qe = MatchAt(words, q, 0, i);
                            if (qe > 0) { chosen = q; e = qe; break; }
                        }
                    found.Add(pass == 0 ? new Match(light, e, p, Light: true) : new Match(i, e, chosen));
                    matched = true;
                    break;
                }
        }
        PassivePatterns(words, found);
        if (found.Count > 1) found.RemoveAll(m => IsSetting(words, m) && found.Exists(o => !IsSetting(words, o)));
        // non-overlapping, longest first at each start, earlier start wins
        found.Sort((x, y) => x.First != y.First ? x.First.CompareTo(y.First) : (y.End - y.First).CompareTo(x.End - x.First));
        var result = new List<Match>();
        int lastEnd = -1;
        foreach (var m in found)
        {
            if (m.First < lastEnd) continue;
            result.Add(m);
            lastEnd = m.End;
        }
        return result;
    }

    /// <summary>Nouns of diplomats and international missions (data/events/grammar.tsv list mission-noun).</summary>
    private static readonly HashSet<string> MissionNouns = EventGrammar.Default.Set("mission-noun");

    /// <summary>
    /// Whether the expelled party is a diplomatic or international mission: a mission noun in the object (active: the
    /// words after the trigger up to the clause's end, at most eight) or in the subject (passive: the words before it).
    /// </summary>
    private static bool HasMissionNoun(List<Word> words, Match m, bool passive)
    {
        if (passive)
        {
            for (int k = m.First - 1, n = 0; k >= 0 && n < 8; k--, n++)
            {
                if (words[k].IsPunct && words[k].Lower != "-") break;
                if (MissionNouns.Contains(words[k].Lower)) return true;
            }
            return false;
        }
        for (int k = m.End, n = 0; k < words.Count && n < 8; k++, n++)
        {
            var w = words[k].Lower;
            if ((words[k].IsPunct && w != "-") || ClauseStops.Contains(w)) break;
            if (MissionNouns.Contains(w)) return true;
        }
        return false;
    }

    /// <summary>PLOVER cooperation types whose cessation reduces relations (data/events/grammar.tsv list cooperation-type).</summary>
    private static readonly HashSet<string> CooperationTypes = EventGrammar.Default.Set("cooperation-type");

    /// <summary>A cessation verb right before the trigger, at most a determiner or possessive between ("stop cooperating", "suspended its aid").</summary>
    private static bool CessationBefore(List<Word> words, int first)
    {
        int k = first - 1;
        if (k >= 0 && (Determiners.Contains(words[k].Lower) || words[k].Lower is "all" or "further")) k--;
        return k >= 0 && Cessation.Contains(words[k].Lower);
    }

    private static readonly HashSet<string> LabourSectors = EventGrammar.Default.Set("labour-sector");

    private static bool HasStrikeNoun(List<Word> words, Match m)
    {
        for (int k = m.First; k < m.End; k++) if (words[k].Lower is "strike" or "strikes") return true;
        return false;
    }

    /// <summary>Prepositions whose noun object is the setting of the clause's event ("during active combat", "amid shelling").</summary>
    private static readonly HashSet<string> SettingPreps = EventGrammar.Default.Set("setting-preposition");

    /// <summary>
    /// A noun trigger that is the object of a setting preposition, with at most two modifiers between
    /// ("detained during active combat"): the circumstance of another event in the sentence, not an event itself.
    /// </summary>
    private static bool IsSetting(List<Word> words, Match m)
    {
        if (m.Pattern.IsVerb && !words[m.First].Lower.EndsWith("ing")) return false;
        if (m.Light || m.Passive) return false;
        for (int k = m.First - 1; k >= 0 && m.First - k <= 3; k--)
        {
            if (SettingPreps.Contains(words[k].Lower)) return true;
            if (words[k].IsPunct || ClauseStops.Contains(words[k].Lower) || BeForms.Contains(words[k].Lower)) return false;
        }
        return false;
    }

    /// <summary>
    /// The passive of a "VERB * NOUN" pattern: the pattern's noun (or its plural) at most three words before a "be"
    /// form, then the verb's participle ("thousands of troops were moved to", "diplomatic ties were severed"). Such a
    /// match spans noun..participle and wins over the noun's or the verb's own reading.
    /// </summary>
    private void PassivePatterns(List<Word> words, List<Match> found)
    {
        for (int i = 1; i + 1 < words.Count; i++)
        {
            if (!BeForms.Contains(words[i].Lower) || words[i].Lower == "'s") continue;
            int v = i + 1;
            while (v < words.Count && (IsAdverb(words[v]) || words[v].Lower is "been" or "being")) v++;
            if (v >= words.Count || words[v].Lower.EndsWith("ing") || !_lex.TriggersByFirstWord.TryGetValue(words[v].Lower, out var list)) continue;
            foreach (var p in list)
            {
                if (!p.IsVerb || p.Slots.Count != 3 || p.Slots[1] is not null || p.Slots[2] is not { } noun) continue;
                int n = -1;
                for (int k = i - 1; k >= 0 && i - k <= 3; k--)
                {
                    if (words[k].IsPunct && words[k].Lower != "-") break;
                    if (noun.Contains(words[k].Lower)) { n = k; break; }
                }
                if (n < 0) continue;
                found.Add(new Match(n, v + 1, p, Passive: true));
                break;
            }
        }
    }

    /// <summary>Verb particles that may follow the object ("called it off"); not "in"/"over", which are also prepositions.</summary>
    private static readonly HashSet<string> Particles = EventGrammar.Default.Set("particle");

    /// <summary>Prepositions after which a bare or -s verb form is a noun ("ministry of finance", "in return for").</summary>
    private static readonly HashSet<string> NounPreps = EventGrammar.Default.Set("noun-preposition");

    /// <summary>
    /// A one-word verb trigger in its bare form at the start of a noun phrase (sentence start, after a determiner or a
    /// demonym or other placed actor word) before an actor noun is a noun modifier: "Riot police fired", "Israeli attack helicopters".
    /// </summary>
    private bool IsNounModifierPosition(string text, List<Word> words, List<ActorMention> mentions, int i, int e)
    {
        if (e != i + 1) return false;
        var w = words[i].Lower;
        if (w.EndsWith("ed") || w.EndsWith("ing") || (w.EndsWith('s') && !w.EndsWith("ss"))) return false;
        if (i == 0) return true;
        var prev = words[i - 1];
        // after a country word used as an adjective ("Israeli attack helicopters", "U.S. attack jets"); after any other actor
        // phrase the word is its verb: "Egyptian police beat demonstrators", "Arafat met President Mubarak"
        return Determiners.Contains(prev.Lower) || mentions.Exists(x => x.EndWord == i && !x.IsPlace && !x.IsPronoun && x.Country is not null
            && _countries.TryMatch(text, words, x.FirstWord, i, out var hit) && hit.End == i);
    }

    /// <summary>Words that end the object phrase between a light verb and its noun.</summary>
    private static readonly HashSet<string> LightStops = EventGrammar.Default.Set("light-stop");

    /// <summary>
    /// The index of a light verb (data/events/light-verbs.tsv) governing the noun at <paramref name="noun"/> as its
    /// object: at most five modifier words between (determiners, possessives, adjectives, numbers, hyphens, a verb
    /// particle "out"/"up"), no preposition, conjunction or punctuation, and no trigger of its own; -1 if none.
    /// </summary>
    private int LightVerbBefore(List<Word> words, int noun, List<Match> found)
    {
        for (int j = noun - 1, n = 0; j >= 0 && n < 6; j--, n++)
        {
            var w = words[j];
            if (_lex.LightVerbs.ContainsKey(w.Lower) && !w.IsCapitalized || (j == 0 && _lex.LightVerbs.ContainsKey(w.Lower)))
            {
                // "continuing protests", "mounting pressure": a participle used as an adjective
                if (j + 1 == noun && words[j].Lower.EndsWith("ing") && ParticipleLightVerbs.Contains(_lex.LightVerbs[w.Lower])) return -1;
                foreach (var f in found) if (f.First >= j && f.First < noun) return -1;
                return j;
            }
            if (w.IsPunct && w.Lower is not ("-" or "'s")) return -1;
            if (LightStops.Contains(w.Lower) || ClauseStops.Contains(w.Lower) || Pronouns.Contains(w.Lower) && !Determiners.Contains(w.Lower)) return -1;
            if (BeForms.Contains(w.Lower) && w.Lower != "'s") return -1;
        }
        return -1;
    }

    /// <summary>Light verbs whose -ing form before the noun is an adjective ("continuing protests", "mounting pressure").</summary>
    private static readonly HashSet<string> ParticipleLightVerbs = EventGrammar.Default.Set("participle-light-verb");
    /// <summary>Particles that end a "*" gap of a trigger pattern ("called the strike off on" is not "call * on").</summary>
    private static readonly HashSet<string> GapEndParticles = EventGrammar.Default.Set("gap-end-particle");
    /// <summary>Adverbs between a "be" auxiliary and a passive participle ("was reportedly detained").</summary>
    private static readonly HashSet<string> PassiveAdverbs = EventGrammar.Default.Set("passive-adverb");

    /// <summary>Numbers and quantifiers before a plural noun ("three attacks", "several raids").</summary>
    private static readonly HashSet<string> Quantifiers = EventGrammar.Default.Set("quantifier");
    /// <summary>Words that make a complement the cessation of an event ("to stop", "an end to").</summary>
    private static readonly HashSet<string> Cessation = EventGrammar.Default.Set("cessation");
    /// <summary>Event types whose cessation is a de-escalation (RETREAT).</summary>
    private static readonly HashSet<string> ConflictTypes = EventGrammar.Default.Set("conflict-type");

    /// <summary>Event types of verbs that are speech acts themselves when they report a clause ("…, rebels charged").</summary>
    private static readonly HashSet<string> SpeechActTypes = EventGrammar.Default.Set("speech-act-type");
    /// <summary>PLOVER material cooperation and conflict types (not verbal).</summary>
    private static readonly HashSet<string> MaterialTypes = EventGrammar.Default.Set("material-type");

    /// <summary>Nouns of military units (not of officers): "troops", "warships", "battalion".</summary>
    private static readonly HashSet<string> MilitaryUnits = EventGrammar.Default.Set("military-unit");

    private static readonly HashSet<string> FunctionWords = EventGrammar.Default.Set("function-word");

    /// <summary>
    /// An -s form that is a plural noun, not a verb: after a number or quantifier ("three attacks", "several raids"), or
    /// after a name or demonym that itself follows a determiner or preposition ("in Turkish jails", "the Israeli raids").
    /// </summary>
    private static bool IsPluralNounForm(List<Word> words, int i)
    {
        var w = words[i].Lower;
        if (i == 0 || !w.EndsWith('s') || w.EndsWith("ss") || w.EndsWith("'s")) return false;
        if (BeForms.Contains(w) || w is "has" or "does") return false; // auxiliaries are never plural nouns
        var prev = words[i - 1];
        if (Quantifiers.Contains(prev.Lower) || (prev.Lower.Length > 0 && char.IsDigit(prev.Lower[0]))) return true;
        // "bowed to opposition demands", "talks over border raids", "to meet strikers demands": a preposition (not "of",
        // whose noun may end a subject phrase) or "to" and one lower-case word before the -s form: a noun phrase
        if (i >= 2 && !prev.IsCapitalized && !prev.IsPunct && prev.Lower.Length > 2 && !FunctionWords.Contains(prev.Lower) && !Determiners.Contains(prev.Lower)
            && !prev.Lower.EndsWith("ly") && !prev.Lower.EndsWith("ed") && !BeForms.Contains(prev.Lower)
            && words[i - 2].Lower is var pp && pp != "of" && (NounPreps.Contains(pp) || pp == "to"))
            return true;
        // "that" before a name is the complementiser of a clause whose subject is the name ("said that Israel attacks")
        return prev.IsCapitalized && i >= 2 && ((Determiners.Contains(words[i - 2].Lower) && words[i - 2].Lower != "that") || NounPreps.Contains(words[i - 2].Lower));
    }

    // "reports and captured documents": an -ed form after "and" followed directly by a common noun is an adjective
    private static bool IsAdjectivalParticiple(List<Word> words, int i)
    {
        var w = words[i].Lower;
        if (!w.EndsWith("ed") || i + 1 >= words.Count) return false;
        // "Jailed activists have refused ...": a participle opening the sentence before a common noun
        if (i == 0 || (i == 1 && words[0].IsPunct))
        {
            var nx = words[i + 1];
            return !nx.IsPunct && !nx.IsCapitalized && !FunctionWords.Contains(nx.Lower) && !nx.Lower.EndsWith("ly") && !BeForms.Contains(nx.Lower) && !char.IsDigit(nx.Lower[0]);
        }
        if (words[i - 1].Lower == "-") return true; // "Israeli-occupied"
        if (words[i - 1].Lower is not ("and" or "or")) return false;
        var next = words[i + 1];
        return !next.IsPunct && !next.IsCapitalized && !FunctionWords.Contains(next.Lower) && !next.Lower.EndsWith("ly") && !char.IsDigit(next.Lower[0]);
    }

    private static readonly HashSet<string> Modals = EventGrammar.Default.Set("modal");
    private static readonly HashSet<string> IrregularParticiples = EventGrammar.Default.Set("participle-adjective");

    /// <summary>A past participle form: -ed, -en, or an irregular one of grammar.tsv list participle-adjective ("hit", "held").</summary>
    private static bool IsParticipleForm(string w) => w.EndsWith("ed", StringComparison.Ordinal) || (w.Length > 4 && w.EndsWith("en", StringComparison.Ordinal)) || IrregularParticiples.Contains(w);

    /// <summary>Whether the fixed pattern <paramref name="q"/> is the start of <paramref name="p"/> ("hand over" of "hand over * weapons").</summary>
    private static bool IsPrefixOf(TriggerPattern q, TriggerPattern p)
    {
        if (q.Slots.Count > p.Slots.Count) return false;
        for (int k = 0; k < q.Slots.Count; k++)
            if (p.Slots[k] is not { } ps || !ps.SetEquals(q.Slots[k]!)) return false;
        return true;
    }

    private static int MatchAt(List<Word> words, TriggerPattern p, int slot, int i)
    {
        if (slot == p.Slots.Count) return i;
        var set = p.Slots[slot];
        if (set is null)
        {
            // up to four words; a hyphenated compound ("day-old") counts as one
            for (int skip = 0, hyphens = 0; ; skip++)
            {
                int j = i + skip;
                if (j > words.Count) break;
                if (skip > 0 && words[j - 1].Lower == "-") hyphens++;
                if (skip > 4 + 2 * hyphens || hyphens > 2) break;
                if (skip > 0 && words[j - 1].IsPunct && words[j - 1].Lower is not ("-" or "$" or "£" or "€" or "'" or "'s")) break; // a possessive may sit inside a gap ("the strikers' demands")
                if (skip > 0 && GapEndParticles.Contains(words[j - 1].Lower)) break; // "called the strike off on …" is not "call * on"
                int e = MatchAt(words, p, slot + 1, j);
                if (e >= 0) return e;
            }
            return -1;
        }
        if (i >= words.Count) return -1;
        // an adverb between a verb and its particle or preposition ("pushed hard for", "called again for")
        if (!set.Contains(words[i].Lower) && slot > 0 && p.IsVerb && p.Slots[slot - 1] is not null && IsAdverb(words[i])
            && i + 1 < words.Count && set.Contains(words[i + 1].Lower)) i++;
        // a separable phrasal verb: the particle after a short object ("called the strike off", "turned the offer down")
        if (!set.Contains(words[i].Lower) && slot == 1 && slot + 1 == p.Slots.Count && p.IsVerb && set.Count == 1 && Particles.Contains(set.First()))
        {
            for (int k = i; k < words.Count && k - i < 4; k++)
            {
                var w = words[k];
                if (set.Contains(w.Lower)) return k > i ? k + 1 : -1;
                if (w.IsPunct && w.Lower != "-" || LightStops.Contains(w.Lower) || ClauseStops.Contains(w.Lower) || Particles.Contains(w.Lower)) break;
            }
        }
        if (!set.Contains(words[i].Lower)) return -1;
        return MatchAt(words, p, slot + 1, i + 1);
    }

    private static readonly HashSet<string> PlainAdverbs = EventGrammar.Default.Set("plain-adverb");

    private static bool IsAdverb(Word w) => !w.IsPunct && !w.IsCapitalized && (PlainAdverbs.Contains(w.Lower) || (w.Lower.Length > 4 && w.Lower.EndsWith("ly")));

    private static bool InsideMention(List<ActorMention> mentions, int wi)
    {
        foreach (var m in mentions) if (!m.IsPronoun && wi >= m.FirstWord && wi < m.EndWord && m.EndWord - m.FirstWord > 1) return true;
        return false;
    }

    private static bool HasBoundary(List<Word> words, int from, int to)
    {
        for (int k = from; k < to && k < words.Count; k++)
        {
            var w = words[k];
            if (w.IsPunct && w.Lower is "," or ";" or ":" or "(" or ")" or "." or "!" or "?") return true;
            if (ClauseStops.Contains(w.Lower)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> Subordinators = EventGrammar.Default.Set("subordinator");

    /// <summary>
    /// A trigger in a subordinate clause ("as the opposition threatened…", "…, suspending"), or a purpose
    /// infinitive / prepositional gerund after an earlier event ("…blocked roads to press demands", "in demanding")
    /// ranks below the main clause's events.
    /// </summary>
    private bool IsSubordinate(List<Word> words, Match m, bool earlierEvent)
    {
        for (int k = m.First - 1; k >= 0; k--)
        {
            var w = words[k];
            if (w.IsPunct && w.Lower is "," or ";" or ":" or "(" or "-") break;
            if (Subordinators.Contains(w.Lower)) return true;
        }
        if (m.First > 0)
        {
            var prev = words[m.First - 1].Lower;
            if (earlierEvent && prev is "to" or "in" or "by" or "for") return true;
            if (prev == "," && words[m.First].Lower.EndsWith("ing")) return true;
            // a participial adjunct after the main clause's event ("took to the streets of Jakarta demanding …",
            // "marched through the capital chanting …"), not a progressive ("were demanding")
            // (after a people noun it is a reduced relative clause on that noun: "demonstrators protesting the result")
            if (earlierEvent && words[m.First].Lower.EndsWith("ing") && !BeForms.Contains(prev) && !Skippable.Contains(prev) && prev is not ("to" or "of")
                && SectorNounAt(words, m.First - 1) is null && !prev.EndsWith("ers") && !prev.EndsWith("ors") && !prev.EndsWith("ists")) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- modality

    private void SetModality(List<Word> words, Match m, CodedEvent ev)
    {
        int from = m.First;
        int lo = from;
        while (lo > 0 && from - lo < 5 && !words[lo - 1].IsPunct && !ClauseStops.Contains(words[lo - 1].Lower) && words[lo - 1].Lower != "that") lo--;
        // also words inside the trigger (e.g. "threatened to" is not negation, but "did not" before it is)
        ev.Negated = AnyCue(words, lo, from, _lex.Negation) || AnyNt(words, lo, from);
        ev.Future = AnyCue(words, lo, from, _lex.Future);
        ev.Hypothetical = AnyCue(words, lo, from, _lex.Hypothetical);
    }

    private static bool AnyNt(List<Word> words, int lo, int hi)
    {
        for (int k = lo; k < hi; k++) if (words[k].Lower.EndsWith("n't")) return true;
        return false;
    }

    private static bool AnyCue(List<Word> words, int lo, int hi, List<string[]> cues)
    {
        foreach (var cue in cues)
            for (int k = lo; k + cue.Length <= hi; k++)
            {
                bool ok = true;
                for (int c = 0; c < cue.Length && ok; c++) ok = words[k + c].Lower == cue[c];
                if (ok) return true;
            }
        return false;
    }

    private bool HasReportCue(List<Word> words)
    {
        foreach (var w in words)
            if (_lex.ReportFirstWords.Contains(w.Lower)) return AnyCue(words, 0, words.Count, _lex.Report);
        return false;
    }

    /// <summary>
    /// "by attacking X", "by sending troops": "by" before a gerund opens a means adjunct, not the agent of a passive (X is
    /// the object of the gerund).
    /// </summary>
    private static bool IsMeansBy(List<Word> words, int by) =>
        by + 1 < words.Count && words[by + 1] is { IsCapitalized: false, IsPunct: false } g && g.Lower.Length > 5 && g.Lower.EndsWith("ing");

    private static bool IsPassive(List<Word> words, Match m)
    {
        var form = words[m.First].Lower;
        if (form.EndsWith("ing") || (form.EndsWith('s') && !form.EndsWith("ss"))) return false;
        int after = m.End;
        if (after < words.Count && words[after].Lower == "by" && !IsMeansBy(words, after)) return true;
        for (int k = m.First - 1, n = 0; k >= 0 && n < 3; k--, n++)
        {
            var w = words[k].Lower;
            if (BeForms.Contains(w) && w != "'s") return true;
            if (!(w.EndsWith("ly") || PassiveAdverbs.Contains(w))) break;
        }
        return false;
    }

    private string? ModeFromCues(List<Word> words, string type)
    {
        int bestRank = int.MaxValue;
        string? mode = null;
        for (int k = 0; k < words.Count; k++)
        {
            if (!_lex.ModeCuesByFirstWord.TryGetValue(words[k].Lower, out var list)) continue;
            foreach (var (rank, cue) in list)
            {
                if (rank >= bestRank || cue.Type != type || k + cue.Words.Count > words.Count) continue;
                bool ok = true;
                for (int c = 1; c < cue.Words.Count && ok; c++) ok = cue.Words[c].Contains(words[k + c].Lower);
                if (ok) { bestRank = rank; mode = cue.Mode; }
            }
        }
        return mode;
    }

    // ---------------------------------------------------------------- actors

    /// <summary>Actor mentions of the sentence: entity mentions first, then names from the lexicon where no entity is.</summary>
    public List<ActorMention> FindMentions(Article a, List<Word> words, int start, int end)
    {
        var result = new List<ActorMention>();
        foreach (var e in a.Entities)
        {
            foreach (var m in e.Mentions)
            {
                if (m.Start < start || m.End > end) continue;
                int fw = WordAt(words, m.Start), ew = WordEndAt(words, m.End);
                if (fw < 0 || ew <= fw) continue;
                int mStart = m.Start;
                // "South Sudanese troops", "Equatorial Guinean": a country name or demonym the entity mention cut short
                // (it starts inside the name) is widened to the whole name, whose country it is
                string? cutShort = null;
                for (int back = 1; back <= 2 && fw - back >= 0; back++)
                    if (_countries.TryMatch(a.Text, words, fw - back, ew, out var wider) && wider.End > fw && wider.Kind is "name" or "demonym")
                    { cutShort = wider.Iso3; mStart = words[fw - back].Start; fw -= back; break; }
                // "Northern | Irish police": a named actor of actors.tsv that starts just before the mention and ends inside it
                for (int back = 1; cutShort is null && back <= 2 && fw - back >= 0; back++)
                    if (_lex.ActorsByFirstWord.TryGetValue(words[fw - back].Lower, out var cands))
                        foreach (var na in cands)
                        {
                            int naEnd = fw - back + na.Words.Count;
                            if (na.Code is null || naEnd <= fw || naEnd > ew) continue;
                            bool ok = true;
                            for (int k = 0; k < na.Words.Count && ok; k++) ok = words[fw - back + k].Lower == na.Words[k];
                            if (ok) { cutShort = na.Code; mStart = words[fw - back].Start; fw -= back; break; }
                        }
                var lower = words[fw].Lower;
                bool pronoun = ew - fw == 1 && Pronouns.Contains(lower);
                // "the Chilean government", "Chinese": a place's name used for its government or people is not a place
                bool place = (e.Type is EntityType.GPE or EntityType.LOC or EntityType.FAC) && !HasSectorNoun(words, fw, ew) && !IsDemonymRun(a.Text, words, fw, ew);
                // "Somali", "the Somali foreign minister": a demonym is its country's (gazetteer country data), before a
                // geocoded place of the same name (the Somali Region of Ethiopia)
                var demonym = cutShort ?? ((e.Type is EntityType.GPE or EntityType.LOC or EntityType.NORP) && _countries.TryMatch(a.Text, words, fw, ew, out var dh) && dh.Kind == "demonym" ? dh.Iso3 : null);
                var country = demonym ?? e.Country ?? LexiconCode(a.Text, words, fw, ew) ?? NamedActorAround(words, fw, ew) ?? TitleChainCountry(a, e)
                    ?? (e.Type == EntityType.ORG ? OrgHeadCode(words, fw, ew) : null);
                var sector = e.Sector ?? SectorAround(words, fw, ew);
                result.Add(new ActorMention(mStart, m.End, fw, ew, e.Id, country, sector, place, pronoun) { Name = e.Name });
            }
        }
        result.Sort((x, y) => x.FirstWord.CompareTo(y.FirstWord));
        var fromLexicon = new List<ActorMention>();
        for (int i = 0; i < words.Count; i++)
        {
            if (!words[i].IsCapitalized && !(words[i].Lower.Length <= 5 && words[i].Lower.Contains('.'))) continue;
            // the longer of an organisation / metonym from actors.tsv and a country name, demonym or capital from the gazetteer
            NamedActor? org = null;
            if (_lex.ActorsByFirstWord.TryGetValue(words[i].Lower, out var list))
                foreach (var na in list)
                {
                    if (i + na.Words.Count > words.Count) continue;
                    bool ok = true;
                    for (int k = 0; k < na.Words.Count && ok; k++) ok = words[i + k].Lower == na.Words[k];
                    if (ok) { org = na; break; }
                }
            bool country = _countries.TryMatch(a.Text, words, i, words.Count, out var hit);
            int ew;
            string? code, kind, sector, name;
            if (country && (org is null || hit.End - i > org.Words.Count)) { ew = hit.End; code = hit.Iso3; kind = hit.Kind; sector = null; name = a.Text[words[i].Start..words[ew - 1].End]; }
            else if (org is not null) { ew = i + org.Words.Count; code = org.Code; kind = org.Kind; sector = org.Sector; name = org.Id; }
            else continue;
            if (!Overlaps(result, i, ew))
            {
                bool place = kind is "name" or "capital";
                fromLexicon.Add(new ActorMention(words[i].Start, words[ew - 1].End, i, ew, null, code, sector ?? SectorAround(words, i, ew), place, false) { Name = name });
            }
            i = ew - 1;
        }
        result.AddRange(fromLexicon);
        result.Sort((x, y) => x.FirstWord.CompareTo(y.FirstWord));
        QualifyGroups(a.Text, words, result);
        EthnicGroups(words, result);
        return result;
    }

    /// <summary>
    /// "Bosnian Serbs", "Iraqi Kurds": a demonym directly before a group names the group's country of residence, which
    /// is the actor's country (CAMEO/PLOVER code the country, not the ethnicity); the two mentions become one.
    /// </summary>
    private void QualifyGroups(string text, List<Word> words, List<ActorMention> ms)
    {
        for (int i = 0; i < ms.Count; i++)
        {
            var m = ms[i];
            if (m.EndWord - m.FirstWord == 2 && !m.IsPlace && words[m.FirstWord + 1].Lower.EndsWith('s')
                && _countries.TryMatch(text, words, m.FirstWord, m.FirstWord + 1, out var first) && first.Kind == "demonym" && first.Iso3 != m.Country)
                ms[i] = m with { Country = first.Iso3 };
        }
        for (int i = ms.Count - 2; i >= 0; i--)
        {
            var d = ms[i];
            var g = ms[i + 1];
            if (d.EndWord != g.FirstWord || d.EndWord - d.FirstWord != 1 || d.Country is null || g.IsPlace || g.IsPronoun) continue;
            if (!IsDemonymRun(text, words, d.FirstWord, d.EndWord)) continue;
            if (g.EndWord - g.FirstWord != 1 || !words[g.FirstWord].Lower.EndsWith('s')) continue; // a plural group noun
            ms[i + 1] = g with { Start = d.Start, FirstWord = d.FirstWord, Country = d.Country };
            ms.RemoveAt(i);
        }
    }

    /// <summary>
    /// "ethnic Albanians": a minority is coded with the country it lives in, the sentence's place of another country
    /// ("in southeastern Serbia"), else another country the sentence names.
    /// </summary>
    private static void EthnicGroups(List<Word> words, List<ActorMention> ms)
    {
        for (int i = 0; i < ms.Count; i++)
        {
            var g = ms[i];
            if (g.FirstWord == 0 || words[g.FirstWord - 1].Lower != "ethnic" || g.IsPlace || g.Country is null) continue;
            var home = ms.Find(x => x.IsPlace && IsState(x.Country) && x.Country != g.Country)
                ?? ms.Find(x => IsState(x.Country) && x.Country != g.Country);
            if (home is not null) ms[i] = g with { Country = home.Country };
        }
    }

    private bool IsDemonymRun(string text, List<Word> words, int fw, int ew) =>
        _countries.TryMatch(text, words, fw, ew, out var hit) && hit.End == ew && hit.Kind == "demonym";

    private bool HasSectorNoun(List<Word> words, int fw, int ew)
    {
        for (int k = fw; k < ew; k++) if (SectorNounAt(words, k) is not null) return true;
        return false;
    }

    /// <summary>"Third World Water Forum", "Association of African Jurists": an organisation named by an NGO head word.</summary>
    private string? OrgHeadCode(List<Word> words, int fw, int ew)
    {
        for (int k = fw; k < ew; k++)
            if (words[k].IsCapitalized && _lex.OrgHeads.TryGetValue(words[k].Lower, out var code)) return code;
        return null;
    }

    private static bool Overlaps(List<ActorMention> ms, int fw, int ew)
    {
        foreach (var m in ms) if (fw < m.EndWord && m.FirstWord < ew) return true;
        return false;
    }

    /// <summary>For an entity without a country: a demonym or country in the title words just before one of its mentions.</summary>
    private string? TitleChainCountry(Article a, Entity e)
    {
        foreach (var m in e.Mentions)
        {
            int from = Math.Max(0, m.Start - 60);
            var ws = WordScanner.Scan(a.Text, from, m.Start);
            int k = ws.Count - 1;
            int steps = 0, plain = 0;
            while (k >= 0 && steps < 7)
            {
                var w = ws[k];
                bool title = w.IsCapitalized || w.Lower is "-" or "'s" || SectorNounAt(ws, k) is not null;
                // other lower-case title words ("top", "chief", "frontman"), at most two, never a verb form or function word
                if (!title && !w.IsPunct && plain < 2 && !FunctionWords.Contains(w.Lower) && !ClauseStops.Contains(w.Lower) && !Skippable.Contains(w.Lower)
                    && !Pronouns.Contains(w.Lower) && !w.Lower.EndsWith("ed") && !w.Lower.EndsWith("ing") && !w.Lower.EndsWith('s') && w.Lower.Length > 2
                    && !_lex.TriggersByFirstWord.ContainsKey(w.Lower) && !_lex.SpeechVerbs.Contains(w.Lower)) { title = true; plain++; } // not a verb the lexicon knows ("met")
                if (!title) break;
                if (w.IsCapitalized && LexiconCode(a.Text, ws, k, ws.Count) is { } c) return c;
                k--; steps++;
            }
            // "X, Russia's ambassador, said", "X, the Iranian foreign minister": an appositive title with a country
            var appos = WordScanner.Scan(a.Text, m.End, Math.Min(a.Text.Length, m.End + 80));
            if (appos.Count >= 3 && appos[0].Lower == ",")
            {
                string? code = null;
                for (int j = 1; j < appos.Count && j <= 7; j++)
                {
                    var w = appos[j];
                    if (w.IsPunct && w.Lower != "-") break;
                    if (w.Lower is "and" or "or" || ClauseStops.Contains(w.Lower) || w.Lower == "that") break;
                    if (code is null && w.IsCapitalized && LexiconCode(a.Text, appos, j, j + 1 < appos.Count && appos[j + 1].IsCapitalized ? j + 2 : j + 1) is { } c) code = c;
                    else if (code is not null && SectorNounAt(appos, j) is not null) return code;
                }
            }
            // "King Hassan of Morocco"
            var after = WordScanner.Scan(a.Text, m.End, Math.Min(a.Text.Length, m.End + 40));
            if (after.Count >= 2 && after[0].Lower == "of" && after[1].IsCapitalized && LexiconCode(a.Text, after, 1, Math.Min(after.Count, 4)) is { } c2) return c2;
        }
        return null;
    }

    /// <summary>
    /// The code of a named actor (actors.tsv, leaders.tsv) that overlaps the mention and runs up to three words past either
    /// end: the entity layer split off a title or a lower-case name part ("King | Fahd", "Daniel | arap Moi").
    /// </summary>
    private string? NamedActorAround(List<Word> words, int fw, int ew)
    {
        for (int i = Math.Max(0, fw - 3); i < ew; i++)
        {
            if (!_lex.ActorsByFirstWord.TryGetValue(words[i].Lower, out var list)) continue;
            foreach (var na in list)
            {
                int end = i + na.Words.Count;
                if (end <= fw || end > words.Count || end > ew + 3 || na.Code is null) continue;
                bool ok = true;
                for (int k = 0; k < na.Words.Count && ok; k++) ok = words[i + k].Lower == na.Words[k];
                if (ok) return na.Code;
            }
        }
        return null;
    }

    /// <summary>The code of the first organisation (actors.tsv) or country word run (gazetteer) inside words [fw, ew).</summary>
    private string? LexiconCode(string text, List<Word> words, int fw, int ew)
    {
        for (int i = fw; i < ew; i++)
        {
            if (_lex.ActorsByFirstWord.TryGetValue(words[i].Lower, out var list))
                foreach (var na in list)
                {
                    if (i + na.Words.Count > ew) continue;
                    bool ok = true;
                    for (int k = 0; k < na.Words.Count && ok; k++) ok = words[i + k].Lower == na.Words[k];
                    if (ok && na.Code is not null) return na.Code;
                }
            if (_countries.TryMatch(text, words, i, ew, out var hit)) return hit.Iso3;
        }
        return null;
    }

    /// <summary>Sector from head nouns in and just around a mention ("Israeli troops", "President X").</summary>
    public string? SectorAround(List<Word> words, int fw, int ew)
    {
        int hi = Math.Min(words.Count, ew + 4);
        for (int k = fw; k < hi; k++)
        {
            // "Umma (Nation) party": a parenthesised alias or acronym between the name and its head noun
            if (k >= ew && words[k].Lower == "(")
            {
                int close = k + 1;
                while (close < words.Count && close - k <= 6 && words[close].Lower != ")") close++;
                if (close < words.Count && words[close].Lower == ")") { hi = Math.Min(words.Count, close + 3); k = close; continue; }
            }
            if (k >= ew && words[k].Lower == ")") continue;
            if (k >= ew && (words[k].IsPunct || words[k].Lower is "of" or "in" or "from" or "with" or "by" or "for" or "to" or "and" or "on" or "at")) break;
            var s = SectorNounAt(words, k);
            if (s is not null) return s;
        }
        for (int k = fw - 1; k >= 0 && k >= fw - 3; k--)
        {
            if (words[k].IsPunct) break;
            var s = SectorNounAt(words, k);
            if (s is not null) return s;
        }
        return null;
    }

    private string? SectorNounAt(List<Word> words, int k)
    {
        if (_lex.SectorPrefixes.Contains(words[k].Lower) && k + 1 < words.Count
            && _lex.SectorNouns.TryGetValue(words[k].Lower + " " + words[k + 1].Lower, out var two)) return two;
        return _lex.SectorNouns.TryGetValue(words[k].Lower, out var one) ? one : null;
    }

    private static int WordAt(List<Word> words, int offset)
    {
        for (int i = 0; i < words.Count; i++) if (words[i].End > offset) return i;
        return -1;
    }

    private static int WordEndAt(List<Word> words, int offset)
    {
        int k = 0;
        while (k < words.Count && words[k].Start < offset) k++;
        return k;
    }

    private bool IsLocative(List<Word> words, List<ActorMention> mentions, int mi)
    {
        var m = mentions[mi];
        if (!m.IsPlace) return false;
        int k = m.FirstWord - 1;
        // "Ukraine's Donetsk region": chained after a locative place
        if (k >= 0 && words[k].Lower == "'s" && mi > 0 && mentions[mi - 1].EndWord == k) return IsLocative(words, mentions, mi - 1);
        for (int n = 0, hops = 0; k >= 0 && n < 3; k--, n++)
        {
            var w = words[k];
            // "in the West Bank city of Hebron", "near the town of X": the place noun's phrase decides
            if (w.Lower == "of" && k > 0 && PlaceNouns.Contains(words[k - 1].Lower) && hops++ < 2) { k--; n = -1; continue; }
            if (w.IsPunct && w.Lower != "-") return false;
            if (LocPreps.Contains(w.Lower)) return true;
            if (w.IsCapitalized && hops == 0) return false;
            if (w.IsCapitalized) n--; // a name inside the place phrase ("the West Bank city")
            if (n < -4) return false;
        }
        return false;
    }

    private static readonly HashSet<string> PlaceNouns = EventGrammar.Default.Set("place-noun");

    private static bool IsBasedPlace(List<Word> words, ActorMention m) =>
        m.EndWord + 1 < words.Count && words[m.EndWord].Lower == "-" && words[m.EndWord + 1].Lower == "based";

    /// <param name="reportComma">For a trailing speech act (", a rights group protested"): the comma that ends the reported
    /// clause. The actor is then looked for after it only, and the reported clause's subject is the recipient.</param>
    private void FillArguments(Article a, List<Word> words, List<ActorMention> mentions, Match m, CodedEvent ev, int reportComma = -1)
    {
        var loc = new bool[mentions.Count];
        for (int i = 0; i < mentions.Count; i++) loc[i] = IsLocative(words, mentions, i) || IsBasedPlace(words, mentions[i]);

        // location: first locative place after the trigger (moving to the most specific of a chain such as
        // "in Ukraine's Donetsk region"), else the nearest one before it
        int best = -1;
        for (int i = 0; i < mentions.Count; i++)
            if (loc[i] && mentions[i].FirstWord >= m.End) { best = i; break; }
        while (best >= 0 && best + 1 < mentions.Count && loc[best + 1] && mentions[best + 1].FirstWord == mentions[best].EndWord + 1
               && words[mentions[best].EndWord].Lower == "'s") best++;
        if (best < 0)
            for (int i = mentions.Count - 1; i >= 0; i--)
                if (loc[i] && mentions[i].EndWord <= m.First) { best = i; break; }
        if (best >= 0) ev.Location = mentions[best];

        ActorMention? speaker = SpeakerOfCue(a, mentions, ev);
        int left = NearestLeft(mentions, loc, m.First);
        if (reportComma >= 0 && left >= 0 && mentions[left].FirstWord <= reportComma) left = -1;
        int right = FirstRight(words, mentions, loc, m.End, out int byIndex, ev.Passive, out int objectAgent);
        if (right < 0 && !ev.Passive && objectAgent >= 0) right = objectAgent;
        // "voiced strong support for Azerbaijan", "aid for Kosovo": the beneficiary of support or aid right after the trigger
        if (!ev.Passive && ev.Type is "SUPPORT" or "AID" && m.End + 1 < words.Count && words[m.End].Lower == "for")
        {
            int fi = mentions.FindIndex(x => x.FirstWord > m.End && x.FirstWord <= m.End + 3 && !x.IsPronoun);
            if (fi >= 0 && !HasBoundary(words, m.End, mentions[fi].FirstWord)) right = fi;
        }
        // "envoy to Burma", "ambassador to Japan": a mission's destination is not its country; the subject is the head
        // before the title noun ("The U.N. envoy to Burma sought")
        if (left >= 0 && mentions[left].FirstWord >= 3 && words[mentions[left].FirstWord - 1].Lower == "to"
            && MissionNouns.Contains(words[mentions[left].FirstWord - 2].Lower))
        {
            int head = mentions.FindLastIndex(x => x.EndWord <= mentions[left].FirstWord - 2 && x.EndWord >= mentions[left].FirstWord - 4 && !x.IsPronoun);
            if (head >= 0) left = head;
        }
        // "handed over 12 Armenian prisoners to the Red Cross": a name inside the trigger's gap is its object
        if (!ev.Passive && m.Pattern.Slots.Contains(null) && (right < 0 || words[mentions[right].FirstWord - 1].Lower is not ("on" or "against" or "with")))
        {
            int gi = mentions.FindIndex(x => x.FirstWord > m.First && x.EndWord < m.End && !x.IsPronoun);
            if (gi >= 0) right = gi;
        }
        // "detained at least a dozen dissidents ahead of the anniversary of the X crackdown": an unnamed direct object
        // (a sector noun phrase) is the recipient, not a name further on in an adjunct after a preposition
        ActorMention? nearObject = null;
        if (right >= 0 && !ev.Passive && m.Pattern.IsVerb && ObjectWithoutMention(words, mentions, m.End, true) is { } no
            && no.EndWord < mentions[right].FirstWord && !words.Skip(m.End).Take(no.FirstWord - m.End).Any(w => w.Lower is "with" or "on" or "against")
            && no.EndWord < words.Count && words[no.EndWord].Lower is "ahead" or "after" or "before" or "during" or "since" or "following" or "amid" or "because")
        { nearObject = no; right = -1; }

        if (ev.Passive && m.Passive && byIndex < 0 && left >= 0 && mentions[left].EndWord >= m.First - 1 && !mentions[left].IsPronoun)
        {
            // "Indian troops were moved to the border", "Britain's ambassador was recalled": the object of these patterns
            // (troops, envoys, aid, ties) is the agent's own, so its country qualifier is the actor
            AddCompound(words, mentions, loc, left, ev.Actors);
            if (right >= 0) AddCompound(words, mentions, loc, right, ev.Recipients, forward: true);
        }
        else if (ev.Passive)
        {
            if (byIndex >= 0) ev.Actors.Add(mentions[byIndex]);
            // the passive subject is in the trigger's own clause: "reports from X that the men were detained" has none
            // ("that two of its citizens were captured": the possessive points back to the main clause's subject)
            if (left >= 0 && (!HasClauseBreak(words, mentions[left].EndWord, m.First) || HasPossessive(words, mentions[left].EndWord, m.First)))
                AddCompound(words, mentions, loc, left, ev.Recipients);
            else if (left < 0 && right >= 0 && right != byIndex) ev.Recipients.Add(mentions[right]);
        }
        else if (!(m.Pattern.Stance && StanceArguments(a, words, mentions, loc, m, ev)))
        {
            // the cue's speaker is the subject of the trigger verb: keep its whole compound ("Egypt and Israel agreed")
            // (through an appositive or "of" phrase to the head: "Iraq, in a letter to the Council, accused"); a speaker
            // found after the trigger while the clause has a subject before it is not the trigger's subject
            int si = speaker is null ? -1 : mentions.FindIndex(x => Same(x, speaker));
            if (si >= 0 && mentions[si].FirstWord >= m.End && left >= 0) { speaker = null; si = -1; }
            if (si >= 0 && !loc[si]) AddCompound(words, mentions, loc, SubjectHead(words, mentions, loc, si, m.First), ev.Actors);
            else if (speaker is not null) ev.Actors.Add(speaker);
            else if (left >= 0) AddCompound(words, mentions, loc, SubjectHead(words, mentions, loc, left, m.First), ev.Actors);
            if (right >= 0) AddCompound(words, mentions, loc, right, ev.Recipients, forward: true);
            else if (nearObject is not null) ev.Recipients.Add(nearObject);
        }
        // an event noun that is the subject of a passive with an agent: "new sanctions against Cuba were announced by the
        // State Department", "the attack was claimed by X": the agent is the event's actor
        if (ev.Actors.Count == 0 && !m.Pattern.IsVerb && !m.Light && PassiveAgentAfter(words, mentions, loc, m.End) is int ag && ag >= 0)
        {
            ev.Actors.Add(mentions[ag]);
            ev.Recipients.RemoveAll(r => Same(r, mentions[ag]));
        }
        if (reportComma >= 0 && ev.Recipients.Count == 0)
        {
            int rs = mentions.FindIndex(x => x.EndWord <= reportComma && !x.IsPronoun);
            if (rs >= 0 && !loc[rs]) AddCompound(words, mentions, loc, rs, ev.Recipients, forward: true);
        }
        RemoveActors(ev.Recipients, ev.Actors);

        // "a ceasefire between Israel and Hezbollah", "talks between X and Y": an event noun's "between X and Y" names both
        // sides as the (reciprocal) actor when no subject acts on it
        if (!m.Pattern.IsVerb && !m.Light && m.End + 3 < words.Count && words[m.End].Lower == "between"
            && (ev.Actors.Count == 0 || ev.Actors.TrueForAll(x => x.FirstWord > m.End)))
        {
            int bx = mentions.FindIndex(x => x.FirstWord == m.End + 1 || (x.FirstWord == m.End + 2 && Determiners.Contains(words[m.End + 1].Lower)));
            if (bx >= 0 && bx + 1 < mentions.Count && mentions[bx].EndWord < words.Count && words[mentions[bx].EndWord].Lower == "and"
                && mentions[bx + 1].FirstWord <= mentions[bx].EndWord + 2)
            {
                ev.Actors.Clear();
                ev.Actors.Add(mentions[bx]);
                ev.Actors.Add(mentions[bx + 1]);
                RemoveActors(ev.Recipients, ev.Actors);
            }
        }

        // a threat is conditional on its recipient: "threatened to X unless/if Y does Z" -> recipient Y (PLOVER THREATEN)
        if (ev.Recipients.Count == 0 && ev.Type == "THREATEN")
        {
            int cond = -1;
            for (int k = m.End; k < words.Count; k++) if (words[k].Lower is "unless" or "if") { cond = k; break; }
            if (cond >= 0)
            {
                int r = FirstRight(words, mentions, loc, cond + 1, out _, false);
                if (r >= 0 && !mentions[r].IsPronoun && !ev.Actors.Exists(x => Same(x, mentions[r]))) ev.Recipients.Add(mentions[r]);
            }
        }

        // an unnamed prepositional object before the place ("held talks with southern rebels in Nairobi", "lifted a ban on
        // opposition newspapers"): the object is the recipient, not the place (a venue, for diplomatic types)
        if (ev.Recipients.Count == 0 && !ev.Passive && ObjectWithoutMention(words, mentions, m.End, !DiplomaticTypes.Contains(ev.Type)) is { } pobj
            && words.Skip(m.End).Take(pobj.FirstWord - m.End).Any(w => w.Lower is "with" or "on" or "against"))
            ev.Recipients.Add(pobj);

        // recipient of an action in a place (after the trigger): the place's country
        if (ev.Recipients.Count == 0 && ev.Location is { Country: not null } place && place.FirstWord >= m.End)
            ev.Recipients.Add(place);

        // an actor whose country is unknown (a title or name the lexicon does not place) takes the sentence's
        // other country: officials usually act in and on their own country
        for (int i = 0; i < ev.Actors.Count; i++)
        {
            // a stance's speaker and clause subject are different parties: the subject's country says nothing of the speaker's
            if (ev.Actors[i].Country is not null || m.Pattern.Stance) continue;
            var other = DefaultCountry(a, mentions, ev, ev.Actors[i]);
            if (other is not null) ev.Actors[i] = ev.Actors[i] with { Country = other };
        }
        if (ev.Actors.Count == 0 && !ev.Passive && FirstPersonSubject(words, m.First) && QuoteSpeaker(a, mentions, ev.TriggerStart) is { } sp)
            ev.Actors.Add(sp); // "We have ... asked" inside the spokesperson's quotation
        if (ev.Actors.Count == 0 && !ev.Passive)
        {
            var subject = SubjectWithoutMention(words, mentions, m.First);
            if (subject is { } s)
            {
                var other = s.Country ?? DefaultCountry(a, mentions, ev, s);
                if (other is not null || s.Sector is not null) ev.Actors.Add(s with { Country = other });
            }
        }
        // an attack, arrest or protest whose perpetrator the sentence does not name ("a roadside bombing near Samarra
        // killed…", "was arrested in Lebanon") is coded with the place's country: local forces or people act there
        if (ev.Actors.Count == 0 && UnattributedTypes.Contains(ev.Type) && ev.Location is { } where && IsState(where.Country))
        { ev.Actors.Add(where); ev.ActorFromPlace = true; }

        // outside diplomacy, an unplaced actor ("leftist guerrillas", "government troops", "militiamen") in a sentence that
        // names a single country acts in and belongs to it, as the unplaced recipient does below
        if (!DiplomaticTypes.Contains(ev.Type) && !m.Pattern.Stance && SingleCountry(mentions) is { } home)
            for (int i = 0; i < ev.Actors.Count; i++)
                if (ev.Actors[i] is { Country: null, IsPronoun: false } ua) ev.Actors[i] = ua with { Country = home };
        // an object the mention layer does not cover: a sector noun phrase right of the trigger ("outlawed the largest
        // extremist organization in Northern Ireland")
        if (ev.Recipients.Count == 0 && !ev.Passive && ObjectWithoutMention(words, mentions, m.End) is { } obj) ev.Recipients.Add(obj);

        // a recipient the text does not place, in a domestic event, shares the actor's country
        // ("an Argentine judge ordered former president Carlos Menem to appear"); so does an unplaced recipient of a
        // domestic sector (rebels, opposition, parties, police, unions) of a government ("Sudanese envoys held talks with rebels")
        if (ev.Actors.Count > 0 && IsState(ev.Actors[0].Country) && IsDomestic(a, ev, ev.Actors[0]))
            for (int i = 0; i < ev.Recipients.Count; i++)
                if (ev.Recipients[i] is { Country: null, IsPlace: false } r) ev.Recipients[i] = r with { Country = ev.Actors[0].Country };
        if (ev.Actors.Count > 0 && IsState(ev.Actors[0].Country) && ev.Actors[0].Sector == "GOV")
            for (int i = 0; i < ev.Recipients.Count; i++)
                if (ev.Recipients[i] is { Country: null, IsPlace: false, Sector: { } rs } r && (rs == "REB" || _lex.DomesticSectors.Contains(rs)))
                    ev.Recipients[i] = r with { Country = ev.Actors[0].Country };

        // outside diplomacy, an unplaced recipient in a sentence that names a single country belongs to it
        // ("militants loyal to Iraq's … tried to assassinate Prime Minister X")
        if (!DiplomaticTypes.Contains(ev.Type) && SingleCountry(mentions) is { } only)
            for (int i = 0; i < ev.Recipients.Count; i++)
                if (ev.Recipients[i] is { Country: null, IsPlace: false, IsPronoun: false } r) ev.Recipients[i] = r with { Country = only };
    }

    /// <summary>
    /// The country of an actor the text does not place: the speaker's when the event is quoted; otherwise, for
    /// mostly domestic event types, the recipient's or the sentence's other country.
    /// </summary>
    private string? DefaultCountry(Article a, List<ActorMention> mentions, CodedEvent ev, ActorMention actor)
    {
        if (QuoteSpeakerCountry(a, ev.TriggerStart) is { } q) return q;
        // a recipient group qualified by a country ("Ugandan opposition candidates") suggests a domestic event;
        // a recipient that is a country itself ("Russia") does not
        var group = ev.Recipients.Find(r => IsState(r.Country) && !r.IsPlace);
        if (group is not null) return group.Country;
        if (!IsDomestic(a, ev, actor)) return null;
        return ev.Recipients.Find(r => IsState(r.Country))?.Country ?? mentions.Find(x => IsState(x.Country))?.Country ?? (IsState(ev.Location?.Country) ? ev.Location!.Country : null);
    }

    /// <summary>
    /// Domestic: a mostly domestic event type, an actor of a domestic sector (judge, party, police), or an action on a
    /// city or region rather than on a country ("a curfew in Algiers").
    /// </summary>
    private bool IsDomestic(Article a, CodedEvent ev, ActorMention actor) =>
        DomesticTypes.Contains(ev.Type) || (actor.Sector is { } sec && _lex.DomesticSectors.Contains(sec))
        || ev.Recipients.Exists(r => IsSubNational(a, r)) || (ev.Location is { } l && IsSubNational(a, l));

    /// <summary>
    /// A sector noun phrase right after the trigger with no mention before it ("the largest extremist organization
    /// [in Northern Ireland]"); its country is that of an "in PLACE" right after it, else unknown.
    /// </summary>
    private ActorMention? ObjectWithoutMention(List<Word> words, List<ActorMention> mentions, int after, bool placeCountry = true)
    {
        int first = -1;
        int hops = 0;
        for (int k = after, n = 0; k < words.Count && n < 8; k++, n++)
        {
            var w = words[k];
            // "talks with southern rebels", "a ban on two opposition newspapers", "dozens of members of the opposition": the
            // trigger's or its object noun's prepositional object (at most two hops, right after the trigger or after a noun)
            if (hops < 2 && ((w.Lower is "with" or "on" or "against" && k == after)
                || (w.Lower is "with" or "on" or "against" or "from" or "by" or "of" && first >= 0)))
            { hops++; first = -1; continue; }
            // "at least a dozen dissidents", "more than 40 prisoners": a quantifier phrase inside the object
            if (first < 0 && k + 1 < words.Count && (w.Lower, words[k + 1].Lower) is ("at", "least") or ("at", "most") or ("more", "than") or ("up", "to") or ("as", "many"))
            { k++; n++; continue; }
            if (w.IsPunct || ClauseStops.Contains(w.Lower) || w.Lower is "to" or "of" or "by" or "for" or "with" or "on" or "at" or "from" || LocPreps.Contains(w.Lower)) return null;
            if (mentions.Exists(x => k >= x.FirstWord && k < x.EndWord)) return null;
            if (Determiners.Contains(w.Lower)) continue;
            if (first < 0) first = k;
            if (SectorNounAt(words, k) is not { } sec) continue;
            int end = k + 1;
            string? country = null;
            if (placeCountry && end + 1 < words.Count && words[end].Lower is "in" or "from")
            {
                int p = end + 1;
                while (p < words.Count && Determiners.Contains(words[p].Lower)) p++;
                var place = mentions.Find(x => x.FirstWord == p && x.Country is not null);
                if (place is not null) country = place.Country;
            }
            return new ActorMention(words[first].Start, words[k].End, first, end, null, country, sec, false, false);
        }
        return null;
    }

    private bool HasSpeechVerb(List<Word> words, int from, int to)
    {
        for (int k = from; k < to; k++) if (_lex.SpeechVerbs.Contains(words[k].Lower)) return true;
        return false;
    }

    /// <summary>Event types whose recipients are often foreign partners (meetings, praise, aid, joint action, agreements).</summary>
    private static readonly HashSet<string> DiplomaticTypes = EventGrammar.Default.Set("diplomatic-type");

    /// <summary>The one state country the sentence's mentions name, or null when none or several.</summary>
    private static string? SingleCountry(List<ActorMention> mentions)
    {
        string? only = null;
        foreach (var x in mentions)
        {
            if (!IsState(x.Country)) continue;
            if (only is null) only = x.Country;
            else if (only != x.Country) return null;
        }
        return only;
    }

    /// <summary>A country code (not IGO/NGO).</summary>
    private static bool IsState(string? code) => code is { Length: 3 } && code is not ("IGO" or "NGO");

    /// <summary>A placed city or region (a place with a country that is not itself a country name).</summary>
    private bool IsSubNational(Article a, ActorMention m) =>
        m.IsPlace && IsState(m.Country) && _countries.Classify(a.Text[m.Start..m.End]) is not { Kind: "name" };

    /// <summary>
    /// The head of the subject phrase that ends with mention <paramref name="left"/>: across an appositive between
    /// commas ("Members of X, a body linked to Y, investigated") and from an "of" complement to its head
    /// ("the Turkish and Greek sides of the island of Cyprus", "Palestinians of the West Bank").
    /// </summary>
    private int SubjectHead(List<Word> words, List<ActorMention> mentions, bool[] loc, int left, int trigger)
    {
        // "the Ceasefire Violations Committee (CFVC)": a parenthesised alias stands for the name before it
        var pm = mentions[left];
        if (pm.FirstWord >= 2 && words[pm.FirstWord - 1].Lower == "(" && pm.EndWord < words.Count && words[pm.EndWord].Lower == ")")
        {
            int j = mentions.FindIndex(x => x.EndWord == pm.FirstWord - 1);
            if (j >= 0 && !loc[j]) left = j;
        }
        // a mention inside a relative or reduced relative clause on the subject ("Rebels who fought Uganda's army
        // withdrew", "Hackers angered by X defaced"): the subject is the mention the clause hangs on
        if (RelativeClauseHead(words, mentions, loc, left) is int head && head >= 0) left = head;
        // a purpose infinitive ("Uzbekistan opened the bridge to allow …", "Russia sent troops to Syria to fight …"):
        // its subject is the sentence's subject
        if (trigger > 0 && words[trigger - 1].Lower == "to")
        {
            int s0 = mentions.FindIndex(x => !x.IsPronoun && x.FirstWord <= 2);
            if (s0 >= 0 && s0 != left && !loc[s0] && mentions[s0].EndWord < trigger && !HasBoundary(words, mentions[s0].EndWord, trigger)
                && !HasSpeechVerb(words, mentions[s0].EndWord, trigger)) left = s0;
        }
        // appositive: ", … MENTION … ," right before the trigger
        int t = trigger - 1;
        while (t >= 0 && (Skippable.Contains(words[t].Lower) || words[t].Lower.EndsWith("ly"))) t--;
        if (t > mentions[left].EndWord - 1 && words[t].Lower == ",")
        {
            int open = -1;
            for (int k = mentions[left].FirstWord - 1; k >= 0 && mentions[left].FirstWord - k <= 10; k--)
            {
                if (words[k].Lower == ",") { open = k; break; }
                if (words[k].IsPunct && words[k].Lower is not ("-" or "(" or ")") || words[k].Lower is "said" or "says") break;
            }
            if (open > 0)
            {
                int before = NearestLeft(mentions, loc, open);
                if (before >= 0 && open - mentions[before].EndWord <= 2) left = before;
            }
        }
        // "X of Y": the head X when it is a mention, through chains of "of" ("sides of this island of Cyprus")
        int k0 = mentions[left].FirstWord - 1;
        int n = 0;
        while (k0 >= 0 && n < 5 && words[k0].Lower != "of" && !(words[k0].IsPunct && words[k0].Lower != "-") && !ClauseStops.Contains(words[k0].Lower) && words[k0].Lower != "that") { k0--; n++; }
        for (int hop = 0; hop < 3 && k0 > 0 && words[k0].Lower == "of"; hop++)
        {
            int next = -1;
            for (int h = k0 - 1, m2 = 0; h >= 0 && m2 < 5; h--, m2++)
            {
                var w = words[h];
                if ((w.IsPunct && w.Lower != "-") || ClauseStops.Contains(w.Lower) || w.Lower == "that") break;
                int mi = mentions.FindIndex(x => h >= x.FirstWord && h < x.EndWord);
                if (mi >= 0) { if (!loc[mi] && !mentions[mi].IsPronoun) return mi; break; }
                // the head phrase's determiner: only another "of" may come before it
                if (Determiners.Contains(w.Lower)) { if (h > 0 && words[h - 1].Lower == "of") next = h - 1; break; }
            }
            if (next < 0) break;
            k0 = next;
        }
        return left;
    }

    /// <summary>
    /// When mention <paramref name="inner"/> sits in a relative clause ("who"/"which") or a participial clause
    /// ("angered by", "loyal to" is not one) opened right after an earlier mention S of the same clause, the index of S;
    /// else -1. Only relative pronouns, not "that" (also a complementiser: "X said that Y attacked").
    /// </summary>
    private static int RelativeClauseHead(List<Word> words, List<ActorMention> mentions, bool[] loc, int inner)
    {
        for (int k = mentions[inner].FirstWord - 1, n = 0; k > 0 && n < 12; k--, n++)
        {
            var w = words[k];
            if (w.IsPunct && w.Lower is not ("-" or "'s")) return -1;
            bool relative = w.Lower is "who" or "which";
            bool participle = !relative && k + 1 < words.Count && words[k + 1].Lower == "by" && w.Lower.EndsWith("ed") && k + 1 < mentions[inner].FirstWord;
            if (!relative && !participle) continue;
            // the mention ends at the pronoun or one or two head nouns before it ("Chadian rebels who")
            int s = mentions.FindLastIndex(x => x.EndWord <= k && x.EndWord >= k - 2 && !x.IsPronoun);
            if (s >= 0 && s != inner && !loc[s]) return s;
            return -1;
        }
        return -1;
    }

    /// <summary>
    /// A stance trigger ("X said Y must Z", "X said removing sanctions on Y is out of the question"): actor = the
    /// speaker (subject of the speech verb before it, else the quotation's speaker), recipient = the clause subject.
    /// False when no speaker is found (the ordinary subject/object reading applies).
    /// </summary>
    private bool StanceArguments(Article a, List<Word> words, List<ActorMention> mentions, bool[] loc, Match m, CodedEvent ev)
    {
        int v = -1;
        for (int k = m.First - 1; k >= 0; k--)
            if (_lex.SpeechVerbs.Contains(words[k].Lower)) { v = k; break; }
        int lo = 0;
        if (v >= 0)
        {
            int s = NearestLeft(mentions, loc, v);
            if (s >= 0) AddCompound(words, mentions, loc, SubjectHead(words, mentions, loc, s, v), ev.Actors);
            // a speaker the text does not place ("the Bush administration declared that …") is still the speaker: the
            // clause subject is the recipient, never the actor
            else if (SubjectWithoutMention(words, mentions, v) is { } subj)
            {
                var c = subj.Country ?? QuoteSpeakerCountry(a, ev.TriggerStart);
                if (c is not null || subj.Sector is not null) ev.Actors.Add(subj with { Country = c });
            }
            lo = v + 1;
        }
        if (ev.Actors.Count == 0 && QuoteSpeaker(a, mentions, ev.TriggerStart) is { } sp) ev.Actors.Add(sp);
        if (ev.Actors.Count == 0) return false;
        int r = NearestLeft(mentions, loc, m.First);
        if (r >= 0 && mentions[r].FirstWord >= lo) AddCompound(words, mentions, loc, r, ev.Recipients);
        return true;
    }

    /// <summary>
    /// The mention X of "… be VERBed by X" that follows a subject noun phrase ending before word <paramref name="from"/>
    /// within the same clause (at most eight words to the "be" form); -1 if none.
    /// </summary>
    private static int PassiveAgentAfter(List<Word> words, List<ActorMention> mentions, bool[] loc, int from)
    {
        for (int k = from; k < words.Count && k - from <= 8; k++)
        {
            var w = words[k];
            if ((w.IsPunct && w.Lower != "-") || ClauseStops.Contains(w.Lower) || w.Lower == "that") return -1;
            if (!BeForms.Contains(w.Lower) || w.Lower == "'s") continue;
            int v = k + 1;
            while (v < words.Count && (IsAdverb(words[v]) || words[v].Lower is "been" or "being")) v++;
            if (v + 2 >= words.Count || words[v].IsPunct || words[v].Lower.EndsWith("ing")) return -1;
            int by = v + 1;
            if (Particles.Contains(words[by].Lower)) by++; // "was carried out by"
            if (by + 1 >= words.Count || words[by].Lower != "by") return -1;
            int x = mentions.FindIndex(mm => mm.FirstWord >= by + 1 && mm.FirstWord <= by + 2 && !mm.IsPronoun);
            return x >= 0 && !loc[x] ? x : -1;
        }
        return -1;
    }

    private static bool HasPossessive(List<Word> words, int from, int to)
    {
        for (int k = to - 1; k >= Math.Max(0, from); k--)
        {
            if (words[k].Lower is "that" or "which" or "who" or ";" or ":") return false;
            if (words[k].Lower is "its" or "their" or "his" or "her") return true;
        }
        return false;
    }

    /// <summary>Drops from <paramref name="recipients"/> every mention that is also one of <paramref name="actors"/> (no event is done to its own doer).</summary>
    private static void RemoveActors(List<ActorMention> recipients, List<ActorMention> actors) =>
        recipients.RemoveAll(r => actors.Exists(x => Same(x, r)));

    private static bool HasClauseBreak(List<Word> words, int from, int to)
    {
        for (int k = Math.Max(0, from); k < to && k < words.Count; k++)
            if (words[k].Lower is "that" or "which" or "who" or "whom" or ";" or ":" or "said" or "says") return true;
        return false;
    }

    private static bool Same(ActorMention x, ActorMention y) =>
        (x.Entity is not null && x.Entity == y.Entity) || (x.Start == y.Start && x.End == y.End);

    private static int NearestLeft(List<ActorMention> mentions, bool[] loc, int before)
    {
        for (int i = mentions.Count - 1; i >= 0; i--)
            if (mentions[i].EndWord <= before && !loc[i]) return i;
        return -1;
    }

    private static int FirstRight(List<Word> words, List<ActorMention> mentions, bool[] loc, int after, out int byIndex, bool passive) =>
        FirstRight(words, mentions, loc, after, out byIndex, passive, out _);

    /// <param name="objectAgent">In the active voice, the first "by X" after the object noun ("rejected calls by X",
    /// "demanded an admission by X"): X is the agent of the object, as in "X's calls", so a recipient candidate.</param>
    private static int FirstRight(List<Word> words, List<ActorMention> mentions, bool[] loc, int after, out int byIndex, bool passive, out int objectAgent)
    {
        byIndex = -1;
        objectAgent = -1;
        int first = -1;
        int stop = words.Count;
        for (int k = after; k < words.Count; k++)
        {
            var w = words[k];
            if ((w.IsPunct && w.Lower is "," or ";" or ":" or "(" or "." or "!" or "?") || ClauseStops.Contains(w.Lower) || w.Lower is "said" or "says" or "told") { stop = k; break; }
        }
        for (int i = 0; i < mentions.Count; i++)
        {
            var mm = mentions[i];
            if (mm.FirstWord < after || mm.FirstWord >= stop) continue;
            bool afterBy = false;
            for (int k = mm.FirstWord - 1; k >= after && k >= mm.FirstWord - 3; k--)
                if (words[k].Lower == "by") { afterBy = !IsMeansBy(words, k); break; }
            if (afterBy && passive && byIndex < 0 && mm.FirstWord - after <= 6) { byIndex = i; continue; }
            if (afterBy && !passive && objectAgent < 0 && !loc[i] && !mm.IsPronoun && words[after].Lower != "by") objectAgent = i;
            if (loc[i] || afterBy) continue;
            if (mm.FirstWord > after && words[mm.FirstWord - 1].Lower is "for" or "alongside" or "among" or "behind") continue;
            if (first < 0) first = i;
        }
        return first;
    }

    private static void AddCompound(List<Word> words, List<ActorMention> mentions, bool[] loc, int i, List<ActorMention> into, bool forward = false)
    {
        var group = new List<ActorMention> { mentions[i] };
        if (!forward)
        {
            for (int j = i - 1; j >= 0; j--)
            {
                if (loc[j] || !Joined(words, mentions[j].EndWord, mentions[j + 1 <= i ? j + 1 : i].FirstWord)) break;
                group.Insert(0, mentions[j]);
            }
        }
        else
        {
            for (int j = i + 1; j < mentions.Count; j++)
            {
                if (loc[j] || !Joined(words, mentions[j - 1].EndWord, mentions[j].FirstWord)) break;
                group.Add(mentions[j]);
            }
        }
        into.AddRange(group);
    }

    // "X and Y", "X, Y and Z", "X and the Y"
    private static bool Joined(List<Word> words, int from, int to)
    {
        if (to - from < 1 || to - from > 3) return false;
        bool and = false;
        for (int k = from; k < to; k++)
        {
            var w = words[k].Lower;
            if (w is "and" or "," ) { and = true; continue; }
            if (w is "the" or "a" or "an") continue;
            if (k > from && !words[k].IsCapitalized && !words[k].IsPunct) continue;
            return false;
        }
        return and;
    }

    private static ActorMention? SpeakerOfCue(Article a, List<ActorMention> mentions, CodedEvent ev)
    {
        foreach (var q in a.Quotes)
        {
            if (q.Cue is not { } cue || q.Speaker is null) continue;
            if (cue.Start < ev.TriggerEnd && ev.TriggerStart < cue.End)
            {
                var e = a.FindEntity(q.Speaker);
                if (e is null) return null;
                var src = q.Source ?? new TextSpan(cue.Start, cue.End);
                var inSentence = mentions.Find(x => x.Entity == e.Id);
                return inSentence ?? new ActorMention(src.Start, src.End, -1, -1, e.Id, e.Country, e.Sector, false, false) { Name = e.Name };
            }
        }
        return null;
    }

    private static string? QuoteAround(Article a, int offset)
    {
        foreach (var q in a.Quotes) if (q.Content.Contains(offset)) return q.Id;
        return null;
    }

    private static bool FirstPersonSubject(List<Word> words, int trigger)
    {
        for (int k = trigger - 1, n = 0; k >= 0 && n < 8; k--, n++)
        {
            var w = words[k].Lower;
            if (w is "we" or "i") return true;
            if (words[k].IsPunct && w is "." or ";" or ":") return false;
            if (w is "he" or "she" or "they" or "it") return false;
        }
        return false;
    }

    private static ActorMention? QuoteSpeaker(Article a, List<ActorMention> mentions, int offset)
    {
        foreach (var q in a.Quotes)
        {
            if (!q.Content.Contains(offset) || a.FindEntity(q.Speaker) is not { } e) continue;
            var src = q.Source ?? q.Cue ?? q.Content;
            return mentions.Find(x => x.Entity == e.Id) ?? new ActorMention(src.Start, src.End, -1, -1, e.Id, e.Country, e.Sector, false, false) { Name = e.Name };
        }
        return null;
    }

    private static string? QuoteSpeakerCountry(Article a, int offset)
    {
        foreach (var q in a.Quotes)
            if (q.Content.Contains(offset) && a.FindEntity(q.Speaker) is { Country: { } c }) return c;
        return null;
    }

    /// <summary>A subject the mention layer does not cover: a title or sector noun just left of the trigger.</summary>
    private ActorMention? SubjectWithoutMention(List<Word> words, List<ActorMention> mentions, int trigger)
    {
        int k = trigger - 1;
        while (k >= 0 && (Skippable.Contains(words[k].Lower) || words[k].Lower.EndsWith("ly"))) k--;
        int end = k + 1;
        for (int n = 0; k >= 0 && n < 6; k--, n++)
        {
            var w = words[k];
            if (w.IsPunct || ClauseStops.Contains(w.Lower) || w.Lower == "that") break;
            int mi = mentions.FindIndex(x => k >= x.FirstWord && k < x.EndWord);
            if (mi >= 0)
            {
                // "Security forces in Guinea": a sector noun before "in PLACE" takes the place's country
                var place = mentions[mi];
                int p = place.FirstWord - 1;
                while (p >= 0 && Determiners.Contains(words[p].Lower)) p--;
                if (place.IsPlace && p >= 1 && words[p].Lower == "in" && SectorNounAt(words, p - 1) is { } sec)
                {
                    int b = p - 1;
                    while (b > 0 && !words[b - 1].IsPunct && (SectorNounAt(words, b - 1) is not null || words[b - 1].IsCapitalized)) b--;
                    return new ActorMention(words[b].Start, words[p - 1].End, b, p, null, place.Country, sec, false, false);
                }
                return null;
            }
            if (Pronouns.Contains(w.Lower)) return null;
            if (CalendarWords.Contains(w.Lower)) continue;
            var s = SectorNounAt(words, k);
            if (s is not null || (w.IsCapitalized && k > 0))
            {
                int e = k + 1;
                while (e < end && (words[e].IsCapitalized || SectorNounAt(words, e) is not null)) e++;
                return new ActorMention(words[k].Start, words[e - 1].End, k, e, null, PossessorCountry(words, mentions, k) ?? NgoCode(words, k), s ?? SectorAround(words, k, e), false, false);
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the subject phrase before a verb (back to the clause start) names a military unit ("troops", "warships";
    /// grammar.tsv military-unit: units, not officers, who do pay visits): null if not, true when it is a peacekeeping unit ("peacekeepers", "peacekeeping
    /// troops"), false for other forces.
    /// </summary>
    /// <summary>Modes that refine a verb's own mode (a "suicide" bombing is still explosives): a cue for them is kept.</summary>
    private static readonly HashSet<string> SpecificModes = EventGrammar.Default.Set("specific-mode");
    private static readonly HashSet<string> ReliefWords = EventGrammar.Default.Set("relief-purpose");

    /// <summary>A purpose clause "to help/assist/..." or a relief noun ("relief", "humanitarian") later in the trigger's clause.</summary>
    private static bool ReliefPurpose(List<Word> words, int after)
    {
        for (int k = after; k < words.Count && k - after < 14; k++)
        {
            var w = words[k];
            if (w.Lower == ";" || Subordinators.Contains(w.Lower)) break;
            if (!ReliefWords.Contains(w.Lower)) continue;
            if (w.Lower is "relief" or "humanitarian" || words[k - 1].Lower == "to") return true;
        }
        return false;
    }

    private static readonly HashSet<string> InspectorSubjects = EventGrammar.Default.Set("inspector-subject");
    private static readonly HashSet<string> CourtSubjects = EventGrammar.Default.Set("court-subject");
    private static readonly HashSet<string> AircraftSubjects = EventGrammar.Default.Set("aircraft-subject");
    private static readonly HashSet<string> DroneSubjects = EventGrammar.Default.Set("drone-subject");
    private static readonly HashSet<string> PoliceSubjects = EventGrammar.Default.Set("police-subject");

    /// <summary>Whether the subject phrase before a verb (back to the clause start, at most ten words) has a word of <paramref name="set"/>.</summary>
    private static bool SubjectHas(List<Word> words, int verb, HashSet<string> set)
    {
        for (int k = verb - 1, n = 0; k >= 0 && n < 10; k--, n++)
        {
            var w = words[k];
            if (w.IsPunct && w.Lower is not ("-" or "'s")) break;
            if (ClauseStops.Contains(w.Lower) || w.Lower == "that") break;
            if (set.Contains(w.Lower)) return true;
        }
        return false;
    }

    private bool? MilitarySubject(List<Word> words, int verb)
    {
        bool? found = null;
        bool peace = false;
        for (int k = verb - 1, n = 0; k >= 0 && n < 10; k--, n++)
        {
            var w = words[k];
            if (w.IsPunct && w.Lower is not ("-" or "'s")) break;
            if (ClauseStops.Contains(w.Lower) || w.Lower == "that") break;
            if (w.Lower.StartsWith("peacekeep", StringComparison.Ordinal)) peace = true;
            if (MilitaryUnits.Contains(w.Lower)) found = true;
        }
        return found is null && !peace ? null : peace;
    }

    /// <summary>"NGO" when the head noun at word <paramref name="k"/> (one word, or two: "rights group") is an NGO noun.</summary>
    private string? NgoCode(List<Word> words, int k)
    {
        if (_lex.NgoNouns.Contains(words[k].Lower)) return "NGO";
        return k + 1 < words.Count && _lex.NgoNouns.Contains(words[k].Lower + " " + words[k + 1].Lower) ? "NGO" : null;
    }

    /// <summary>
    /// The country of a mention that qualifies the noun phrase ending at head word <paramref name="head"/> from inside
    /// it: a possessor ("Bosnia's Muslim-led government", "Nigeria's military rulers") or a demonym or name modifier
    /// ("the Sudanese military government"); null when the phrase has none.
    /// </summary>
    private static string? PossessorCountry(List<Word> words, List<ActorMention> mentions, int head)
    {
        for (int j = head - 1, n = 0; j >= 0 && n < 6; j--, n++)
        {
            var w = words[j];
            if (w.IsPunct && w.Lower is not ("-" or "'s")) return null;
            if (ClauseStops.Contains(w.Lower) || Determiners.Contains(w.Lower) || Skippable.Contains(w.Lower) || FunctionWords.Contains(w.Lower) || w.Lower == "that") return null;
            int mi = mentions.FindIndex(x => j >= x.FirstWord && j < x.EndWord);
            if (mi < 0) continue;
            var m = mentions[mi];
            if (m.IsPronoun) return null;
            if (m.Country is not null) return m.Country;
            j = m.FirstWord; // a modifier without a country ("Muslim-led"): look further left
        }
        return null;
    }

    // ---------------------------------------------------------------- dates

    private static string? DateOf(Article a, List<Word> words, int start, int end)
    {
        foreach (var t in a.Times)
            if (t.Start >= start && t.End <= end && t.From is not null) return t.From;
        if (a.Meta.Published is not { } pub) return null;
        var day = DateOnly.FromDateTime(pub.UtcDateTime);
        foreach (var w in words)
        {
            if (w.Lower == "today" || w.Lower == "tonight") return Iso(day);
            if (w.Lower == "yesterday") return Iso(day.AddDays(-1));
            int wd = Array.IndexOf(Weekdays, w.Lower);
            if (wd >= 0)
            {
                int pubWd = ((int)day.DayOfWeek + 6) % 7; // Monday = 0
                int back = (pubWd - wd + 7) % 7;
                return Iso(day.AddDays(-back));
            }
        }
        return null;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
