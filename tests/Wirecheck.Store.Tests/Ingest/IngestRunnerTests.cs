namespace Wirecheck.Store.Tests.Ingest;

using System.IO.Compression;
using System.Text;
using Wirecheck.Nlp;
using Wirecheck.Store.Ingest;
using Wirecheck.Store.Tests.Support;

public class IngestRunnerTests
{
    private static string MakeInputs()
    {
        var dir = Path.Combine(Path.GetTempPath(), "wirecheck-tests", Guid.NewGuid().ToString("N"), "in");
        Directory.CreateDirectory(Path.Combine(dir, "sub", "deeper"));
        File.WriteAllText(Path.Combine(dir, "one.txt"), "Harbour flood\n\nHeavy rain flooded the harbour district overnight. Firefighters pumped water from dozens of basements.");
        File.WriteAllText(Path.Combine(dir, "sub", "two.html"), "<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1><p>The council approved the budget on Monday after a long debate.</p><p>The library stays open on weekends.</p></article></body></html>");
        using (var gz = new GZipStream(File.Create(Path.Combine(dir, "sub", "deeper", "three.txt.gz")), CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes("Bridge reopens\n\nThe old bridge reopened to traffic on Friday after two years of repairs."));
        File.WriteAllLines(Path.Combine(dir, "feed.jsonl"), new[]
        {
            """{"url": "https://news.example/a?utm_medium=rss", "text": "Strike ends\n\nDock workers ended their strike after the port agreed to a new contract.", "published": "2025-04-08T10:00:00Z"}""",
            """{"url": "https://news.example/b", "html": "<html><body><article><h1>Snow</h1><p>Snow closed the mountain pass for the third day in a row, police said.</p></article></body></html>"}""",
            """{"url": "https://news.example/c" """,
            "",
            """{"title": "no body"}""",
        });
        File.WriteAllText(Path.Combine(dir, "ignored.pdf"), "%PDF-1.4");
        return dir;
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public async Task Ingest_reads_every_kind_of_input_and_a_second_run_is_a_no_op(string backend)
    {
        var dir = MakeInputs();
        using var store = TestStores.Open(backend);
        var first = await new IngestRunner(store, StandardPipeline.Default, options: new IngestOptions { Parallelism = 2, BatchSize = 2 }).RunAsync(new[] { dir }, default);
        Assert.Equal(5, first.New);
        Assert.Equal(0, first.Duplicate);
        Assert.Equal(2, first.Failed);
        Assert.Contains(first.Failures, f => f.Origin.EndsWith("feed.jsonl:3") && f.Reason.StartsWith("invalid JSON"));
        Assert.Contains(first.Failures, f => f.Origin.EndsWith("feed.jsonl:5") && f.Reason.Contains("no html, text or url"));
        Assert.Equal(5, store.Count());
        Assert.Equal("2025-04-08T10:00:00Z", store.Connection.Scalar("SELECT published FROM articles WHERE url_key = '//news.example/a'") as string);

        var second = await new IngestRunner(store, StandardPipeline.Default).RunAsync(new[] { dir }, default);
        Assert.Equal(0, second.New);
        Assert.Equal(5, second.Duplicate);
        Assert.Equal(5, store.Count());
        Assert.Equal("ok", store.IntegrityCheck());
    }

    [Fact]
    public async Task The_same_document_twice_in_one_run_is_stored_once()
    {
        var dir = Path.Combine(Path.GetTempPath(), "wirecheck-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var line = """{"url": "https://news.example/same", "text": "Same story\n\nThe same text arrives twice from one feed."}""";
        File.WriteAllLines(Path.Combine(dir, "x.jsonl"), Enumerable.Repeat(line, 6));
        using var store = TestStores.Open("sqlite");
        var s = await new IngestRunner(store, StandardPipeline.Default).RunAsync(new[] { dir }, default);
        Assert.Equal(1, s.New);
        Assert.Equal(5, s.Duplicate);
    }

    [Fact]
    public async Task Missing_inputs_are_reported_not_thrown()
    {
        using var store = TestStores.Open("sqlite");
        var s = await new IngestRunner(store, StandardPipeline.Default).RunAsync(new[] { "/nonexistent/path/x.html" }, default);
        var f = Assert.Single(s.Failures);
        Assert.Contains("no such file", f.Reason);
    }

    [Fact]
    public async Task The_ingest_records_the_cpu_time_of_each_part_it_ran()
    {
        var dir = Path.Combine(Path.GetTempPath(), "wirecheck-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        for (int i = 0; i < 3; i++)
            File.WriteAllText(Path.Combine(dir, $"a{i}.txt"), $"Flood in Lyon, report {i}\n\nAt least {120 + i} residents were evacuated on Monday, the city council said. \"We are doing what we can,\" Marie Dubois told reporters.");
        using var store = TestStores.Open("sqlite");
        var s = await new IngestRunner(store, StandardPipeline.Default).RunAsync(new[] { dir }, default);
        Assert.Equal(3, s.New);
        if (!OperatingSystem.IsLinux()) { Assert.Equal(0, s.Cpu.TotalMilliseconds); return; }
        foreach (var part in new[] { IngestPart.Extract, IngestPart.Pipeline, IngestPart.Pack, IngestPart.Write })
            Assert.True(s.Cpu.Milliseconds(part) > 0, $"{part} has no CPU time");
        // the cross-article pass is not part of the store phase
        Assert.Equal(0, s.Cpu.Milliseconds(IngestPart.Embed));
        Assert.Equal(0, s.Cpu.Milliseconds(IngestPart.Link));
        Wirecheck.Store.Corpus.CorpusBuilder.Link(store, null, s.Cpu);
        Assert.True(s.Cpu.Milliseconds(IngestPart.Link) > 0, "the cross-article pass has no CPU time");
        Assert.Equal(0, s.Cpu.Milliseconds(IngestPart.Embed));
    }
}
