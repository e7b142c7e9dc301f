namespace Wirecheck.Core.Tests.Json;

using System.Text.Json;
using Wirecheck.Core.Json;
using Wirecheck.Core.Model;

public class ContractWriterTests
{
    [Fact]
    public void Writes_schema_layers_and_covered_text_for_every_span()
    {
        var a = new Article("Lin said “no”.", new InputInfo("x.txt", null, "abc"));
        a.Blocks.Add(new Block(0, a.Text.Length, BlockKind.Paragraph));
        var e = new Entity { Id = "e1", Name = "Lin", Type = EntityType.PERSON, Country = "CHN" };
        e.Mentions.Add(new Mention(0, 3));
        a.Entities.Add(e);
        a.Quotes.Add(new Quote { Id = "q1", Kind = QuoteKind.Direct, Speaker = "e1", Source = new(0, 3), Cue = new(4, 8), CueLemma = "say", Content = new(10, 12), Confidence = 0.9 });
        a.Claims.Add(new Claim { Id = "c1", Span = new(0, 14), Quantity = new Quantity { Value = 2, Min = 2, Max = 2, MinInclusive = true, MaxInclusive = true } });
        a.Events.Add(new Event { Id = "v1", Type = "REJECT", Trigger = new(4, 8) });
        using var doc = JsonDocument.Parse(ContractWriter.ToJson(a));
        var r = doc.RootElement;
        Assert.Equal("wirecheck/1", r.GetProperty("schema").GetString());
        Assert.Equal("Lin", r.GetProperty("entities")[0].GetProperty("mentions")[0].GetProperty("text").GetString());
        Assert.Equal("no", r.GetProperty("quotes")[0].GetProperty("content").GetProperty("text").GetString());
        Assert.Equal("direct", r.GetProperty("quotes")[0].GetProperty("kind").GetString());
        Assert.Equal(2, r.GetProperty("claims")[0].GetProperty("quantity").GetProperty("value").GetDouble());
        Assert.Equal("said", r.GetProperty("events")[0].GetProperty("trigger").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("meta").GetProperty("published").ValueKind);
    }

    [Fact]
    public void Extraction_only_omits_annotation_layers()
    {
        var a = new Article("text", new InputInfo(null, null, null));
        using var doc = JsonDocument.Parse(ContractWriter.ToJson(a, extractionOnly: true));
        Assert.False(doc.RootElement.TryGetProperty("entities", out _));
        Assert.True(doc.RootElement.TryGetProperty("blocks", out _));
    }

    [Fact]
    public void Infinite_bounds_are_written_as_null()
    {
        var a = new Article("x", new InputInfo(null, null, null));
        a.Claims.Add(new Claim { Id = "c1", Span = new(0, 1), Quantity = new Quantity { Value = 150, Min = 150, Max = double.PositiveInfinity } });
        using var doc = JsonDocument.Parse(ContractWriter.ToJson(a));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("claims")[0].GetProperty("quantity").GetProperty("max").ValueKind);
    }
}
