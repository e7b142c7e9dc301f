namespace Wirecheck.Store.Tests.Embeddings;

using Wirecheck.Store.Corpus;
using Wirecheck.Store.Embeddings;
using Wirecheck.Store.Tests.Support;

public class ClaimEmbedderTests
{
    /// <summary>The real encoder, counting what it is asked to encode.</summary>
    private sealed class Counting(ISentenceEncoder inner) : ISentenceEncoder
    {
        public int Texts;
        public string Name => inner.Name;
        public int Dimensions => inner.Dimensions;
        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct)
        {
            Interlocked.Add(ref Texts, texts.Count);
            return inner.Encode(texts, ct);
        }
    }

    [Fact]
    public void MiniLm_puts_a_paraphrase_nearer_than_another_figure_of_the_same_story()
    {
        var v = MiniLmEncoder.Shared.Encode(new[]
        {
            "Ukrainian forces captured two Chinese citizens fighting for Russia",
            "Two Chinese men who fought alongside Russian forces have been taken prisoner by the Ukrainian army",
            "Dynamo Kyiv scored three goals in the second half",
            "The central bank kept its main interest rate at 4.5 percent",
        }, default);
        Assert.All(v, x => Assert.Equal(384, x.Length));
        Assert.InRange(VectorPacking.Cosine(v[0], v[0]), 0.999f, 1.001f);
        float paraphrase = VectorPacking.Cosine(v[0], v[1]);
        Assert.True(paraphrase > 0.6f, $"paraphrase {paraphrase}");
        Assert.True(paraphrase > VectorPacking.Cosine(v[0], v[2]) + 0.2f);
        Assert.True(VectorPacking.Cosine(v[0], v[3]) < 0.2f);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Every_claim_is_embedded_once_and_the_vector_is_stored(string backend)
    {
        using var store = TestStores.Open(backend);
        var built = CaptureStory.Build();
        store.Write(built.Select(b => b.Prepare()).ToList());
        long claims = store.Connection.Long("SELECT count(*) FROM claims");
        Assert.True(claims >= 6);
        var enc = new Counting(MiniLmEncoder.Shared);

        var first = ClaimEmbedder.EmbedPending(store, enc);
        Assert.Equal(claims, first.Claims);
        // each distinct clause is encoded once
        var clauses = CorpusBuilder.ClaimRows(store, null).Select(ClaimClause.Of).Distinct().Count();
        Assert.Equal(clauses, first.Encoded);
        Assert.Equal(clauses, enc.Texts);
        Assert.Equal(0, store.Connection.Long("SELECT count(*) FROM claims WHERE embedding IS NULL"));
        // nothing is encoded twice: not by a second pass, not by a rebuild that reads the stored vectors
        Assert.Equal(0, ClaimEmbedder.EmbedPending(store, enc).Claims);
        var r = CorpusBuilder.Rebuild(store, null, enc);
        Assert.Equal(clauses, enc.Texts - r.Conflicts.Count(c => c.Kind == "denial")); // only denial quotes are encoded at rebuild
        Assert.All(CorpusBuilder.Load(store).SelectMany(a => a.Rows.Claims), c => Assert.Equal(384, c.Vector!.Length));

        // the stored vectors give the same clusters as vectors computed in memory
        var memory = new CorpusAnalyzer(null, MiniLmEncoder.Shared).Analyze(built.Select(b => b.ToCorpus()).ToList());
        Assert.Equal(memory.ClaimClusters.Select(c => c.Claims.Count).Order(), r.ClaimClusters.Select(c => c.Claims.Count).Order());
        var captured = Assert.Single(r.ClaimClusters, c => c.Claims.Any(x => x.Claim.Value == 6));
        Assert.Equal(new[] { 2.0, 2.0, 2.0, 6.0 }, captured.Claims.Select(c => c.Claim.Value!.Value).Order());
        Assert.Single(r.Conflicts, c => c.Kind == "quantity" && c.ClusterId == captured.Id);

        // a re-analysed article loses its vectors (its claims are new rows) and the next pass embeds only those
        var one = built[0].Prepare();
        long id = store.Connection.Long("SELECT MIN(id) FROM articles");
        store.ReplaceAnalysis(id, one);
        long pending = store.Connection.Long("SELECT count(*) FROM claims WHERE embedding IS NULL");
        Assert.Equal(one.Rows.Claims.Count, pending);
        Assert.Equal(pending, ClaimEmbedder.EmbedPending(store, enc).Claims);
        Assert.Equal(0, store.Connection.Long("SELECT count(*) FROM claims WHERE embedding IS NULL"));
    }
}
