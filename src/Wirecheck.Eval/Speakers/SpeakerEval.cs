namespace Wirecheck.Eval.Speakers;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;
using Wirecheck.Eval.Attribution;
using Wirecheck.Eval.Framework;
using Wirecheck.Extraction.Text;
using Wirecheck.Nlp.Entities;
using Wirecheck.Nlp.Quotes;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

/// <summary>
/// Speaker resolution for direct quotations (source words → the right entity) on PolNeAR dev, against the hand labels of
/// <c>eval/gold/polnear-dev-speakers.tsv</c>: the entity and attribution stages run on each article; an item is
/// <em>found</em> when a quotation's source words overlap the gold source words, and <em>right</em> when that quotation's
/// resolved speaker is the labelled one (<see cref="SpeakerNames.Same"/> on the entity's name, or on an alias for a
/// one-word label), or has no speaker where the label says the words name nobody. <c>resolution_accuracy</c> = right /
/// found (the resolution step alone), <c>found</c> = found / items, <c>accuracy</c> = right / items (end to end).
/// The labelled articles alternate between a tuning half (odd positions in the gold file's article order: the only errors
/// <c>--verbose</c> prints, the only ones looked at while changing the resolver) and a held-out half (even positions:
/// <c>heldout_*</c> metrics, its errors never printed).
/// </summary>
public sealed class SpeakerEval : IEvalTask
{
    public const string GoldPath = "eval/gold/polnear-dev-speakers.tsv";
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it", "they", "i", "we", "who", "which", "her", "him", "you" };

    public string Name => "speakers";
    public string Description => "speaker resolution of direct quotations: PolNeAR dev, hand-labelled speakers (eval/gold)";
    public string DefaultDataPath => "datasets/attribution/polnear";

    public EvalReport Run(EvalContext context)
    {
        var path = Path.Combine(context.DataDir, "polnear_dev.jsonl.gz");
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: not found");
        var goldFile = RepositoryFiles.Find(GoldPath) ?? throw new FileNotFoundException($"{GoldPath}: not found from the current directory or the program's folder");
        var all = SpeakerItem.Read(goldFile);
        var byArticle = all.Where(i => i.Speaker != SpeakerItem.Skipped).GroupBy(i => i.Article).ToDictionary(g => g.Key, g => g.ToList());
        var heldOut = all.Select(i => i.Article).Distinct().Where((_, k) => k % 2 == 1).ToHashSet(StringComparer.Ordinal);
        int skipped = all.Count(i => i.Speaker == SpeakerItem.Skipped);
        var pipeline = new PipelineBuilder()
            .Add(new TokenizerStage()).Add(new SentenceStage())
            .Add(new EntityModelStage()).Add(new EntityPatternStage()).Add(new EntityGazetteerStage()).Add(new EntityResolverStage())
            .Add(new AttributionStage()).Build();
        var kinds = new[] { "name", "description", "pronoun", "nobody" };
        var items = kinds.ToDictionary(k => k, _ => 0);
        var found = kinds.ToDictionary(k => k, _ => 0);
        var right = kinds.ToDictionary(k => k, _ => 0);
        int[] hItems = new int[1], hFound = new int[1], hRight = new int[1];
        int docs = 0, unseen = 0;
        foreach (var doc in PolnearReader.Read(path))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!byArticle.Remove(doc.Article, out var list)) continue;
            if (context.Limit is { } lim && docs >= lim) break;
            docs++;
            var article = PlainTextExtractor.Verbatim(doc.Text, new InputInfo(doc.Article, null, null));
            pipeline.Run(article, context.CancellationToken);
            var entities = article.Entities.ToDictionary(e => e.Id);
            bool held = heldOut.Contains(doc.Article);
            bool show = context.Verbose && !held;
            foreach (var item in list)
            {
                if (item.Source.End > doc.Text.Length) throw new InvalidDataException($"{GoldPath}: {item.Article} {item.Source.Start}-{item.Source.End} is outside the article");
                var words = doc.Text[item.Source.Start..item.Source.End];
                string kind = item.Speaker == SpeakerItem.NoSpeaker ? "nobody" : Pronouns.Contains(words.Trim()) ? "pronoun"
                    : char.IsUpper(words.TrimStart()[0]) && !words.StartsWith("The ", StringComparison.Ordinal) && !words.StartsWith("A ", StringComparison.Ordinal) ? "name" : "description";
                items[kind]++;
                if (held) hItems[0]++;
                var q = article.Quotes.FirstOrDefault(x => x.Source == item.Source)
                    ?? article.Quotes.FirstOrDefault(x => x.Source is { } s && s.Start < item.Source.End && item.Source.Start < s.End);
                if (q is null) { if (show) context.Log.WriteLine($"NOT-FOUND [{kind}] {doc.Article}: «{words}» ({item.Speaker})"); continue; }
                found[kind]++;
                if (held) hFound[0]++;
                var e = q.Speaker is { } id && entities.TryGetValue(id, out var en) ? en : null;
                bool ok = item.Speaker == SpeakerItem.NoSpeaker ? e is null
                    : e is not null && (SpeakerNames.Same(item.Speaker, e.Name) || (SpeakerNames.Words(item.Speaker).Count == 1 && e.Aliases.Any(a => SpeakerNames.Same(item.Speaker, a))));
                if (ok) { right[kind]++; if (held) hRight[0]++; }
                else if (show) context.Log.WriteLine($"WRONG [{kind}] {doc.Article}: «{words}» gold {item.Speaker}, resolved {e?.Name ?? "(none)"}");
            }
        }
        unseen = byArticle.Values.Sum(l => l.Count);
        var report = new EvalReport(Name);
        int n = items.Values.Sum(), f = found.Values.Sum(), r = right.Values.Sum();
        report.Metrics["resolution_accuracy"] = Math.Round(f == 0 ? 0 : (double)r / f, 4);
        report.Metrics["found"] = Math.Round(n == 0 ? 0 : (double)f / n, 4);
        report.Metrics["accuracy"] = Math.Round(n == 0 ? 0 : (double)r / n, 4);
        report.Metrics["heldout_resolution_accuracy"] = Math.Round(hFound[0] == 0 ? 0 : (double)hRight[0] / hFound[0], 4);
        report.Metrics["heldout_accuracy"] = Math.Round(hItems[0] == 0 ? 0 : (double)hRight[0] / hItems[0], 4);
        report.Notes.Add($"held-out half: {hItems[0]} items, {hFound[0]} found, {hRight[0]} right");
        foreach (var k in kinds)
            report.Notes.Add($"{k}: {items[k]} items, {found[k]} found, {right[k]} right ({(found[k] == 0 ? 0 : (double)right[k] / found[k]):0.000} of found)");
        report.Notes.Add($"{docs} articles, {n} labelled direct quotations scored, {skipped} left out (reasons in {GoldPath})");
        if (unseen > 0 && context.Limit is null) report.Notes.Add($"{unseen} labelled items name articles missing from the data");
        return report;
    }
}
