namespace Wirecheck.Store.Ingest;

using System.Collections.Concurrent;

/// <summary>Counters updated by the workers and the writer; read at any time for the progress bar.</summary>
public sealed class IngestSummary
{
    private long _listed, _read, _new, _duplicate, _nearDuplicate, _failed;
    private readonly ConcurrentQueue<IngestFailure> _failures = new();

    public long Listed => Interlocked.Read(ref _listed);
    public long Read => Interlocked.Read(ref _read);
    public long New => Interlocked.Read(ref _new);
    public long Duplicate => Interlocked.Read(ref _duplicate);
    public long NearDuplicate => Interlocked.Read(ref _nearDuplicate);
    public long Failed => Interlocked.Read(ref _failed);
    public long Done => New + Duplicate + Failed;
    public IReadOnlyCollection<IngestFailure> Failures => _failures;
    public TimeSpan Elapsed { get; set; }

    /// <summary>CPU time per part of the ingest (analysis workers, writer, cross-article pass).</summary>
    public IngestCpu Cpu { get; } = new();

    internal void AddListed() => Interlocked.Increment(ref _listed);
    internal void AddRead() => Interlocked.Increment(ref _read);
    internal void AddNew(bool nearDuplicate)
    {
        Interlocked.Increment(ref _new);
        if (nearDuplicate) Interlocked.Increment(ref _nearDuplicate);
    }
    internal void AddDuplicate() => Interlocked.Increment(ref _duplicate);
    internal void AddFailed(string origin, string reason)
    {
        Interlocked.Increment(ref _failed);
        if (_failures.Count < 10_000) _failures.Enqueue(new IngestFailure(origin, reason));
    }

    /// <summary>Failure reasons grouped by their kind (the text after the input name), most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> ReasonCounts() => _failures
        .GroupBy(f => f.Reason.Length > 80 ? f.Reason[..80] : f.Reason)
        .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
        .OrderByDescending(kv => kv.Value).ToList();
}
