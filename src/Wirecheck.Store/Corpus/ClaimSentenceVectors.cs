namespace Wirecheck.Store.Corpus;

using System.Diagnostics;
using Wirecheck.Store.Embeddings;
using Wirecheck.Store.Rows;

/// <summary>
/// The MiniLM sentence vectors of claims (of the clause holding the quantity, <see cref="ClaimClause"/>) for one
/// cross-article pass, computed only where a comparison reads them. With an encoder every claim counts as having a
/// vector (the clusterer and the conflict detector take the sentence-vector rules for it), but a vector that is
/// not stored yet is encoded only when <see cref="ClaimClusterer"/> or <see cref="ConflictDetector"/> is about to
/// compare it with another claim; they ask for all of a pass's vectors in one <see cref="Prefetch"/> so the encoder
/// batches them. A computed vector goes through the storage format (<see cref="VectorPacking"/>) before use, so a
/// claim compares the same whether its vector was read from the store or computed in this pass; the packed bytes
/// are in <see cref="Computed"/> for the caller to store. Without an encoder only stored vectors exist.
/// </summary>
public sealed class ClaimSentenceVectors(ISentenceEncoder? encoder, IReadOnlyList<CorpusArticle>? corpus = null)
{
    // the stored vectors by clause, built on the first encode: a claim whose clause another claim already has a
    // stored vector for (a syndicated copy ingested later) takes that vector instead of encoding the clause again
    private Dictionary<string, float[]>? _storedByClause;

    private readonly Dictionary<ClaimRow, Entry> _computed = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Entry> _byClause = new(StringComparer.Ordinal);
    private readonly Stopwatch _encodeTime = new();

    private sealed record Entry(float[] Vector, byte[] Packed);

    public ISentenceEncoder? Encoder => encoder;

    /// <summary>Distinct clauses encoded in this pass.</summary>
    public int Encoded { get; private set; }

    /// <summary>Distinct clauses that took another claim's stored vector instead of being encoded.</summary>
    public int Reused { get; private set; }

    /// <summary>Clauses encoded one at a time because no prefetch had asked for them (0 when the prefetches are complete).</summary>
    public int EncodedUnprefetched { get; private set; }

    /// <summary>Wall time spent in the encoder.</summary>
    public TimeSpan EncodeTime => _encodeTime.Elapsed;

    /// <summary>The claims given a vector in this pass, with the packed vector to store.</summary>
    public IEnumerable<KeyValuePair<ClaimRow, byte[]>> Computed => _computed.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.Packed));

    public int ComputedCount => _computed.Count;

    /// <summary>The claim takes the clusterer's sentence-vector rules: it has a stored vector, or one can be computed.</summary>
    public bool HasForClustering(ClaimRow c) => c.Vector is not null || encoder is not null;

    /// <summary>The length of <see cref="ForClustering"/>'s vector, known without computing it.</summary>
    public int ClusteringLength(ClaimRow c) => c.Vector?.Length ?? encoder?.Dimensions ?? 0;

    /// <summary>The clusterer's vector: the stored one (whatever its length), else computed.</summary>
    public float[] ForClustering(ClaimRow c) => c.Vector ?? Get(c);

    /// <summary>The claim needs a computed vector for the clusterer (it has no stored one).</summary>
    public bool NeedsForClustering(ClaimRow c) => c.Vector is null && encoder is not null && !_computed.ContainsKey(c);

    /// <summary>The denial matcher's vector: the stored one when it is this encoder's, else computed; null without an encoder.</summary>
    public float[]? ForDenial(ClaimRow c) => encoder is null ? null : c.Vector is { } v && v.Length == encoder.Dimensions ? v : Get(c);

    /// <summary>The claim needs a computed vector for the denial matcher.</summary>
    public bool NeedsForDenial(ClaimRow c) => encoder is not null && !(c.Vector is { } v && v.Length == encoder.Dimensions) && !_computed.ContainsKey(c);

    /// <summary>Encodes, in one batched call, the clauses of these claims that have no vector yet (each distinct clause once).</summary>
    public void Prefetch(IEnumerable<ClaimRow> claims)
    {
        if (encoder is null) return;
        var todo = new List<ClaimRow>();
        var texts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            if (_computed.ContainsKey(c)) continue;
            var clause = ClaimClause.Of(c);
            if (_byClause.TryGetValue(clause, out var known)) { _computed[c] = known; continue; }
            todo.Add(c);
            if (seen.Add(clause)) texts.Add(clause);
        }
        if (texts.Count == 0) return;
        texts = ReuseStored(texts);
        if (texts.Count > 0) Encode(texts);
        foreach (var c in todo) _computed[c] = _byClause[ClaimClause.Of(c)];
    }

    /// <summary>Every claim's vector now (the eager pass: what the store would hold after embedding every claim).</summary>
    public void PrefetchAll(IEnumerable<CorpusArticle> articles) =>
        Prefetch(articles.SelectMany(a => a.Rows.Claims).Where(c => !(c.Vector is { } v && encoder is not null && v.Length == encoder.Dimensions)));

    private float[] Get(ClaimRow c)
    {
        if (_computed.TryGetValue(c, out var e)) return e.Vector;
        if (encoder is null) throw new InvalidOperationException("no sentence encoder");
        var clause = ClaimClause.Of(c);
        if (!_byClause.ContainsKey(clause) && ReuseStored(new List<string> { clause }).Count > 0)
        {
            Encode(new[] { clause });
            EncodedUnprefetched++;
        }
        _computed[c] = e = _byClause[clause];
        return e.Vector;
    }

    /// <summary>Gives the clauses that a stored vector already covers that vector; returns the others.</summary>
    private List<string> ReuseStored(List<string> texts)
    {
        if (corpus is null || encoder is null) return texts;
        if (_storedByClause is null)
        {
            _storedByClause = new Dictionary<string, float[]>(StringComparer.Ordinal);
            foreach (var a in corpus)
                foreach (var c in a.Rows.Claims)
                    if (c.Vector is { } v && v.Length == encoder.Dimensions) _storedByClause.TryAdd(ClaimClause.Of(c), v);
        }
        var rest = new List<string>(texts.Count);
        foreach (var t in texts)
        {
            if (_storedByClause.TryGetValue(t, out var v))
            {
                _byClause[t] = new Entry(v, VectorPacking.Pack(v));
                Reused++;
            }
            else rest.Add(t);
        }
        return rest;
    }

    private void Encode(IReadOnlyList<string> texts)
    {
        _encodeTime.Start();
        var vectors = encoder!.Encode(texts, CancellationToken.None);
        _encodeTime.Stop();
        for (int i = 0; i < texts.Count; i++)
        {
            var packed = VectorPacking.Pack(vectors[i]);
            _byClause[texts[i]] = new Entry(VectorPacking.Unpack(packed) ?? vectors[i], packed);
        }
        Encoded += texts.Count;
    }
}
