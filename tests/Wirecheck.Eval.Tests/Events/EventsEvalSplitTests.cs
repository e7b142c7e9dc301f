namespace Wirecheck.Eval.Tests.Events;

using Wirecheck.Eval.Events;
using Wirecheck.Eval.Framework;

public class EventsEvalSplitTests
{
    [Theory]
    [InlineData(1, PloverSplit.Tuned)]
    [InlineData(3, PloverSplit.Tuned)]
    [InlineData(15, PloverSplit.Tuned)]
    [InlineData(4, PloverSplit.Analysis)]
    [InlineData(40, PloverSplit.Analysis)]
    [InlineData(2, PloverSplit.Sealed)]
    [InlineData(14, PloverSplit.Sealed)]
    public void Records_are_split_by_their_number_within_the_label(int number, PloverSplit expected) =>
        Assert.Equal(expected, PloverGold.SplitOf(number));

    [Fact]
    public void Verbose_output_never_shows_a_sealed_sentence_but_its_scores_are_reported()
    {
        var dir = Directory.CreateTempSubdirectory("wirecheck-events-split");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "PLOVER_GSR_CAMEO.json"), """
                [{"id": "PLOVER-GSR01-DOCUMENT-0001", "event": "DOCUMENT", "text": "header"},
                 {"id": "PLOVER-GSR01-DEMAND-0001", "event": "DEMAND", "text": "France demanded that Germany withdraw its troops.", "source": [{"code": "FRA"}], "target": [{"code": "DEU"}]},
                 {"id": "PLOVER-GSR01-DEMAND-0002", "event": "DEMAND", "text": "Sealedland urged Hiddenia to release the prisoners.", "source": [{"code": "ITA"}], "target": [{"code": "ESP"}]},
                 {"id": "PLOVER-GSR01-DEMAND-0004", "event": "DEMAND", "text": "Spain called for talks with Portugal.", "source": [{"code": "ESP"}], "target": [{"code": "PRT"}]}]
                """);
            var log = new StringWriter();
            var report = new EventsEval().Run(new EvalContext(dir.FullName, log, CancellationToken.None) { Verbose = true });
            var text = log.ToString();
            Assert.Contains("DEMAND-0001", text);
            Assert.Contains("DEMAND-0004", text);
            Assert.DoesNotContain("DEMAND-0002", text);
            Assert.DoesNotContain("Sealedland", text);
            Assert.True(report.Metrics.ContainsKey("sealed_type_accuracy"));
            Assert.True(report.Metrics.ContainsKey("analysis_type_accuracy"));
            Assert.True(report.Metrics.ContainsKey("tuned_type_accuracy"));
            // the sealed sentence is scored (1 sentence) but left out of the per-type rows (2 sentences)
            Assert.Equal(2, report.Rows.Sum(r => r.Support ?? 0));
            Assert.DoesNotContain(report.Notes, n => n.Contains("Sealedland"));
        }
        finally { dir.Delete(true); }
    }
}
