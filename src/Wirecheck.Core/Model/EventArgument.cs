namespace Wirecheck.Core.Model;

/// <summary>
/// One argument of an <see cref="Event"/> as found in the text: its role ("actor", "recipient" or "location"),
/// the words [Start, End), the entity it resolved to (if any), and its country (ISO 3166-1 alpha-3, or IGO/NGO)
/// and PLOVER sector code when known.
/// </summary>
public sealed record EventArgument(string Role, int Start, int End, string? Entity, string? Country, string? Sector)
{
    public TextSpan Span => new(Start, End);
}
