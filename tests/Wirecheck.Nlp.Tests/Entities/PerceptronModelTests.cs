namespace Wirecheck.Nlp.Tests.Entities;

using CsCheck;
using Wirecheck.Nlp.Entities;

/// <summary>The scoring table (keys and weights in one entry, a bit filter before it) against the plain definition: the sum, in feature order, of each known feature's row.</summary>
public class PerceptronModelTests
{
    private static PerceptronModel Model(ulong[] keys, int tags, int seed)
    {
        var rng = new Random(seed);
        var rows = new Dictionary<ulong, int>();
        foreach (var k in keys) rows.TryAdd(k, rows.Count);
        var weights = new float[rows.Count * tags];
        for (int i = 0; i < weights.Length; i++) weights[i] = (float)(rng.NextDouble() * 4 - 2);
        return new PerceptronModel(rows, weights, tags, "test");
    }

    private static float[] Naive(PerceptronModel m, ulong[] features)
    {
        var sum = new float[m.Tags];
        foreach (var f in features)
        {
            var row = m.Row(f);
            for (int k = 0; k < row.Length; k++) sum[k] += row[k];
        }
        return sum;
    }

    [Theory]
    [InlineData(11)]
    [InlineData(7)]
    [InlineData(3)]
    [InlineData(17)]
    public void Score_is_the_ordered_sum_of_known_rows_and_leaves_padding_zero(int tags)
    {
        Gen.Select(Gen.ULong.Array[1, 300], Gen.Int[0, 1000]).Sample((keys, seed) =>
        {
            var m = Model(keys, tags, seed);
            var rng = new Random(seed);
            // known and unknown features, repeated ones too
            var features = Enumerable.Range(0, 50).Select(i => i % 3 == 0 ? (ulong)rng.NextInt64() : keys[rng.Next(keys.Length)]).ToArray();
            var scores = new float[m.Stride];
            m.Score(features, scores);
            var expected = Naive(m, features);
            for (int k = 0; k < tags; k++) Assert.Equal(BitConverter.SingleToInt32Bits(expected[k]), BitConverter.SingleToInt32Bits(scores[k]));
            for (int k = tags; k < m.Stride; k++) Assert.Equal(0f, scores[k]);
        }, iter: 100);
    }

    [Fact]
    public void Every_key_is_found_with_its_weights_and_others_are_not()
    {
        var keys = Enumerable.Range(0, 5000).Select(i => (ulong)i * 0x9E3779B97F4A7C15UL).ToArray();
        var rows = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
        var weights = Enumerable.Range(0, keys.Length * 5).Select(i => (float)i).ToArray();
        var m = new PerceptronModel(rows, weights, 5, "test");
        Assert.Equal(keys.Length, m.FeatureCount);
        for (int i = 0; i < keys.Length; i++) Assert.Equal(weights.AsSpan(i * 5, 5).ToArray(), m.Row(keys[i]).ToArray());
        Assert.True(m.Row(12345).IsEmpty);
    }

    [Fact]
    public void Save_and_load_keep_the_scores()
    {
        var keys = Enumerable.Range(1, 400).Select(i => (ulong)i * 0xBF58476D1CE4E5B9UL).ToArray();
        var m = Model(keys, 11, 3);
        var path = Path.Combine(Path.GetTempPath(), $"wirecheck-perceptron-{Guid.NewGuid():N}.bin");
        try
        {
            m.Save(path);
            var back = PerceptronModel.Load(path);
            Assert.Equal(m.FeatureCount, back.FeatureCount);
            var scale = m.Row(keys[0]).ToArray().Max(Math.Abs);
            foreach (var k in keys)
            {
                var a = m.Row(k).ToArray();
                var b = back.Row(k).ToArray();
                for (int t = 0; t < a.Length; t++) Assert.True(Math.Abs(a[t] - b[t]) < 0.001, $"{a[t]} vs {b[t]}");
            }
        }
        finally { File.Delete(path); }
    }
}
