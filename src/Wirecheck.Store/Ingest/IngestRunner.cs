namespace Wirecheck.Store.Ingest;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Wirecheck.Core.Pipeline;
using Wirecheck.Extraction;
using Wirecheck.Extraction.Input;
using Wirecheck.Store.Db;

/// <summary>
/// Ingest: one lister, N analysis workers (extraction + pipeline + packing, in parallel), one writer that
/// commits batches in transactions. Keys already stored, or seen earlier in the run, are skipped before
/// analysis, so re-ingesting is a no-op; the unique key in the table guards the rest.
/// </summary>
public sealed class IngestRunner
{
    private readonly ArticleStore _store;
    private readonly Pipeline _pipeline;
    private readonly ExtractionOptions _extraction;
    private readonly IngestOptions _options;
    private readonly string _version;

    public IngestRunner(ArticleStore store, Pipeline pipeline, ExtractionOptions? extraction = null, IngestOptions? options = null)
    {
        _store = store;
        _pipeline = pipeline;
        _extraction = extraction ?? ExtractionOptions.Default;
        _options = options ?? IngestOptions.Default;
        _version = PipelineVersion.Of(pipeline);
    }

    public IngestSummary Summary { get; } = new();

    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> inputs, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var seen = new ConcurrentDictionary<string, byte>(_store.LoadKeys().Select(k => new KeyValuePair<string, byte>(k, 0)), StringComparer.Ordinal);
        var items = Channel.CreateBounded<IngestItem>(new BoundedChannelOptions(512) { SingleWriter = true });
        var prepared = Channel.CreateBounded<PreparedArticle>(new BoundedChannelOptions(Math.Max(16, _options.BatchSize * 2)) { SingleReader = true });
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var token = linked.Token;

        var lister = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in SourceLister.ListAsync(inputs, _extraction, _options, token))
                {
                    Summary.AddListed();
                    await items.Writer.WriteAsync(item, token);
                }
            }
            finally { items.Writer.TryComplete(); }
        }, token);

        var workers = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(items.Reader.ReadAllAsync(token),
                    new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism, CancellationToken = token },
                    async (item, c) =>
                    {
                        var p = await ProcessAsync(item, seen, c);
                        if (p is not null) await prepared.Writer.WriteAsync(p, c);
                    });
            }
            finally { prepared.Writer.TryComplete(); }
        }, token);

        var writer = Task.Factory.StartNew(() => WriteLoop(prepared.Reader, token), token, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

        try
        {
            await Task.WhenAll(lister, workers, writer);
        }
        catch
        {
            linked.Cancel();
            try { await Task.WhenAll(lister, workers, writer); } catch { /* the first exception is rethrown below */ }
            throw;
        }
        finally { Summary.Elapsed = sw.Elapsed; }
        return Summary;
    }

    private async Task<PreparedArticle?> ProcessAsync(IngestItem item, ConcurrentDictionary<string, byte> seen, CancellationToken ct)
    {
        if (item.Error is not null) { Summary.AddFailed(item.Origin, item.Error); return null; }
        SourceDocument doc;
        var cpu = Summary.Cpu;
        try
        {
            doc = item.Document ?? (item.FilePath is not null ? LoadFile(item.FilePath) : await LoadAsync(item, ct));
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Summary.AddFailed(item.Origin, e.Message);
            return null;
        }
        // from here on the work is synchronous: the thread's CPU clock measures each part
        long t = ThreadClock.Microseconds();
        Summary.AddRead();
        if (!seen.TryAdd(doc.Key, 0)) { Summary.AddDuplicate(); cpu.Add(IngestPart.Read, t); return null; }
        t = cpu.Add(IngestPart.Read, t);
        try
        {
            var article = ArticlePreparer.Extract(doc, _extraction, ct);
            t = cpu.Add(IngestPart.Extract, t);
            _pipeline.Run(article, ct);
            t = cpu.Add(IngestPart.Pipeline, t);
            var prepared = ArticlePreparer.Prepare(doc, article, _version);
            cpu.Add(IngestPart.Pack, t);
            return prepared;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
        catch (InputException e) { Summary.AddFailed(item.Origin, e.Message); }
        catch (Exception e)
        {
            // a bug in one stage must not stop the ingest: the document is reported and skipped
            Summary.AddFailed(item.Origin, $"analysis error: {e.GetType().Name}: {e.Message}");
        }
        seen.TryRemove(doc.Key, out _);
        return null;
    }

    private SourceDocument LoadFile(string path)
    {
        long t = ThreadClock.Microseconds();
        var bytes = SourceLister.ReadFile(path, _extraction.MaxInputBytes);
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var doc = new SourceDocument(path, bytes, InputReader.Sniff(bytes, name), Path.GetFullPath(path), null, null);
        Summary.Cpu.Add(IngestPart.Read, t);
        return doc;
    }

    private async Task<SourceDocument> LoadAsync(IngestItem item, CancellationToken ct)
    {
        if (item.Url is { } url)
        {
            var raw = await UrlFetcher.FetchAsync(url, _extraction, ct);
            return new SourceDocument(url, raw.Bytes, raw.Kind, null, raw.Url ?? url, item.Published, raw.ContentType);
        }
        throw new InputException("nothing to read");
    }

    private async Task WriteLoop(ChannelReader<PreparedArticle> reader, CancellationToken ct)
    {
        var batch = new List<PreparedArticle>(_options.BatchSize);
        while (await reader.WaitToReadAsync(ct))
        {
            while (batch.Count < _options.BatchSize && reader.TryRead(out var p)) batch.Add(p);
            if (batch.Count == 0) continue;
            long t = ThreadClock.Microseconds();
            var results = _store.Write(batch);
            Summary.Cpu.Add(IngestPart.Write, t);
            foreach (var r in results)
            {
                if (r.IsNew) Summary.AddNew(r.NearDuplicateOf is not null);
                else Summary.AddDuplicate();
            }
            batch.Clear();
        }
    }
}
