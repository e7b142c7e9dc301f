namespace Wirecheck.Eval.Speakers;

using System.Globalization;
using Wirecheck.Core.Model;

/// <summary>
/// One hand-labelled direct quotation of <c>eval/gold/polnear-dev-speakers.tsv</c>: the article, the gold source words
/// and the speaker they refer to (<see cref="NoSpeaker"/> when they name nobody in the article; <see cref="Skipped"/>
/// with a <see cref="Reason"/> when the item is left out of the score).
/// </summary>
public sealed record SpeakerItem(string Article, TextSpan Source, string Speaker, string? Reason = null)
{
    public const string NoSpeaker = "-";
    public const string Skipped = "?";

    /// <summary>Reads the tab-separated file; '#' lines are comments. A malformed line is an error naming its line number.</summary>
    public static IReadOnlyList<SpeakerItem> Read(string path)
    {
        var items = new List<SpeakerItem>();
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 4 || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out int end) || end <= start || f[3].Length == 0)
                throw new InvalidDataException($"{path}:{n}: expected article, start, end, speaker [, reason] separated by tabs");
            if (f[3] == Skipped && (f.Length < 5 || f[4].Length == 0)) throw new InvalidDataException($"{path}:{n}: a skipped item needs a reason");
            items.Add(new SpeakerItem(f[0], new TextSpan(start, end), f[3], f.Length > 4 ? f[4] : null));
        }
        return items;
    }
}
