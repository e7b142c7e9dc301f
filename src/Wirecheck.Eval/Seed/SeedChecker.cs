namespace Wirecheck.Eval.Seed;

using System.Text;
using System.Text.Json;
using Wirecheck.Core.Model;
using Wirecheck.Eval.Framework;
using Wirecheck.Extraction;
using Wirecheck.Nlp;

/// <summary>One gold item checked: its section, a short description, whether it passed, why not, and whether it counts.</summary>
public sealed record SeedItemResult(string Section, string Item, bool Passed, string? Reason, bool Optional);

/// <summary>
/// Runs the pipeline on the seed article and checks each item of <c>seed.expected.json</c> with the matching
/// rules of the gold README (case-insensitive, white space collapsed, curly and straight quotes equal).
/// </summary>
public sealed class SeedChecker(string goldPath)
{
    public EvalReport Run(EvalContext context)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var root = gold.RootElement;
        var sharedDir = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(goldPath)))!;
        var docPath = Path.Combine(sharedDir, root.GetProperty("document").GetString()!);
        var article = ArticleExtractor.ReadAsync(docPath, ExtractionOptions.Default, context.CancellationToken).GetAwaiter().GetResult();
        StandardPipeline.Default.Run(article, context.CancellationToken);
        var results = Check(root, article);

        var report = new EvalReport("seed");
        foreach (var r in results)
            context.Log.WriteLine($"{(r.Passed ? "PASS" : r.Optional ? "opt-" : "FAIL")} {r.Section,-10} {r.Item}{(r.Passed ? "" : "  — " + r.Reason)}");
        foreach (var section in results.Select(r => r.Section).Distinct())
        {
            var counted = results.Where(r => r.Section == section && !r.Optional).ToList();
            int passed = counted.Count(r => r.Passed);
            report.Metrics[$"{section}.passed"] = passed;
            report.Rows.Add(new MetricRow($"{section} ({passed}/{counted.Count})", null, null, counted.Count == 0 ? null : (double)passed / counted.Count, counted.Count));
            var optional = results.Where(r => r.Section == section && r.Optional).ToList();
            if (optional.Count > 0) report.Notes.Add($"{section}: optional items passed {optional.Count(r => r.Passed)}/{optional.Count}");
        }
        var all = results.Where(r => !r.Optional).ToList();
        report.Metrics["passed"] = all.Count(r => r.Passed);
        report.Metrics["total"] = all.Count;
        return report;
    }

    public static List<SeedItemResult> Check(JsonElement root, Article a)
    {
        var results = new List<SeedItemResult>();
        // names in claims and events refer to the gold entities list, whose aliases name the same referent
        var aliases = new Dictionary<string, HashSet<string>>();
        if (root.TryGetProperty("entities", out var goldEntities))
            foreach (var ge in goldEntities.EnumerateArray())
                if (Str(ge, "name") is { } gname) aliases[Norm(gname)] = NamesOf(ge).Select(Norm).ToHashSet();
        bool Named(Entity? e, string name)
        {
            if (e is null) return false;
            var accepted = aliases.TryGetValue(Norm(name), out var set) ? set : new HashSet<string> { Norm(name) };
            return accepted.Contains(Norm(e.Name)) || e.Aliases.Any(x => accepted.Contains(Norm(x)));
        }
        void Add(string section, string item, string? failure, bool optional = false) =>
            results.Add(new SeedItemResult(section, item, failure is null, failure, optional));

        if (root.TryGetProperty("extraction", out var ex)) CheckExtraction(ex, a, Add);
        if (root.TryGetProperty("entities", out var ents))
            foreach (var e in ents.EnumerateArray()) Add("entities", Str(e, "name") ?? "?", CheckEntity(e, a));
        if (root.TryGetProperty("quotes", out var quotes))
            foreach (var q in quotes.EnumerateArray())
                Add("quotes", $"{Str(q, "speaker") ?? First(q, "speaker_any_of")}: {Str(q, "content_contains")}", CheckQuote(q, a), q.TryGetProperty("optional", out var o) && o.GetBoolean());
        if (root.TryGetProperty("claims", out var claims))
            foreach (var c in claims.EnumerateArray()) Add("claims", $"{Str(c, "object_contains")} / {Str(c, "predicate_contains")}", CheckClaim(c, a, Named));
        if (root.TryGetProperty("events", out var events))
            foreach (var v in events.EnumerateArray()) Add("events", $"{string.Join("|", Strs(v, "types"))} «{Str(v, "trigger_contains")}»", CheckEvent(v, a, Named));
        CheckMustNot(a, Add);
        return results;
    }

    // ---- extraction --------------------------------------------------------------------------

    private static void CheckExtraction(JsonElement ex, Article a, Action<string, string, string?, bool> add)
    {
        if (Str(ex, "title") is { } title)
        {
            var ok = a.Meta.Title is not null && Norm(a.Meta.Title).TrimEnd('.') == Norm(title).TrimEnd('.');
            add("extraction", "title", ok ? null : $"meta.title is \"{a.Meta.Title}\"", false);
        }
        foreach (var h in Strs(ex, "headings"))
        {
            bool isHeading = a.Blocks.Any(b => b.Kind == BlockKind.Heading && Norm(a.Covered(b.Start, b.End)) == Norm(h));
            bool inParagraph = a.Blocks.Any(b => b.Kind != BlockKind.Heading && Norm(a.Covered(b.Start, b.End)).Contains(Norm(h)));
            add("extraction", $"heading \"{h}\"", isHeading && !inParagraph ? null : isHeading ? "also inside a paragraph" : "no heading block with this text", false);
        }
        var text = Norm(a.Text);
        foreach (var s in Strs(ex, "body_must_include"))
            add("extraction", $"body includes \"{Clip(s)}\"", text.Contains(Norm(s)) ? null : "not in text", false);
        foreach (var s in Strs(ex, "body_must_exclude"))
            add("extraction", $"body excludes \"{Clip(s)}\"", text.Contains(Norm(s)) ? "still in text" : null, false);
        if (ex.TryGetProperty("repairs", out var reps))
            foreach (var r in reps.EnumerateArray())
            {
                var kind = Str(r, "kind")!;
                var after = Str(r, "after_contains")!;
                bool has = a.Repairs.Any(x => x.Kind == kind);
                add("extraction", $"repair {kind}", !has ? $"no repair of kind {kind}" : text.Contains(Norm(after)) ? null : $"text lacks \"{Clip(after)}\"", false);
            }
    }

    // ---- entities ----------------------------------------------------------------------------

    private static IEnumerable<string> NamesOf(JsonElement e) =>
        new[] { Str(e, "name") }.Concat(Strs(e, "aliases")).Where(x => x is not null)!;

    private static string? CheckEntity(JsonElement g, Article a)
    {
        var names = NamesOf(g).Select(Norm).ToHashSet();
        var type = Str(g, "type");
        var candidates = a.Entities.Where(e => names.Contains(Norm(e.Name))).ToList();
        if (candidates.Count == 0) return $"no entity named {string.Join(" / ", NamesOf(g))}";
        var typed = candidates.Where(e => type is null || e.Type.ToString() == type).ToList();
        if (typed.Count == 0) return $"found as {string.Join(", ", candidates.Select(c => c.Type))}, not {type}";
        string? firstReason = null;
        foreach (var e in typed)
        {
            var reason = EntityFieldsFail(g, e, a);
            if (reason is null) return null;
            firstReason ??= reason;
        }
        return firstReason;
    }

    private static string? EntityFieldsFail(JsonElement g, Entity e, Article a)
    {
        if (Str(g, "country") is { } c && e.Country != c) return $"country {e.Country ?? "null"}, expected {c}";
        if (Str(g, "sector") is { } s && e.Sector != s) return $"sector {e.Sector ?? "null"}, expected {s}";
        foreach (var w in Strs(g, "titles_contain"))
            if (!e.Titles.Any(t => Norm(t).Contains(Norm(w)))) return $"no title containing \"{w}\" (titles: {string.Join("; ", e.Titles)})";
        if (g.TryGetProperty("min_mentions", out var mm) && e.Mentions.Count < mm.GetInt32()) return $"{e.Mentions.Count} mentions, expected at least {mm.GetInt32()}";
        foreach (var m in Strs(g, "mentions_must_include"))
            if (!e.Mentions.Any(x => Norm(a.Covered(x.Start, x.End)) == Norm(m))) return $"no mention \"{m}\"";
        if (g.TryGetProperty("geo", out var geo))
        {
            if (e.Geo is null) return "not geocoded";
            if (Str(geo, "country") is { } gc && e.Geo.Country != gc) return $"geo country {e.Geo.Country}, expected {gc}";
            if (Str(geo, "admin1") is { } ga && e.Geo.Admin1 != ga) return $"admin1 {e.Geo.Admin1}, expected {ga}";
            if (Str(geo, "feature") is { } gf && e.Geo.Feature != gf) return $"feature {e.Geo.Feature}, expected {gf}";
            double km = Wirecheck.Nlp.Geo.Geocoder.DistanceKm(e.Geo.Lat, e.Geo.Lon, geo.GetProperty("lat").GetDouble(), geo.GetProperty("lon").GetDouble());
            double within = geo.TryGetProperty("within_km", out var wk) ? wk.GetDouble() : 161;
            if (km > within) return $"{km:0} km away, expected within {within:0}";
        }
        return null;
    }

    // ---- quotes ------------------------------------------------------------------------------

    private static bool SpeakerMatches(Quote q, Article a, string? speaker, IEnumerable<string> anyOf)
    {
        var ent = a.FindEntity(q.Speaker);
        if (speaker is not null && ent is not null && (Norm(ent.Name) == Norm(speaker) || ent.Aliases.Any(x => Norm(x) == Norm(speaker)))) return true;
        foreach (var s in anyOf)
        {
            if (ent is not null && (Norm(ent.Name) == Norm(s) || ent.Aliases.Any(x => Norm(x) == Norm(s)))) return true;
            if (q.Source is { } src && Norm(a[src]) == Norm(s)) return true;
        }
        return false;
    }

    private static string? CheckQuote(JsonElement g, Article a)
    {
        var speaker = Str(g, "speaker");
        var anyOf = Strs(g, "speaker_any_of").ToList();
        var kinds = Strs(g, "kinds").ToHashSet();
        var content = Norm(Str(g, "content_contains")!);
        var lemma = Str(g, "cue_lemma");
        var withContent = a.Quotes.Where(q => Norm(a[q.Content]).Contains(content)).ToList();
        if (withContent.Count == 0) return "no quote with this content";
        var bySpeaker = withContent.Where(q => SpeakerMatches(q, a, speaker, anyOf)).ToList();
        if (bySpeaker.Count == 0)
            return "speaker is " + string.Join(", ", withContent.Select(q => a.FindEntity(q.Speaker)?.Name ?? (q.Source is { } s ? $"\"{a[s]}\" (unresolved)" : "null")));
        var byKind = bySpeaker.Where(q => kinds.Contains(Quote.KindName(q.Kind))).ToList();
        if (byKind.Count == 0) return "kind is " + string.Join(", ", bySpeaker.Select(q => Quote.KindName(q.Kind)));
        if (lemma is null) return null;
        bool lemmaOk = byKind.Any(q => Norm(q.CueLemma ?? "") == Norm(lemma) || (q.Cue is { } c && Norm(a[c]) == Norm(lemma)));
        return lemmaOk ? null : "cue is " + string.Join(", ", byKind.Select(q => q.CueLemma ?? (q.Cue is { } c ? a[c] : "null")));
    }

    // ---- claims ------------------------------------------------------------------------------

    private static string? CheckClaim(JsonElement g, Article a, Func<Entity?, string, bool> named)
    {
        string? best = null;
        foreach (var c in a.Claims)
        {
            var reason = ClaimFails(g, c, a, named);
            if (reason is null) return null;
            best ??= reason;
        }
        return a.Claims.Count == 0 ? "no claims" : $"no claim matches (e.g. {best})";
    }

    private static string? ClaimFails(JsonElement g, Claim c, Article a, Func<Entity?, string, bool> named)
    {
        if (Str(g, "object_contains") is { } obj && !Norm(c.Object ?? "").Contains(Norm(obj))) return $"object \"{c.Object}\"";
        if (g.TryGetProperty("quantity", out var q))
        {
            if (q.TryGetProperty("value", out var v) && c.Quantity.Value != v.GetDouble()) return $"value {c.Quantity.Value}";
            if (q.TryGetProperty("exact", out var ex) && ex.GetBoolean() && (c.Quantity.Approximate || c.Quantity.Vague || c.Quantity.Min != c.Quantity.Max && (c.Quantity.Min is not null || c.Quantity.Max is not null)))
                return "quantity not exact";
            if (q.TryGetProperty("min", out var mn) && mn.ValueKind == JsonValueKind.Number && c.Quantity.Min != mn.GetDouble()) return $"min {c.Quantity.Min}";
            if (q.TryGetProperty("minInclusive", out var mi) && c.Quantity.MinInclusive != mi.GetBoolean()) return $"minInclusive {c.Quantity.MinInclusive}";
            if (q.TryGetProperty("max", out var mx))
            {
                if (mx.ValueKind == JsonValueKind.Null && c.Quantity.Max is not null) return $"max {c.Quantity.Max}, expected none";
                if (mx.ValueKind == JsonValueKind.Number && c.Quantity.Max != mx.GetDouble()) return $"max {c.Quantity.Max}";
            }
        }
        if (Str(g, "predicate_contains") is { } pred && !Norm(c.Predicate ?? "").Contains(Norm(pred))) return $"predicate \"{c.Predicate}\"";
        if (g.TryGetProperty("time", out var t))
        {
            if (c.Time is null) return "no time";
            if (Str(t, "start") is { } ts && c.Time.From != ts) return $"time starts {c.Time.From}";
            if (Str(t, "end") is { } te && c.Time.To != te) return $"time ends {c.Time.To}";
        }
        if (Str(g, "place") is { } place)
        {
            var pe = a.FindEntity(c.Place);
            if (!named(pe, place)) return $"place {pe?.Name ?? "null"}";
        }
        var anyOf = Strs(g, "attributed_to_any_of").ToList();
        if (anyOf.Count > 0)
        {
            var q2 = a.FindQuote(c.AttributedTo);
            if (q2 is null) return "not attributed to a quote";
            if (!SpeakerMatches(q2, a, null, anyOf)) return $"attributed to {a.FindEntity(q2.Speaker)?.Name ?? (q2.Source is { } s ? a[s] : "?")}";
        }
        return null;
    }

    // ---- events ------------------------------------------------------------------------------

    private static string? CheckEvent(JsonElement g, Article a, Func<Entity?, string, bool> named)
    {
        string? best = null;
        foreach (var v in a.Events)
        {
            var reason = EventFails(g, v, a, named);
            if (reason is null) return null;
            best ??= reason;
        }
        return a.Events.Count == 0 ? "no events" : $"no event matches (e.g. {best})";
    }

    private static string? EventFails(JsonElement g, Event v, Article a, Func<Entity?, string, bool> named)
    {
        if (Str(g, "trigger_contains") is { } trig && !Norm(a[v.Trigger]).Contains(Norm(trig))) return $"trigger \"{a[v.Trigger]}\"";
        bool typeOk(JsonElement spec) =>
            Strs(spec, "types").Contains(v.Type) && (!spec.TryGetProperty("modes", out _) || Strs(spec, "modes").Contains(v.Mode ?? ""));
        bool anyType = typeOk(g) || (g.TryGetProperty("accept_also", out var alt) && alt.EnumerateArray().Any(typeOk));
        if (!anyType) return $"type {v.Type}/{v.Mode}";
        var actors = v.Actors.Select(a.FindEntity).Where(e => e is not null).ToList();
        var recips = v.Recipients.Select(a.FindEntity).Where(e => e is not null).ToList();
        if (Str(g, "actor") is { } an && !actors.Any(e => named(e, an))) return $"actor {string.Join(",", actors.Select(e => e!.Name))}";
        if (Str(g, "actor_country") is { } ac && !actors.Any(e => e!.Country == ac)) return $"actor country {string.Join(",", actors.Select(e => e!.Country))}";
        if (Str(g, "actor_sector") is { } asec && !actors.Any(e => e!.Sector == asec)) return $"actor sector {string.Join(",", actors.Select(e => e!.Sector))}";
        if (Str(g, "recipient_country") is { } rc && !recips.Any(e => e!.Country == rc)) return $"recipient country {string.Join(",", recips.Select(e => e!.Country))}";
        if (Str(g, "location") is { } loc)
        {
            var le = a.FindEntity(v.Location);
            if (!named(le, loc)) return $"location {le?.Name ?? "null"}";
        }
        return null;
    }

    // ---- must_not ----------------------------------------------------------------------------

    private static void CheckMustNot(Article a, Action<string, string, string?, bool> add)
    {
        var bad = a.Entities.Where(e => e.Type == EntityType.PERSON && Norm(e.Name) is "others" or "also" or "china walks").Select(e => e.Name).ToList();
        add("must_not", "no PERSON named Others, Also or China Walks", bad.Count == 0 ? null : $"found {string.Join(", ", bad)}", false);
        // quote speaker must not be the outlet: no speaker entity of sector JRN when the quote's source names a person
        var outletQuotes = a.Quotes.Where(q => a.FindEntity(q.Speaker) is { Type: EntityType.ORG, Sector: "JRN" }).Select(q => a[q.Content]).ToList();
        add("must_not", "no quote attributed to the outlet", outletQuotes.Count == 0 ? null : $"{outletQuotes.Count} quote(s) attributed to a news organisation", false);
        // nothing read from removed teaser lines: removed text is not in the article text, so no span can cover it
        var removedInText = a.Removed.Where(r => r.Text.Length > 12 && a.Text.Contains(r.Text, StringComparison.Ordinal)).Select(r => r.Text).ToList();
        add("must_not", "no claim or event from removed teaser lines", removedInText.Count == 0 ? null : $"removed text still present: {string.Join(" | ", removedInText)}", false);
    }

    // ---- helpers -----------------------------------------------------------------------------

    public static string Norm(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var ch in s)
        {
            char c = ch switch { '“' or '”' or '„' or '«' or '»' => '"', '‘' or '’' or '`' => '\'', _ => char.ToLowerInvariant(ch) };
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<string> Strs(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)
            : Enumerable.Empty<string>();

    private static string? First(JsonElement e, string name) => Strs(e, name).FirstOrDefault();

    private static string Clip(string s) => s.Length <= 50 ? s : s[..49] + "…";
}
