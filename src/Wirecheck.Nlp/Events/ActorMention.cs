namespace Wirecheck.Nlp.Events;

/// <summary>
/// A possible event argument in a sentence: words [<see cref="FirstWord"/>, <see cref="EndWord"/>) of the
/// sentence's word list, the entity it belongs to (when the entity layer found it), country code, sector, and
/// whether it names a place.
/// </summary>
public sealed record ActorMention(int Start, int End, int FirstWord, int EndWord, string? Entity, string? Country, string? Sector, bool IsPlace, bool IsPronoun)
{
    public string? Name { get; init; }
}
