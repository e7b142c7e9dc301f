namespace Wirecheck.Nlp.Events;

/// <summary>
/// An event coded from one sentence before it is written to the article: PLOVER type and mode, trigger range,
/// arguments, modality, and the weight that ranks it among the sentence's events (the highest is the headline).
/// </summary>
public sealed class CodedEvent
{
    public required string Type { get; set; }
    public string? Mode { get; set; }
    public required int TriggerStart { get; init; }
    public required int TriggerEnd { get; set; }
    public required string TriggerId { get; init; }
    public int Weight { get; set; }
    public int SentenceIndex { get; init; }
    public List<ActorMention> Actors { get; } = new();
    public List<ActorMention> Recipients { get; } = new();
    public ActorMention? Location { get; set; }
    public bool Negated { get; set; }
    public bool Hypothetical { get; set; }
    public bool Future { get; set; }
    public bool Passive { get; set; }
    public bool Reported { get; set; }
    public string? AttributedTo { get; set; }
    public string? Date { get; set; }
    /// <summary>The trigger is a verb (or a light-verb construction), not an event noun.</summary>
    public bool FromVerb { get; init; }
    /// <summary>The actor is the event's place (no perpetrator named; local forces or people act there).</summary>
    public bool ActorFromPlace { get; set; }
    /// <summary>The mode came from a cue word of the sentence, not from the trigger or its complement.</summary>
    public bool ModeFromCue { get; set; }
    /// <summary>Trigger ids of the events merged into this one or embedded under it.</summary>
    public List<string> Absorbed { get; } = new();
}
