namespace Wirecheck.Nlp.Tests.Events;

using Wirecheck.Core.Model;
using Wirecheck.Nlp;

/// <summary>One made-up sentence of a batch file (Events/Batches/batch-NN.tsv) with the helper's gold coding.</summary>
internal sealed record EventBatchItem(int Line, string Type, string? Mode, IReadOnlyList<string> Actors, IReadOnlyList<string> Recipients, string Text);

/// <summary>The scores of one batch: type, mode (where the gold has one), actor and recipient country, as the events eval counts them.</summary>
internal sealed record EventBatchScore(string Batch, int N, int TypeOk, int ModeN, int ModeOk, int ActorN, int ActorOk, int RecipN, int RecipOk, IReadOnlyList<string> Misses)
{
    public double Type => N == 0 ? 0 : (double)TypeOk / N;
    public double Mode => ModeN == 0 ? 0 : (double)ModeOk / ModeN;
    public double Actor => ActorN == 0 ? 0 : (double)ActorOk / ActorN;
    public double Recipient => RecipN == 0 ? 0 : (double)RecipOk / RecipN;

    public override string ToString() =>
        $"{Batch}: n={N} type {TypeOk}/{N} = {Type:0.000}  mode {ModeOk}/{ModeN} = {Mode:0.000}  actor {ActorOk}/{ActorN} = {Actor:0.000}  recipient {RecipOk}/{RecipN} = {Recipient:0.000}";
}

/// <summary>
/// Made-up wire-style sentences in batches (tests/Wirecheck.Nlp.Tests/Events/Batches), each run alone through the
/// standard pipeline and scored like <c>wirecheck eval events</c> scores the PLOVER gold sentences (headline event:
/// highest confidence, then earliest trigger; actor/recipient country of the first actor/recipient argument).
/// Each batch's first-pass score (before any rule was changed for it) is recorded in the session report; the tests
/// pin the scores reached after the general rules the batch motivated.
/// </summary>
internal static class EventBatch
{
    public static string Dir
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            {
                var c = Path.Combine(d.FullName, "tests", "Wirecheck.Nlp.Tests", "Events", "Batches");
                if (Directory.Exists(c)) return c;
            }
            var env = Environment.GetEnvironmentVariable("WIRECHECK_EVENT_BATCHES");
            return env ?? throw new DirectoryNotFoundException("tests/Wirecheck.Nlp.Tests/Events/Batches not found");
        }
    }

    public static List<EventBatchItem> Load(string path)
    {
        var items = new List<EventBatchItem>();
        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw[0] == '#') continue;
            var f = raw.Split('\t');
            if (f.Length != 5) throw new FormatException($"{path}:{line}: expected 5 tab-separated fields, got {f.Length}");
            static IReadOnlyList<string> Codes(string s) => s == "-" ? [] : s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            items.Add(new EventBatchItem(line, f[0], f[1] == "-" ? null : f[1], Codes(f[2]), Codes(f[3]), f[4]));
        }
        return items;
    }

    public static EventBatchScore Score(string path)
    {
        var pipeline = StandardPipeline.Default;
        int n = 0, typeOk = 0, modeN = 0, modeOk = 0, actorN = 0, actorOk = 0, recipN = 0, recipOk = 0;
        var misses = new List<string>();
        foreach (var g in Load(path))
        {
            var a = new Article(g.Text, new InputInfo($"batch:{g.Line}", null, null));
            a.Blocks.Add(new Block(0, g.Text.Length, BlockKind.Paragraph));
            pipeline.Run(a, CancellationToken.None);
            var head = a.Events.OrderByDescending(e => e.Confidence).ThenBy(e => e.Trigger.Start).FirstOrDefault();
            var type = head?.Type ?? "NONE";
            var actorArg = head?.Arguments.FirstOrDefault(x => x.Role == "actor");
            var recipArg = head?.Arguments.FirstOrDefault(x => x.Role == "recipient");
            n++;
            bool tOk = type == g.Type;
            if (tOk) typeOk++;
            bool mOk = true;
            if (g.Mode is not null) { modeN++; mOk = tOk && head!.Mode == g.Mode; if (mOk) modeOk++; }
            bool aOk = true, rOk = true;
            if (g.Actors.Count > 0) { actorN++; aOk = actorArg?.Country is { } ac && g.Actors.Contains(ac); if (aOk) actorOk++; }
            if (g.Recipients.Count > 0) { recipN++; rOk = recipArg?.Country is { } rc && g.Recipients.Contains(rc); if (rOk) recipOk++; }
            if (!tOk || !mOk || !aOk || !rOk)
            {
                string Span(EventArgument? x) => x is null ? "-" : a.Text[x.Start..x.End];
                misses.Add($"{Path.GetFileNameWithoutExtension(path)}:{g.Line} gold {g.Type}/{g.Mode ?? "-"} [{string.Join(",", g.Actors)} -> {string.Join(",", g.Recipients)}]"
                    + $" pred {type}{(tOk ? "" : "✗")}/{head?.Mode ?? "-"}{(mOk ? "" : "✗")} «{(head is null ? "-" : a[head.Trigger])}» [{actorArg?.Country ?? "-"}{(aOk ? "" : "✗")} -> {recipArg?.Country ?? "-"}{(rOk ? "" : "✗")}]"
                    + $" actor «{Span(actorArg)}» recipient «{Span(recipArg)}» | {g.Text}");
            }
        }
        return new EventBatchScore(Path.GetFileNameWithoutExtension(path), n, typeOk, modeN, modeOk, actorN, actorOk, recipN, recipOk, misses);
    }
}
