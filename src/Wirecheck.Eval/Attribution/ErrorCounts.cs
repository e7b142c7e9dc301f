namespace Wirecheck.Eval.Attribution;

/// <summary>
/// Exact-match errors of one role: gold spans with no overlapping prediction (missed), predictions overlapping no
/// gold span (spurious), and spans that overlap a span of the other side without being equal (boundary errors,
/// counted on each side).
/// </summary>
public sealed class ErrorCounts
{
    public int Missed { get; set; }
    public int Spurious { get; set; }
    public int BoundaryGold { get; set; }
    public int BoundaryPredicted { get; set; }
}
