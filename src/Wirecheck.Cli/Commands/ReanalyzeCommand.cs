namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using System.Threading.Channels;
using Wirecheck.Extraction;
using Wirecheck.Extraction.Input;
using Wirecheck.Nlp;
using Wirecheck.Store.Corpus;
using Wirecheck.Store.Ingest;

/// <summary><c>wirecheck reanalyze</c>: re-runs the current pipeline on stored originals analysed by an older one.</summary>
public static class ReanalyzeCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var all = new Option<bool>("--all") { Description = "Re-analyse every article, not only those from another pipeline version" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Analysis workers", DefaultValueFactory = _ => Environment.ProcessorCount };
        var noLink = new Option<bool>("--no-link") { Description = "Skip the cross-article pass afterwards" };
        var noEmbed = StoreOptions.NoEmbed();
        var cmd = new Command("reanalyze", "Re-analyse stored articles (from their original bytes) with the current pipeline") { db, all, jobs, noLink, noEmbed };
        cmd.SetAction(async (pr, ct) =>
        {
            using var store = StoreOptions.Open(pr.GetValue(db));
            var pipeline = StandardPipeline.Default;
            var version = PipelineVersion.Of(pipeline);
            var ids = store.IdsToReanalyze(version, pr.GetValue(all));
            Console.WriteLine($"pipeline {version}: {ids.Count} article(s) to re-analyse");
            var sw = System.Diagnostics.Stopwatch.StartNew();
            int done = 0, failed = 0;
            var results = Channel.CreateBounded<(long Id, PreparedArticle P)>(128);
            var gate = new object();
            var producer = Task.Run(async () =>
            {
                try
                {
                    await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, pr.GetValue(jobs)), CancellationToken = ct }, async (id, c) =>
                    {
                        Wirecheck.Store.Db.StoredArticle? a;
                        lock (gate) a = store.Get(id);
                        if (a is null) return;
                        try
                        {
                            var bytes = Compression.Unpack(a.RawPacked);
                            var doc = new SourceDocument($"article {id}", bytes, a.RawKind == "html" ? InputKind.Html : InputKind.Text, a.Path, a.Url, CorpusBuilder.ParseDate(a.Published));
                            var article = ArticlePreparer.Analyze(doc, ExtractionOptions.Default, pipeline, c);
                            await results.Writer.WriteAsync((id, ArticlePreparer.Prepare(doc, article, version)), c);
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            Interlocked.Increment(ref failed);
                            Console.Error.WriteLine($"wirecheck: article {id}: {e.GetType().Name}: {e.Message}");
                        }
                    });
                }
                finally { results.Writer.TryComplete(); }
            }, ct);
            await foreach (var (id, p) in results.Reader.ReadAllAsync(ct))
            {
                lock (gate) store.ReplaceAnalysis(id, p);
                done++;
            }
            await producer;
            Console.WriteLine($"re-analysed {done}, failed {failed} in {sw.Elapsed.TotalSeconds:0.0} s");
            if (done > 0 && !pr.GetValue(noLink)) StoreOptions.Link(store, !pr.GetValue(noEmbed), Console.Out);
            return failed == 0 ? ExitCodes.Ok : ExitCodes.Partial;
        });
        return cmd;
    }
}
