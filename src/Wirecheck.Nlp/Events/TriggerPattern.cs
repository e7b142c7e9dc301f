namespace Wirecheck.Nlp.Events;

/// <summary>
/// One trigger from <c>data/events/triggers.tsv</c>: a word sequence (each slot a set of accepted lower-case forms,
/// or null for a gap of 0-3 words), the PLOVER type and mode it codes, its weight and whether it governs a complement.
/// </summary>
public sealed record TriggerPattern(string Id, IReadOnlyList<HashSet<string>?> Slots, string Type, string? Mode, int Weight, bool Governs, bool IsVerb)
{
    public string Pattern { get; init; } = "";
    /// <summary>
    /// The trigger states the speaker's stance on the clause's subject ("X said Y must …", "… is out of the question"):
    /// the actor is the reporting speaker and the clause subject the recipient (flag <c>stance</c>).
    /// </summary>
    public bool Stance { get; init; }
    /// <summary>
    /// A directive verb whose event-noun object is the act itself, done by the one who orders it ("ordered the arrest
    /// of X" = COERCE/arrest, "ordered patrols" = MOBILIZE), while "ordered X to do Y" stays a request (flag <c>causative</c>).
    /// </summary>
    public bool Causative { get; init; }
    /// <summary>
    /// The verb is an event only with a military-unit subject ("the last troops left the country" = RETREAT; "the
    /// minister left for Paris" is not): flag <c>unit</c>.
    /// </summary>
    public bool UnitSubject { get; init; }
}
