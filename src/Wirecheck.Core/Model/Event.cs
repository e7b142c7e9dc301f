namespace Wirecheck.Core.Model;

/// <summary>A PLOVER-coded event: who did what to whom, where and when.</summary>
public sealed class Event
{
    public required string Id { get; init; }
    public required string Type { get; set; }
    public string? Mode { get; set; }
    public required TextSpan Trigger { get; init; }
    public List<string> Actors { get; } = new();
    public List<string> Recipients { get; } = new();
    public string? Location { get; set; }
    public string? Date { get; set; }
    public bool Negated { get; set; }
    public bool Hypothetical { get; set; }
    public bool Future { get; set; }
    public string? AttributedTo { get; set; }
    /// <summary>The event is reported by someone (a reporting verb or "according to" in its sentence, or a quote).</summary>
    public bool Reported { get; set; }
    /// <summary>The words on the page for each argument (actor, recipient, location), with what is known about them.</summary>
    public List<EventArgument> Arguments { get; } = new();
    public double Confidence { get; set; } = 1.0;
}
