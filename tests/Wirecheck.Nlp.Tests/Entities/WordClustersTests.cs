namespace Wirecheck.Nlp.Tests.Entities;

using Wirecheck.Nlp.Entities;

public class WordClustersTests
{
    private static List<IReadOnlyList<string>> Text()
    {
        var s = new List<IReadOnlyList<string>>();
        string[] cities = ["Paris", "Rome", "Berlin", "Madrid", "Vienna", "Prague"];
        string[] verbs = ["said", "added", "noted", "argued", "claimed", "stated"];
        for (int i = 0; i < 60; i++)
        {
            s.Add(["She", "lives", "in", cities[i % 6], "and", "works", "there", "."]);
            s.Add(["The", "minister", verbs[i % 6], "that", "it", "was", "late", "."]);
        }
        return s;
    }

    [Fact]
    public void Words_in_the_same_contexts_share_a_path_prefix_and_others_do_not()
    {
        var r = new ClusterBuilder { ContextWords = 50, Depth = 8 }.Build(Text());
        string P(string w) => r.Paths[Array.IndexOf(r.Words, w)];
        static int Shared(string a, string b) { int k = 0; while (k < a.Length && k < b.Length && a[k] == b[k]) k++; return k; }
        // Cities share a longer path with each other than with verbs, and so do verbs.
        Assert.True(Shared(P("paris"), P("rome")) > Shared(P("paris"), P("said")), string.Join(" ", r.Words.Select((w, i) => w + "=" + r.Paths[i])));
        Assert.True(Shared(P("said"), P("claimed")) > Shared(P("paris"), P("said")));
    }

    [Fact]
    public void Building_is_deterministic_and_the_file_round_trips()
    {
        var a = new ClusterBuilder { ContextWords = 50, Depth = 8 }.Build(Text());
        var b = new ClusterBuilder { ContextWords = 50, Depth = 8 }.Build(Text());
        Assert.Equal(a.Paths, b.Paths);
        var lines = new List<string> { "# comment" };
        lines.AddRange(a.Words.Select((w, i) => $"{w}\t{a.Paths[i]}\t{a.Counts[i]}"));
        var c = WordClusters.Load(lines);
        var path = c.PathOf(NerFeatures.Hash("PARIS", lower: true));
        Assert.NotEqual(0u, path);
        Assert.Equal(0u, c.PathOf(NerFeatures.Hash("unseen", lower: true)));
        Assert.Equal(0b1_01u, WordClusters.Prefix(0b1_0110u, 2));
        Assert.Equal(0b1_01u, WordClusters.Prefix(0b1_01u, 8));
    }
}
