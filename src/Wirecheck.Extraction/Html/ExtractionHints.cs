namespace Wirecheck.Extraction.Html;

using Wirecheck.Core.Text;

/// <summary>The data that steers HTML extraction, loaded once from <c>data/extraction/</c>.</summary>
public sealed class ExtractionHints
{
    private static readonly Lazy<ExtractionHints> Instance = new(Load);

    public static ExtractionHints Default => Instance.Value;

    /// <summary>Class/id substrings that mark an element for removal.</summary>
    public required string[] Remove { get; init; }
    /// <summary>Class/id substrings that lower a container's score.</summary>
    public required string[] Negative { get; init; }
    /// <summary>Class/id substrings that raise a container's score.</summary>
    public required string[] Positive { get; init; }
    /// <summary>Class/id substrings that protect an element from removal.</summary>
    public required string[] Keep { get; init; }
    /// <summary><see cref="Remove"/>, <see cref="Negative"/>, <see cref="Positive"/>, <see cref="Keep"/> compiled for one-pass matching.</summary>
    public HintPatterns RemoveSet => _removeSet ??= new HintPatterns(Remove);
    public HintPatterns NegativeSet => _negativeSet ??= new HintPatterns(Negative);
    public HintPatterns PositiveSet => _positiveSet ??= new HintPatterns(Positive);
    public HintPatterns KeepSet => _keepSet ??= new HintPatterns(Keep);
    /// <summary>The removal kind of each <see cref="Remove"/> pattern ("hint:" + pattern).</summary>
    public string[] RemoveKinds => _removeKinds ??= Remove.Select(p => "hint:" + p).ToArray();
    private HintPatterns? _removeSet, _negativeSet, _positiveSet, _keepSet;
    private string[]? _removeKinds;

    /// <summary>Whole-block boilerplate phrases (lowercase) and their kind.</summary>
    public required Dictionary<string, string> Lines { get; init; }
    /// <summary>Boilerplate prefixes (lowercase) of short blocks and their kind.</summary>
    public required KeyValuePair<string, string>[] Prefixes { get; init; }
    /// <summary>Substrings (lowercase) that mark a short block as a photo credit or caption.</summary>
    public required string[] CreditMarkers { get; init; }

    private static ExtractionHints Load()
    {
        var remove = new List<string>(); var neg = new List<string>(); var pos = new List<string>();
        foreach (var line in DataFiles.ReadLines("extraction/class-hints.txt"))
        {
            var p = line.Split('\t');
            if (p.Length < 3) continue;
            var pattern = p[1].Trim().ToLowerInvariant();
            switch (p[2].Trim())
            {
                case "remove": remove.Add(pattern); break;
                case "negative": neg.Add(pattern); break;
                case "positive": pos.Add(pattern); break;
            }
        }
        var keep = DataFiles.ReadLines("extraction/keep-hints.txt").Select(l => l.Split('\t')).Where(p => p.Length >= 2)
            .Select(p => p[1].Trim().ToLowerInvariant()).ToArray();
        var lines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFiles.ReadLines("extraction/boilerplate-lines.txt"))
        {
            var p = line.Split('\t');
            if (p.Length >= 3) lines[p[1].Trim().ToLowerInvariant()] = p[2].Trim();
        }
        var prefixes = DataFiles.ReadLines("extraction/boilerplate-prefixes.txt").Select(l => l.Split('\t')).Where(p => p.Length >= 3)
            .Select(p => new KeyValuePair<string, string>(p[1].Trim().ToLowerInvariant(), p[2].Trim())).ToArray();
        return new ExtractionHints
        {
            Remove = remove.ToArray(), Negative = neg.ToArray(), Positive = pos.ToArray(), Keep = keep,
            Lines = lines, Prefixes = prefixes,
            CreditMarkers = DataFiles.ReadLines("extraction/credit-markers.txt").Select(l => l.Split('\t')).Where(p => p.Length >= 2)
                .Select(p => p[1].Trim().ToLowerInvariant()).ToArray(),
        };
    }

    public static bool AnyIn(string haystack, string[] patterns)
    {
        foreach (var p in patterns)
            if (haystack.Contains(p, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The kind of boilerplate a block's text is, or null.</summary>
    public string? BoilerplateKind(string text)
    {
        var t = text.AsSpan().Trim(" \t:|-–—•·>»…,.!".AsSpan());
        if (t.Length == 0) return "debris";
        if (t.Length <= 60)
        {
            var key = t.ToString().ToLowerInvariant().Replace('\u2019', '\'');
            if (Lines.TryGetValue(key, out var kind)) return kind;
        }
        if (text.Length <= 150 && !ContentSelector.EndsSentence(text))
        {
            var lower = text.ToLowerInvariant();
            foreach (var m in CreditMarkers)
                if (lower.Contains(m, StringComparison.Ordinal)) return "credit";
        }
        if (text.Length <= 120)
        {
            var lower = text.AsSpan().TrimStart().ToString().ToLowerInvariant();
            foreach (var (prefix, kind) in Prefixes)
                if (lower.StartsWith(prefix, StringComparison.Ordinal)) return kind;
        }
        return null;
    }
}
