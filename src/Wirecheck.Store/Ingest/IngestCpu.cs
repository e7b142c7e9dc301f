namespace Wirecheck.Store.Ingest;

/// <summary>
/// CPU time of the threads doing each <see cref="IngestPart"/> (thread CPU clocks, Linux; zero elsewhere). What the
/// process spends beyond their sum is the runtime's own work: garbage collection threads, the JIT, the thread pool.
/// </summary>
public sealed class IngestCpu
{
    private readonly long[] _micros = new long[Enum.GetValues<IngestPart>().Length];

    public double Milliseconds(IngestPart part) => Interlocked.Read(ref _micros[(int)part]) / 1000.0;

    public double TotalMilliseconds => Enum.GetValues<IngestPart>().Sum(Milliseconds);

    public void AddMilliseconds(IngestPart part, double ms)
    {
        if (ms > 0) Interlocked.Add(ref _micros[(int)part], (long)(ms * 1000));
    }

    /// <summary>Adds the calling thread's CPU time since <paramref name="since"/> (from <see cref="ThreadClock.Microseconds"/>) and returns the clock now.</summary>
    public long Add(IngestPart part, long since)
    {
        long now = ThreadClock.Microseconds();
        if (now >= 0 && since >= 0) Interlocked.Add(ref _micros[(int)part], now - since);
        return now;
    }
}
