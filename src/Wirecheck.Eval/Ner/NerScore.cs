namespace Wirecheck.Eval.Ner;

using Wirecheck.Eval.Framework;
using Wirecheck.Nlp.Entities;

/// <summary>
/// Exact-span scores of a tagger on BIO sentences, per type, with the errors sorted into kinds: a predicted span
/// that overlaps a gold span of the same type with other bounds (<see cref="Boundary"/>), the same bounds with
/// another type (<see cref="TypeOnly"/>), other bounds and another type (<see cref="BoundaryAndType"/>), no gold
/// overlap at all (<see cref="Spurious"/>); and gold spans no prediction touches (<see cref="Missed"/>).
/// Error kinds are counted under the gold type, except <see cref="Spurious"/> (predicted type).
/// </summary>
public sealed class NerScore
{
    public Dictionary<string, PrfCounts> Counts { get; } = NerTagSet.Types.ToDictionary(t => t, _ => new PrfCounts());
    public Dictionary<string, int> Boundary { get; } = NerTagSet.Types.ToDictionary(t => t, _ => 0);
    public Dictionary<string, int> TypeOnly { get; } = NerTagSet.Types.ToDictionary(t => t, _ => 0);
    public Dictionary<string, int> BoundaryAndType { get; } = NerTagSet.Types.ToDictionary(t => t, _ => 0);
    public Dictionary<string, int> Spurious { get; } = NerTagSet.Types.ToDictionary(t => t, _ => 0);
    public Dictionary<string, int> Missed { get; } = NerTagSet.Types.ToDictionary(t => t, _ => 0);
    public int Tokens { get; private set; }
    public double Seconds { get; private set; }

    public PrfCounts Overall
    {
        get
        {
            var o = new PrfCounts();
            foreach (var c in Counts.Values) o.Add(c);
            return o;
        }
    }

    /// <summary>Tags every sentence (document context per document id) and scores it against its gold tags.</summary>
    public static NerScore Of(NerTagger tagger, IReadOnlyList<BioSentence> sentences, TextWriter? log = null, CancellationToken ct = default, bool documentPass = true)
    {
        var score = new NerScore();
        var docs = PerceptronTrainer.BuildDocuments(sentences);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var predicted = new List<NerSpan>[sentences.Count];
        for (int i = 0; i < sentences.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            predicted[i] = tagger.Spans(sentences[i].Tokens, docs[i]);
        }
        if (documentPass)
        {
            int a = 0;
            while (a < sentences.Count)
            {
                int b = a;
                while (b < sentences.Count && sentences[b].DocId == sentences[a].DocId) b++;
                var words = new List<IReadOnlyList<string>>();
                var spans = new List<List<NerSpan>>();
                for (int i = a; i < b; i++) { words.Add(sentences[i].Tokens); spans.Add(predicted[i]); }
                NerDocumentPass.MakeConsistent(words, spans);
                a = b;
            }
        }
        score.Seconds = sw.Elapsed.TotalSeconds;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            score.Tokens += s.Tokens.Length;
            var gold = NerTagger.ToSpans(s.Tags.Select(NerTagSet.Parse).ToArray(), s.Tokens.Length);
            score.Add(s.Tokens, gold, predicted[i], log);
        }
        return score;
    }

    private void Add(string[] tokens, List<NerSpan> gold, List<NerSpan> pred, TextWriter? log)
    {
        static bool Same(NerSpan a, NerSpan b) => a.FirstToken == b.FirstToken && a.EndToken == b.EndToken && a.Type == b.Type;
        static bool Overlaps(NerSpan a, NerSpan b) => a.FirstToken < b.EndToken && b.FirstToken < a.EndToken;
        string Text(NerSpan x) => string.Join(' ', tokens[x.FirstToken..x.EndToken]);
        foreach (var p in pred)
        {
            if (gold.Any(g => Same(g, p))) { Counts[p.Type].Tp++; continue; }
            Counts[p.Type].Fp++;
            var g = gold.FirstOrDefault(g => Overlaps(g, p));
            string kind;
            if (g is null) { Spurious[p.Type]++; kind = "spurious"; }
            else if (g.FirstToken == p.FirstToken && g.EndToken == p.EndToken) { TypeOnly[g.Type]++; kind = $"type (gold {g.Type})"; }
            else if (g.Type == p.Type) { Boundary[g.Type]++; kind = $"boundary (gold '{Text(g)}')"; }
            else { BoundaryAndType[g.Type]++; kind = $"boundary+type (gold {g.Type} '{Text(g)}')"; }
            log?.WriteLine($"FP {p.Type,-5} {Text(p)}  — {kind}");
        }
        foreach (var g in gold)
        {
            if (pred.Any(p => Same(g, p))) continue;
            Counts[g.Type].Fn++;
            if (!pred.Any(p => Overlaps(g, p)))
            {
                Missed[g.Type]++;
                log?.WriteLine($"FN {g.Type,-5} {Text(g)}  — missed");
            }
        }
    }

    /// <summary>Adds per-type rows, f1 metrics and an error-breakdown note to a report.</summary>
    public void Fill(EvalReport report)
    {
        foreach (var t in NerTagSet.Types)
        {
            report.Rows.Add(MetricRow.From(t, Counts[t]));
            report.Metrics["f1." + t] = Counts[t].F1;
        }
        var overall = Overall;
        report.Rows.Add(MetricRow.From("overall", overall));
        report.Metrics["f1"] = overall.F1;
        report.Metrics["precision"] = overall.Precision;
        report.Metrics["recall"] = overall.Recall;
        report.Notes.Add("errors (boundary / type / boundary+type / missed / spurious): " +
                         string.Join("; ", NerTagSet.Types.Select(t => $"{t} {Boundary[t]}/{TypeOnly[t]}/{BoundaryAndType[t]}/{Missed[t]}/{Spurious[t]}")));
    }

    public string Summary() =>
        $"F1 {Overall.F1:0.0000} (P {Overall.Precision:0.000} R {Overall.Recall:0.000}); " +
        string.Join(", ", NerTagSet.Types.Select(t => $"{t} {Counts[t].F1:0.000}"));
}
