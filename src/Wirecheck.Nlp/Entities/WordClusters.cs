namespace Wirecheck.Nlp.Entities;

using Wirecheck.Core.Text;

/// <summary>
/// Word clusters learned from unlabeled text (<c>data/entities/clusters.tsv</c>, built by
/// <c>wirecheck train clusters</c>, see <see cref="ClusterBuilder"/>): each known word (lower case) has a path in a
/// binary tree of clusters, as Brown clusters do; the tagger uses path prefixes as features, so words seen in similar
/// contexts share weights even when the labelled data never showed them.
/// </summary>
public sealed class WordClusters
{
    public const string DefaultPath = "entities/clusters.tsv";
    private static readonly Lazy<WordClusters?> DefaultLazy = new(() =>
        File.Exists(DataFiles.PathOf(DefaultPath)) ? Load(DataFiles.ReadLines(DefaultPath)) : null);
    private readonly Dictionary<ulong, uint> _paths = new();

    /// <summary>The committed clusters, or null when the file is missing.</summary>
    public static WordClusters? Default => DefaultLazy.Value;

    public int Count => _paths.Count;

    /// <summary>Reads <c>word TAB path</c> lines (path: a string of 0/1, at most 24 long); <c>#</c> lines are comments.</summary>
    public static WordClusters Load(IEnumerable<string> lines)
    {
        var c = new WordClusters();
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length < 2 || parts[1].Length is 0 or > 24) continue;
            uint path = 1; // leading 1 marks the length
            foreach (var ch in parts[1]) path = (path << 1) | (ch == '1' ? 1u : 0u);
            c._paths.TryAdd(NerFeatures.Hash(parts[0], lower: true), path);
        }
        return c;
    }

    /// <summary>The path of a word (by its lower-case hash) with a leading 1 bit, or 0 when unknown.</summary>
    public uint PathOf(ulong lowerHash) => _paths.TryGetValue(lowerHash, out var p) ? p : 0;

    /// <summary>The first <paramref name="bits"/> steps of a path (the whole path when shorter), leading 1 kept.</summary>
    public static uint Prefix(uint path, int bits)
    {
        if (path == 0) return 0;
        int len = 31 - System.Numerics.BitOperations.LeadingZeroCount(path);
        return len <= bits ? path : path >> (len - bits);
    }
}
