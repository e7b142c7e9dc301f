namespace Wirecheck.Nlp.Checkworthiness;

using System.IO.Compression;

/// <summary>
/// Reads the CheckThat! 2024 task 1 TSV files (<c>Sentence_id, Text, class_label</c>; quoting disabled; .gz
/// allowed). Two records run together on one line (the known defect of the training file) are split.
/// </summary>
public static class CheckworthyDataset
{
    public static List<CheckworthyExample> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using Stream s = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(s, System.Text.Encoding.UTF8);
        var result = new List<CheckworthyExample>();
        string? line;
        bool header = true;
        while ((line = reader.ReadLine()) is not null)
        {
            if (header) { header = false; if (line.StartsWith("Sentence_id", StringComparison.OrdinalIgnoreCase)) continue; }
            var f = line.Split('\t');
            if (f.Length == 3) { Add(result, f[0], f[1], f[2]); continue; }
            // "id<TAB>text<TAB>No29286<TAB>text<TAB>No": a missing newline
            if (f.Length == 5)
            {
                var mid = f[2];
                var label = mid.StartsWith("Yes", StringComparison.Ordinal) ? "Yes" : mid.StartsWith("No", StringComparison.Ordinal) ? "No" : null;
                if (label is not null && mid.Length > label.Length && mid[label.Length..].All(char.IsAsciiDigit))
                {
                    Add(result, f[0], f[1], label);
                    Add(result, mid[label.Length..], f[3], f[4]);
                }
            }
        }
        return result;
    }

    private static void Add(List<CheckworthyExample> list, string id, string text, string label)
    {
        label = label.Trim();
        if (label is "Yes" or "No") list.Add(new CheckworthyExample(id.Trim(), text, label == "Yes"));
    }
}
