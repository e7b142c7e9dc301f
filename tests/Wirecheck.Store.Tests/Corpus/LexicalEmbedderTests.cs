namespace Wirecheck.Store.Tests.Corpus;

using CsCheck;
using Wirecheck.Store.Corpus;

public class LexicalEmbedderTests
{
    [Fact]
    public void The_vectorised_dot_product_equals_the_plain_sum_for_any_length()
    {
        Gen.Int[0, 1100].SelectMany(n => Gen.Float[-1f, 1f].Array[n].Select(Gen.Float[-1f, 1f].Array[n])).Sample((a, b) =>
        {
            double plain = 0;
            for (int i = 0; i < a.Length; i++) plain += (double)a[i] * b[i];
            Assert.InRange(LexicalEmbedder.Cosine(a, b) - plain, -1e-3, 1e-3);
        }, iter: 200);
    }

    [Fact]
    public void Texts_sharing_words_are_closer_than_unrelated_ones()
    {
        var e = new LexicalEmbedder();
        var a = e.Embed("two soldiers were captured near the border");
        var b = e.Embed("troops captured two soldiers at the border");
        var c = e.Embed("the central bank raised interest rates");
        Assert.InRange(LexicalEmbedder.Cosine(a, a), 0.999f, 1.001f);
        Assert.True(LexicalEmbedder.Cosine(a, b) > LexicalEmbedder.Cosine(a, c) + 0.3f);
    }
}
