namespace Wirecheck.Nlp.Geo;

using Wirecheck.Core.Model;

/// <summary>A place to resolve: its name and where it is mentioned in the article (mentions of one referent).</summary>
public sealed record PlaceQuery(string Name, IReadOnlyList<TextSpan> Mentions)
{
    /// <summary>Other names of the same referent to try when <see cref="Name"/> is unknown to the gazetteer.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();
}
