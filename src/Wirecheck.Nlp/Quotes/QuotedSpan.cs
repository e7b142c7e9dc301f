namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>
/// A top-level quotation found by <see cref="QuoteScanner"/>: <see cref="Start"/>/<see cref="End"/> include the
/// marks (when present). A lost opening mark starts the span at its paragraph; a missing closing mark ends it at
/// the end of the last paragraph it covers.
/// </summary>
public sealed record QuotedSpan(int Start, int End, bool OpenMissing, bool CloseMissing, int Paragraphs)
{
    public TextSpan Span => new(Start, End);
}
