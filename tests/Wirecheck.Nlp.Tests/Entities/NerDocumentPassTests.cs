namespace Wirecheck.Nlp.Tests.Entities;

using Wirecheck.Nlp.Entities;

public class NerDocumentPassTests
{
    [Fact]
    public void The_majority_type_of_a_name_wins_in_every_sentence()
    {
        IReadOnlyList<string>[] words =
        [
            ["Harrow", "won", "."],
            ["He", "left", "Harrow", "."],
            ["Harrow", "School", "and", "Harrow", "again"],
        ];
        var spans = new List<List<NerSpan>>
        {
            new() { new NerSpan(0, 1, "LOC", 1) },
            new() { new NerSpan(2, 3, "ORG", 1) },
            new() { new NerSpan(0, 2, "ORG", 1), new NerSpan(3, 4, "ORG", 1) },
        };
        NerDocumentPass.MakeConsistent(words, spans);
        Assert.Equal("ORG", spans[0][0].Type);
        Assert.Equal("ORG", spans[1][0].Type);
        Assert.Equal("ORG", spans[2][0].Type); // "Harrow School" is another name, left alone
        Assert.Equal(3, spans[2][1].FirstToken);
    }

    [Fact]
    public void A_tie_keeps_each_occurrence_as_tagged()
    {
        IReadOnlyList<string>[] words = [["Jordan", "said"], ["in", "Jordan"]];
        var spans = new List<List<NerSpan>> { new() { new NerSpan(0, 1, "PER", 1) }, new() { new NerSpan(1, 2, "LOC", 1) } };
        NerDocumentPass.MakeConsistent(words, spans);
        Assert.Equal("PER", spans[0][0].Type);
        Assert.Equal("LOC", spans[1][0].Type);
    }
}
