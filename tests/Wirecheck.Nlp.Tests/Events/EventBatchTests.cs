namespace Wirecheck.Nlp.Tests.Events;

using Xunit.Abstractions;

/// <summary>
/// The made-up batches (Events/Batches/batch-NN.tsv) through the standard pipeline, scored like the events eval.
/// Each batch's first-pass score (before any rule was written for it) is in the file's header; these floors pin the
/// score after the general rules it motivated (measured, rounded down to two decimals).
/// </summary>
public class EventBatchTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("batch-01", 1.00, 0.97)]
    [InlineData("batch-02", 1.00, 1.00)]
    [InlineData("batch-03", 0.97, 1.00)]
    [InlineData("batch-04", 0.92, 0.92)]
    [InlineData("batch-05", 0.92, 0.97)]
    [InlineData("batch-06", 0.88, 0.97)]
    public void A_batch_keeps_its_type_and_actor_country_accuracy(string batch, double type, double actor)
    {
        var s = EventBatch.Score(Path.Combine(EventBatch.Dir, batch + ".tsv"));
        foreach (var m in s.Misses) output.WriteLine(m);
        output.WriteLine(s.ToString());
        Assert.True(s.Type >= type, s.ToString());
        Assert.True(s.Actor >= actor, s.ToString());
    }
}
