namespace Wirecheck.Cli.Tests.Commands;

using System.Text.Json;
using Wirecheck.Cli.Commands;

public class AnalyzeCommandTests
{
    private static string Seed => Path.Combine(CliProcess.RepoRoot, "samples", "seed-article.txt");

    [Fact]
    public void Json_output_follows_the_contract_and_every_span_covers_its_text()
    {
        var r = CliProcess.Run(null, "analyze", Seed, "--format", "json");
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal("wirecheck/1", root.GetProperty("schema").GetString());
        var text = root.GetProperty("text").GetString()!;
        foreach (var field in new[] { "input", "meta", "blocks", "sentences", "repairs", "removed", "entities", "quotes", "claims", "events" })
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        int spans = 0;
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("start", out var s) && e.TryGetProperty("end", out var en) && e.TryGetProperty("text", out var t)
                    && s.ValueKind == JsonValueKind.Number && t.ValueKind == JsonValueKind.String)
                {
                    int a = s.GetInt32(), b = en.GetInt32();
                    Assert.InRange(a, 0, text.Length);
                    Assert.InRange(b, a, text.Length);
                    Assert.Equal(text[a..b], t.GetString());
                    spans++;
                }
                foreach (var p in e.EnumerateObject()) if (p.Name != "text") Walk(p.Value);
            }
            else if (e.ValueKind == JsonValueKind.Array) foreach (var x in e.EnumerateArray()) Walk(x);
        }
        Walk(root);
        Assert.True(spans > 0);
        // sentences cover the tokens, tokens cover every non-space character
        var tokens = root.GetProperty("tokens").EnumerateArray().Select(t => (t[0].GetInt32(), t[1].GetInt32())).ToList();
        int prev = 0;
        foreach (var (s, e) in tokens)
        {
            Assert.True(s >= prev && e > s);
            Assert.True(text[prev..s].All(char.IsWhiteSpace));
            prev = e;
        }
        Assert.True(text[prev..].All(char.IsWhiteSpace));
        var sentences = root.GetProperty("sentences").EnumerateArray().Select(x => (x.GetProperty("start").GetInt32(), x.GetProperty("end").GetInt32())).ToList();
        Assert.Equal(tokens.Count, tokens.Count(t => sentences.Count(s => t.Item1 >= s.Item1 && t.Item2 <= s.Item2) == 1));
    }

    [Fact]
    public void Jsonl_prints_one_line_per_input_in_input_order_and_reports_failures()
    {
        var missing = Path.Combine(Path.GetTempPath(), "wirecheck-no-such-file.txt");
        var r = CliProcess.Run("Plain text from standard input. It has two sentences.", "analyze", Seed, "-", missing, "--format", "jsonl");
        Assert.Equal(ExitCodes.Partial, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using (var d0 = JsonDocument.Parse(lines[0])) Assert.EndsWith("seed-article.txt", d0.RootElement.GetProperty("input").GetProperty("path").GetString());
        using (var d1 = JsonDocument.Parse(lines[1])) Assert.Contains("standard input", d1.RootElement.GetProperty("text").GetString());
        using (var d2 = JsonDocument.Parse(lines[2])) Assert.True(d2.RootElement.TryGetProperty("error", out _));
        Assert.Contains("no such file", r.Stderr);
    }

    [Fact]
    public void Text_report_shows_title_and_heading()
    {
        var r = CliProcess.Run(null, "analyze", Seed);
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("Beijing confirms two Chinese nationals", r.Stdout);
        Assert.Contains("## China Walks Diplomatic Tightrope Over Ukraine", r.Stdout);
    }

    [Fact]
    public void Verbatim_keeps_the_input_text()
    {
        var input = "Also read\nHeadline\nBody.\n";
        var r = CliProcess.Run(input, "analyze", "-", "--verbatim", "--format", "json");
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(input, doc.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Usage_errors_exit_2_with_a_message_on_stderr()
    {
        var r = CliProcess.Run(null, "analyze", Seed, "--format", "yaml");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("yaml", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void Missing_input_exits_3()
    {
        var r = CliProcess.Run(null, "analyze", "/nonexistent/file.txt");
        Assert.Equal(ExitCodes.InputError, r.ExitCode);
        Assert.Contains("no such file", r.Stderr);
    }

    [Fact]
    public void Help_is_available_on_every_command()
    {
        foreach (var cmd in new[] { "analyze", "extract", "eval" })
        {
            var r = CliProcess.Run(null, cmd, "--help");
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("Usage", r.Stdout);
        }
    }
}
