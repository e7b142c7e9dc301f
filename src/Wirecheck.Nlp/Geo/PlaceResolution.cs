namespace Wirecheck.Nlp.Geo;

/// <summary>
/// The gazetteer entry chosen for a <see cref="PlaceQuery"/> (null when no entry has the name), its score and the
/// margin over the runner-up (a confidence signal: 0 when the choice was a toss-up), and how many candidates there were.
/// </summary>
public sealed record PlaceResolution(PlaceCandidate? Place, double Score, double Margin, int CandidateCount)
{
    /// <summary>Every entry the name could refer to (the candidates that were scored), for diagnostics; empty when unresolved.</summary>
    public IReadOnlyList<PlaceCandidate> Candidates { get; init; } = Array.Empty<PlaceCandidate>();
}
