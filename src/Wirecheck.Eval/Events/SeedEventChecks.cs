namespace Wirecheck.Eval.Events;

using System.Text.Json;
using Wirecheck.Core.Model;
using Wirecheck.Eval.Framework;
using Wirecheck.Extraction;
using Wirecheck.Nlp;

/// <summary>
/// Checks the <c>events</c> items of <c>gold/seed.expected.json</c> against the pipeline's output on the seed article
/// (matching rules of gold/README.md: type in <c>types</c> or an <c>accept_also</c> entry, mode in <c>modes</c>,
/// trigger contains <c>trigger_contains</c>, and actor / recipient / location names, countries and sectors).
/// </summary>
public static class SeedEventChecks
{
    public static bool TryRun(EvalContext context, out int passed, out int total, out List<string> lines)
    {
        passed = 0; total = 0; lines = new List<string>();
        var shared = Path.GetFullPath(Path.Combine(context.DataDir, "..", ".."));
        var goldPath = Path.Combine(shared, "gold", "seed.expected.json");
        if (!File.Exists(goldPath) && SharedData.Find() is { } s) { shared = s; goldPath = Path.Combine(s, "gold", "seed.expected.json"); }
        if (!File.Exists(goldPath)) return false;
        using var doc = JsonDocument.Parse(File.ReadAllText(goldPath));
        var root = doc.RootElement;
        if (!root.TryGetProperty("events", out var items) || !root.TryGetProperty("document", out var docName)) return false;
        var articlePath = Path.Combine(shared, docName.GetString() ?? "");
        if (!File.Exists(articlePath)) return false;
        var article = ArticleExtractor.ReadAsync(articlePath, new ExtractionOptions(), context.CancellationToken).GetAwaiter().GetResult();
        StandardPipeline.Default.Run(article, context.CancellationToken);
        foreach (var item in items.EnumerateArray())
        {
            total++;
            var hit = article.Events.FirstOrDefault(v => Matches(article, v, item));
            if (hit is not null) passed++;
            lines.Add($"{(hit is null ? "FAIL" : "pass")} {Describe(item)}{(hit is null ? "" : "  <- " + hit.Id + " " + hit.Type + "/" + (hit.Mode ?? "-") + " «" + article[hit.Trigger] + "»")}");
        }
        return true;
    }

    private static string Describe(JsonElement item) =>
        string.Join(" ", item.EnumerateObject().Where(p => p.Name != "accept_also").Select(p => $"{p.Name}={Flat(p.Value)}"));

    private static string Flat(JsonElement v) => v.ValueKind == JsonValueKind.Array ? string.Join("|", v.EnumerateArray().Select(x => x.ToString())) : v.ToString();

    public static bool Matches(Article a, Event v, JsonElement item)
    {
        bool typeOk = TypeModeOk(v, item);
        if (!typeOk && item.TryGetProperty("accept_also", out var alts))
            foreach (var alt in alts.EnumerateArray()) typeOk |= TypeModeOk(v, alt);
        if (!typeOk) return false;
        if (Str(item, "trigger_contains") is { } trig && !Norm(a[v.Trigger]).Contains(Norm(trig))) return false;
        if (!ArgOk(a, v, "actor", Str(item, "actor"), Str(item, "actor_country"), Str(item, "actor_sector"))) return false;
        if (!ArgOk(a, v, "recipient", Str(item, "recipient"), Str(item, "recipient_country"), Str(item, "recipient_sector"))) return false;
        if (Str(item, "location") is { } place)
        {
            var arg = v.Arguments.FirstOrDefault(x => x.Role == "location");
            if (arg is null || !NameOk(a, arg, place)) return false;
        }
        return true;
    }

    private static bool TypeModeOk(Event v, JsonElement spec)
    {
        if (spec.TryGetProperty("types", out var types) && !types.EnumerateArray().Any(t => t.GetString() == v.Type)) return false;
        if (spec.TryGetProperty("modes", out var modes) && !modes.EnumerateArray().Any(m => m.GetString() == v.Mode)) return false;
        return true;
    }

    private static bool ArgOk(Article a, Event v, string role, string? name, string? country, string? sector)
    {
        if (name is null && country is null && sector is null) return true;
        foreach (var arg in v.Arguments)
        {
            if (arg.Role != role) continue;
            if (name is not null && !NameOk(a, arg, name)) continue;
            if (country is not null && arg.Country != country) continue;
            if (sector is not null && arg.Sector != sector) continue;
            return true;
        }
        return false;
    }

    private static bool NameOk(Article a, EventArgument arg, string name)
    {
        var n = Norm(name);
        if (a.FindEntity(arg.Entity) is { } e) return Norm(e.Name) == n || e.Aliases.Any(x => Norm(x) == n);
        return Norm(a.Covered(arg.Start, arg.End)) == n;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Norm(string s) =>
        string.Join(' ', s.Replace('’', '\'').Replace('“', '"').Replace('”', '"').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
