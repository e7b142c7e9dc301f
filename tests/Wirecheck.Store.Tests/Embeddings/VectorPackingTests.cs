namespace Wirecheck.Store.Tests.Embeddings;

using CsCheck;
using Wirecheck.Store.Embeddings;

public class VectorPackingTests
{
    [Fact]
    public void Packed_vectors_keep_their_cosine_within_a_hundredth()
    {
        Gen.Float[-1f, 1f].Array[384].Select(Gen.Float[-1f, 1f].Array[384]).Sample((a, b) =>
        {
            Normalize(a); Normalize(b);
            var pa = VectorPacking.Unpack(VectorPacking.Pack(a))!;
            var pb = VectorPacking.Unpack(VectorPacking.Pack(b))!;
            Assert.Equal(389, VectorPacking.Pack(a).Length);
            Assert.InRange(VectorPacking.Cosine(pa, pb) - VectorPacking.Cosine(a, b), -0.01f, 0.01f);
            Assert.InRange(VectorPacking.Cosine(pa, pa), 0.999f, 1.001f);
        }, iter: 200);
    }

    [Fact]
    public void Unknown_or_empty_blobs_are_no_vector()
    {
        Assert.Null(VectorPacking.Unpack(null));
        Assert.Null(VectorPacking.Unpack(Array.Empty<byte>()));
        Assert.Null(VectorPacking.Unpack(new byte[] { 9, 0, 0, 128, 63, 1, 2 }));
        Assert.Null(VectorPacking.Unpack(VectorPacking.Pack(new float[8]))); // all zero
    }

    private static void Normalize(float[] v)
    {
        double n = 0;
        foreach (var x in v) n += x * x;
        if (n == 0) { v[0] = 1; return; }
        for (int i = 0; i < v.Length; i++) v[i] = (float)(v[i] / Math.Sqrt(n));
    }
}
