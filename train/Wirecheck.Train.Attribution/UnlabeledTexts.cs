namespace Wirecheck.Train.Attribution;

using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;
using Wirecheck.Extraction.Text;
using Wirecheck.Nlp.Quotes;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

/// <summary>
/// Unannotated texts for distillation (the teacher's tag distribution only): GeoVirus news texts, the article bodies of
/// the article-extraction benchmark, and the GUM train documents (tokens joined by spaces). Each is run through the
/// tokenizer, the sentence splitter and the rules as the PolNeAR training documents are; their tags are all O and unused.
/// </summary>
public static class UnlabeledTexts
{
    public static List<AttributionTrainingDocument> Load(string datasets, TextWriter log)
    {
        var texts = new List<string>();
        using (var s = new GZipStream(File.OpenRead(Path.Combine(datasets, "geo/GeoVirus/GeoVirus.xml.gz")), CompressionMode.Decompress))
            foreach (var t in XDocument.Load(s).Descendants("text")) texts.Add(t.Value);
        int geo = texts.Count;
        using (var f = File.OpenRead(Path.Combine(datasets, "article-extraction/ground-truth.dev.json")))
        using (var json = JsonDocument.Parse(f))
            foreach (var p in json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                if (p.Value.TryGetProperty("articleBody", out var body) && body.GetString() is { Length: > 0 } b) texts.Add(b);
        int bodies = texts.Count - geo;
        var doc = new StringBuilder();
        bool newSentence = true;
        foreach (var line in File.ReadLines(Path.Combine(datasets, "ner/gum-all/train.bio")))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) { if (doc.Length > 0) texts.Add(doc.ToString()); doc.Clear(); continue; }
            if (line.Length == 0) { if (doc.Length > 0 && !newSentence) doc.Append('\n'); newSentence = true; continue; }
            int tab = line.IndexOf('\t');
            if (!newSentence) doc.Append(' ');
            doc.Append(tab < 0 ? line : line[..tab]);
            newSentence = false;
        }
        if (doc.Length > 0) texts.Add(doc.ToString());
        log.WriteLine($"unlabeled: {geo} GeoVirus texts, {bodies} article bodies, {texts.Count - geo - bodies} GUM documents");
        var pipeline = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(new AttributionStage(learned: false, headlines: false)).Build();
        var list = new List<AttributionTrainingDocument>();
        for (int i = 0; i < texts.Count; i++)
        {
            var article = PlainTextExtractor.Verbatim(texts[i], new InputInfo($"u{i}", null, null));
            pipeline.Run(article, CancellationToken.None);
            var marks = QuoteScanner.Scan(article.Text, article.Blocks, CancellationToken.None);
            list.Add(new AttributionTrainingDocument(article, marks, article.Quotes.ToList(), new int[article.Tokens.Count]));
        }
        return list;
    }
}
