namespace Wirecheck.Extraction.Text;

using Wirecheck.Core.Model;
using Wirecheck.Core.Text;
using Wirecheck.Extraction.Repairs;

public enum LineRole { Title, Heading, Body, Debris }

/// <summary>A line of plain text with the role the classifier gave it and an optional repair.</summary>
public sealed class ClassifiedLine(int start, int end)
{
    public int Start { get; } = start;
    public int End { get; } = end;
    public LineRole Role { get; set; } = LineRole.Body;
    public BlockKind Kind { get; set; } = BlockKind.Paragraph;
    public string? RemovedKind { get; set; }

    /// <summary>When set, writes the (repaired) line into the builder instead of a plain copy.</summary>
    public Action<TextBuilder, string, ClassifiedLine>? Repair { get; set; }
}

/// <summary>Gives each plain-text line a role: title, heading, body or debris (teasers, share prompts).</summary>
public static class LineClassifier
{
    private static readonly Lazy<Dictionary<string, string>> Cues = new(LoadCues);

    public static IReadOnlyDictionary<string, string> TeaserCues => Cues.Value;

    public static List<ClassifiedLine> Classify(string input, List<InputLine> lines)
    {
        var result = lines.Select(l => new ClassifiedLine(l.Start, l.End)).ToList();
        if (result.Count == 0) return result;
        if (result.Count >= 2 && LooksLikeTitle(input.AsSpan(result[0].Start, result[0].End - result[0].Start)))
            result[0].Role = LineRole.Title;

        for (int i = 0; i < result.Count; i++)
        {
            var line = result[i];
            if (line.Role != LineRole.Body) continue;
            var text = input.AsSpan(line.Start, line.End - line.Start);
            if (TeaserKind(text) is { } kind)
            {
                line.Role = LineRole.Debris;
                line.RemovedKind = kind;
                // the other article's headline that a teaser cue introduces
                if (kind is "teaser" or "related-link" && i + 1 < result.Count)
                {
                    var next = result[i + 1];
                    var nt = input.AsSpan(next.Start, next.End - next.Start);
                    if (IsHeadlineLike(nt))
                    {
                        next.Role = LineRole.Debris;
                        next.RemovedKind = "teaser-headline";
                        i++;
                    }
                }
                continue;
            }
            if (IsHeadlineLike(text) && i + 1 < result.Count && i > 0)
                line.Role = LineRole.Heading;
        }
        PlanRepairs(input, result);
        return result;
    }

    /// <summary>
    /// Gives body paragraphs their scrape-damage repairs (<see cref="ParagraphRepairs"/>): a lost drop cap on the
    /// first paragraph of the text or of a section, a lost opening quotation mark anywhere.
    /// </summary>
    private static void PlanRepairs(string input, List<ClassifiedLine> lines)
    {
        bool sectionStart = true, previousOpen = false;
        foreach (var line in lines)
        {
            if (line.Role is LineRole.Title or LineRole.Debris) continue;
            if (line.Role == LineRole.Heading) { sectionStart = true; previousOpen = false; continue; }
            var text = input.AsSpan(line.Start, line.End - line.Start);
            var plan = ParagraphRepairs.Plan(text, previousOpen, allowDropCap: sectionStart);
            sectionStart = false;
            previousOpen = ParagraphRepairs.LeavesQuoteOpen(text);
            if (plan.Count == 0) continue;
            line.Repair = (tb, src, l) =>
            {
                foreach (var r in plan) tb.AppendRepair(r.Kind, "", r.Insert, l.Start, r.Note);
                tb.AppendFromInput(src.AsSpan(l.Start, l.End - l.Start), l.Start);
            };
        }
    }

    public static string? TeaserKind(ReadOnlySpan<char> line)
    {
        var t = line.Trim().TrimEnd(":…>»|-–— .".AsSpan()).Trim();
        if (t.Length == 0 || t.Length > 40) return null;
        var key = t.ToString().ToLowerInvariant().Replace('\u2019', '\'');
        return Cues.Value.TryGetValue(key, out var kind) ? kind : null;
    }

    /// <summary>First line as title: one sentence, not too long, not a quotation.</summary>
    public static bool LooksLikeTitle(ReadOnlySpan<char> line)
    {
        if (line.Length < 8 || line.Length > 300) return false;
        if (line[0] is '“' or '"' or '«' or '‘' or '\'' or '-' or '*' || !char.IsLetterOrDigit(line[0])) return false;
        int words = WordCount(line);
        if (words < 2 || words > 45) return false;
        // more than one sentence reads as a paragraph
        var inner = line[..^1];
        for (int i = 1; i < inner.Length - 1; i++)
            if (inner[i] is '.' or '!' or '?' && inner[i + 1] == ' ' && i + 2 < inner.Length && char.IsUpper(inner[i + 2]) && !char.IsUpper(inner[i - 1]))
                return false;
        return true;
    }

    /// <summary>A short line without final sentence punctuation that starts with a capital.</summary>
    public static bool IsHeadlineLike(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line.Length > 160) return false;
        if (!char.IsUpper(line[0]) && !char.IsDigit(line[0])) return false;
        char last = line[^1];
        if (last is '.' or ',' or ';' or ':' or '”' or '"' or '’' or '\'' or ')') return false;
        int words = WordCount(line);
        if (words < 2 || words > 16) return false;
        int caps = 0, content = 0;
        foreach (var w in Words(line))
        {
            if (w.Length <= 3) continue; // articles, prepositions
            content++;
            if (char.IsUpper(w[0]) || char.IsDigit(w[0])) caps++;
        }
        return last is '?' or '!' ? caps * 2 >= content : caps * 2 >= content || words <= 8;
    }

    private static int WordCount(ReadOnlySpan<char> s)
    {
        int n = 0;
        bool inWord = false;
        foreach (var c in s)
        {
            bool w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    private static IEnumerable<string> Words(ReadOnlySpan<char> s) =>
        s.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static Dictionary<string, string> LoadCues()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFiles.ReadLines("boilerplate/teaser-cues.txt"))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 3) d[parts[1].Trim().ToLowerInvariant()] = parts[2].Trim();
        }
        return d;
    }
}
