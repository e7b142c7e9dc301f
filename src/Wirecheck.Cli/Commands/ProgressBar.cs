namespace Wirecheck.Cli.Commands;

using Wirecheck.Store.Ingest;

/// <summary>A one-line progress bar on stderr, redrawn four times a second (only used when stderr is a terminal).</summary>
public sealed class ProgressBar : IDisposable
{
    private readonly IngestSummary _summary;
    private readonly Timer _timer;
    private readonly System.Diagnostics.Stopwatch _sw = System.Diagnostics.Stopwatch.StartNew();
    private readonly object _lock = new();
    private bool _disposed;

    public ProgressBar(IngestSummary summary)
    {
        _summary = summary;
        _timer = new Timer(_ => Draw(), null, 250, 250);
    }

    private void Draw()
    {
        lock (_lock)
        {
            if (_disposed) return;
            long listed = _summary.Listed, done = _summary.Done;
            double frac = listed == 0 ? 0 : Math.Min(1, (double)done / listed);
            const int width = 30;
            int filled = (int)(frac * width);
            double rate = done / Math.Max(0.001, _sw.Elapsed.TotalSeconds);
            var line = $"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{listed}  new {_summary.New}  dup {_summary.Duplicate}  failed {_summary.Failed}  {rate:0}/s ";
            Console.Error.Write(line);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
            _timer.Dispose();
            Console.Error.Write("\r" + new string(' ', 100) + "\r");
        }
    }
}
