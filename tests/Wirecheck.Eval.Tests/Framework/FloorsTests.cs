namespace Wirecheck.Eval.Tests.Framework;

using Wirecheck.Eval.Framework;

public class FloorsTests
{
    private static Floors Load(string json)
    {
        var p = Path.GetTempFileName();
        File.WriteAllText(p, json);
        try { return Floors.Load(p); } finally { File.Delete(p); }
    }

    [Fact]
    public void Below_floor_and_missing_metrics_fail()
    {
        var f = Load("{ // comment\n \"ner\": { \"f1\": 0.80, \"recall\": 0.5 } }");
        var r = new EvalReport("ner");
        r.Metrics["f1"] = 0.79;
        var failures = f.Check(r);
        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, x => x.Contains("below the floor"));
        Assert.Contains(failures, x => x.Contains("not reported"));
    }

    [Fact]
    public void At_or_above_floor_passes()
    {
        var f = Load("""{ "ner": { "f1": 0.80 } }""");
        var r = new EvalReport("ner");
        r.Metrics["f1"] = 0.80;
        Assert.Empty(f.Check(r));
        Assert.Empty(f.Check(new EvalReport("other")));
    }

    [Fact]
    public void The_repository_floors_file_parses_and_names_registered_tasks()
    {
        var path = Floors.Find();
        Assert.NotNull(path);
        var f = Floors.Load(path!);
        foreach (var t in EvalRegistry.All) _ = f.For(t.Name);
        var names = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path!), new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })
            .RootElement.EnumerateObject().Select(p => p.Name);
        Assert.All(names, n => Assert.NotNull(EvalRegistry.Find(n)));
    }

    [Fact]
    public void Prf_counts_compute_scores()
    {
        var c = new PrfCounts { Tp = 8, Fp = 2, Fn = 8 };
        Assert.Equal(0.8, c.Precision, 6);
        Assert.Equal(0.5, c.Recall, 6);
        Assert.Equal(2 * 0.8 * 0.5 / 1.3, c.F1, 6);
        Assert.Equal(0, new PrfCounts().F1);
    }
}
