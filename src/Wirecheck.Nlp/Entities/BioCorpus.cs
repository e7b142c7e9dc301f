namespace Wirecheck.Nlp.Entities;

using System.IO.Compression;

/// <summary>Reads the shared <c>*.bio</c> format (token TAB tag, blank line between sentences, <c>-DOCSTART-</c> lines).</summary>
public static class BioCorpus
{
    public static List<BioSentence> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? (Stream)new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(input);
        return Read(reader);
    }

    public static List<BioSentence> Read(TextReader reader)
    {
        var result = new List<BioSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        string doc = "";
        void Flush()
        {
            if (tokens.Count > 0) result.Add(new BioSentence(doc, tokens.ToArray(), tags.ToArray()));
            tokens.Clear();
            tags.Clear();
        }
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0) { Flush(); continue; }
            var parts = line.Split('\t');
            if (parts[0] == "-DOCSTART-")
            {
                Flush();
                doc = parts.Length > 2 ? parts[2] : "";
                continue;
            }
            if (parts.Length < 2) continue;
            tokens.Add(parts[0]);
            tags.Add(parts[1]);
        }
        Flush();
        return result;
    }
}
