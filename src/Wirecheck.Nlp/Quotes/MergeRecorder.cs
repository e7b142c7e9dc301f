namespace Wirecheck.Nlp.Quotes;

/// <summary>
/// Collects <see cref="MergeFilter"/>'s features of each attribution for training: given to an
/// <see cref="AttributionStage"/> (which then applies no filter), it records, per processed article and per quote in
/// <c>Article.Quotes</c> order, the hashed keep features and the source options (null for quotes the filter does not judge: partial quotes,
/// headline attributions). Not thread-safe: one stage, one article at a time.
/// </summary>
public sealed class MergeRecorder
{
    private readonly Dictionary<Candidate, MergeItem> _pending = new(ReferenceEqualityComparer.Instance);

    /// <summary>Per processed article, per quote, its features or null.</summary>
    public List<IReadOnlyList<MergeItem?>> Articles { get; } = new();

    internal void Add(Candidate c, MergeItem item) => _pending[c] = item;

    internal void Finish(IReadOnlyList<Candidate> candidates)
    {
        Articles.Add(candidates.Select(c => _pending.GetValueOrDefault(c)).ToList());
        _pending.Clear();
    }
}
