namespace Wirecheck.Cli.Commands;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;
using Wirecheck.Extraction;
using Wirecheck.Extraction.Input;

/// <summary>The outcome for one input: an article (and stage timings), or an error message for the user.</summary>
public sealed record DocumentResult(string Input, Article? Article, IReadOnlyList<StageTiming> Timings, string? Error);

/// <summary>Reads, extracts and (optionally) analyses many inputs in parallel, yielding results in input order.</summary>
public static class DocumentProcessor
{
    public static async IAsyncEnumerable<DocumentResult> ProcessAsync(
        IReadOnlyList<string> inputs, ExtractionOptions options, Pipeline? pipeline,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (inputs.Count(i => i == "-") > 1) throw new ArgumentException("standard input ('-') can be read only once");
        int window = Math.Max(1, Environment.ProcessorCount) * 2;
        var pending = new Queue<Task<DocumentResult>>();
        int next = 0;
        while (next < inputs.Count || pending.Count > 0)
        {
            while (next < inputs.Count && pending.Count < window)
            {
                var spec = inputs[next++];
                pending.Enqueue(Task.Run(() => ProcessOneAsync(spec, options, pipeline, ct), ct));
            }
            yield return await pending.Dequeue();
        }
    }

    public static async Task<DocumentResult> ProcessOneAsync(string spec, ExtractionOptions options, Pipeline? pipeline, CancellationToken ct)
    {
        try
        {
            var article = await ArticleExtractor.ReadAsync(spec, options, ct);
            var timings = pipeline?.Run(article, ct) ?? Array.Empty<StageTiming>();
            return new DocumentResult(spec, article, timings, null);
        }
        catch (InputException e)
        {
            return new DocumentResult(spec, null, Array.Empty<StageTiming>(), e.Message);
        }
    }
}
