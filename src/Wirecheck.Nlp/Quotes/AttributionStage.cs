namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;

/// <summary>
/// Fills <see cref="Article.Quotes"/>: direct, indirect, mixed and partial attributions found by the rules of
/// <see cref="Attributor"/> over the cue lexicon, with speakers resolved to <see cref="Article.Entities"/> when the
/// entities layer is present (<see cref="SpeakerResolver"/>).
/// </summary>
public sealed class AttributionStage : IStage
{
    private readonly CueLexicon? _lexicon;
    private readonly bool _learned;
    private readonly bool _headlines;

    /// <param name="lexicon">The cue lexicon (default: <c>data/quotes/cues.tsv</c>).</param>
    /// <param name="learned">Whether the learned tagger (<c>data/models/attribution.bin</c>, when present) refines the rules.</param>
    /// <param name="headlines">Whether the headline convention "Name: …" (<see cref="HeadlineAttribution"/>) adds attributions, after the tagger (the tagger's training input leaves it out).</param>
    public AttributionStage(CueLexicon? lexicon = null, bool learned = true, bool headlines = true)
    {
        _lexicon = lexicon;
        _learned = learned;
        _headlines = headlines;
    }

    private readonly AttributionTagger? _tagger;

    /// <summary>A stage whose learned part is <paramref name="tagger"/> (e.g. the perceptron alone, to compare with the neural tagger).</summary>
    public AttributionStage(AttributionTagger tagger, CueLexicon? lexicon = null) : this(lexicon, learned: true) => _tagger = tagger;

    private readonly MergeFilter? _filter;
    private readonly bool _filterGiven;
    private readonly MergeRecorder? _recorder;

    /// <summary>
    /// A stage with <paramref name="tagger"/> and a chosen merge filter (<see cref="MergeFilter"/>; null for none), or, with
    /// <paramref name="recorder"/>, no filter and the filter's features recorded (to train it).
    /// </summary>
    /// <param name="rankers">Cue and source rankers to use instead of the committed ones (to train the filter with rankers that did not see its articles), or null.</param>
    public AttributionStage(AttributionTagger tagger, MergeFilter? filter, MergeRecorder? recorder = null, CueLexicon? lexicon = null, MergeRankers? rankers = null) : this(tagger, lexicon)
    {
        _filter = recorder is null ? filter : null;
        _filterGiven = true;
        _recorder = recorder;
        _rankers = rankers;
    }

    private readonly MergeRankers? _rankers;

    public StageInfo Info { get; } = StageInfo.Of("quotes", [Layers.Tokens, Layers.Sentences, Layers.Blocks], [Layers.Quotes]);

    public void Process(Article article, CancellationToken ct)
    {
        article.Quotes.Clear();
        var lexicon = _lexicon ?? CueLexicon.Default;
        var marks = QuoteScanner.Scan(article.Text, article.Blocks, ct);
        var candidates = new Attributor(article, lexicon, marks).Run(ct);
        Conventions(article.Text, candidates);
        if (_learned && (_tagger ?? AttributionTagger.Default) is { } tagger)
        {
            LearnedMerge.Apply(article, tagger, marks, candidates, ct, _filterGiven ? _filter : MergeFilter.Default, _recorder, _rankers);
            Conventions(article.Text, candidates);
        }
        if (_headlines && HeadlineAttribution.Add(article, candidates))
            candidates.Sort((x, y) => x.Content.Start != y.Content.Start ? x.Content.Start.CompareTo(y.Content.Start) : x.Content.End.CompareTo(y.Content.End));

        TrimSourceCommas(article.Text, candidates);
        CoordinatedSource.Fill(article.Text, candidates);

        var resolver = new SpeakerResolver(article, marks.Select(m => m.Span));
        var speakers = new List<string>();
        var resolved = new Dictionary<Candidate, string?>();
        // resolve in reading order so that pronouns prefer earlier speakers
        var order = candidates.OrderBy(c => c.Source?.Start ?? c.Content.Start).ToList();
        foreach (var c in order)
        {
            if (c.Speaker is null && c.Source is { } src)
            {
                if (c.SharesSourceWith is { } other && resolved.TryGetValue(other, out var sid) && sid is not null) c.Speaker = sid;
                else
                {
                    c.Speaker = resolver.Resolve(src, speakers, out bool viaPronoun);
                    if (viaPronoun && c.Speaker is not null) c.Confidence = Math.Max(0.1, c.Confidence - 0.1);
                }
            }
            resolved[c] = c.Speaker;
            if (c.Speaker is not null && !speakers.Contains(c.Speaker)) speakers.Add(c.Speaker);
        }
        FirstPersonSpeaker.Fill(article.Text, candidates);
        // a partial quote copies its owner's speaker once the owner is resolved
        foreach (var c in candidates)
            if (c.Kind == QuoteKind.Partial && c.Speaker is null && c.SharesSourceWith is { } o) c.Speaker = o.Speaker;

        _recorder?.Finish(candidates);
        int n = 0;
        foreach (var c in candidates)
        {
            article.Quotes.Add(new Quote
            {
                Id = "q" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Kind = c.Kind,
                Speaker = c.Speaker,
                Source = c.Source,
                Cue = c.Cue,
                CueLemma = c.CueLemma,
                Content = c.Content,
                Confidence = Math.Round(c.Confidence, 2),
            });
        }
    }

    /// <summary>
    /// A source ending in a comma that holds no other comma is a name followed by its clause's comma ("According to
    /// President X, …"): the comma is dropped. An apposition keeps both ("Rendell, a Clinton surrogate,"), as PolNeAR
    /// annotates it.
    /// </summary>
    internal static void TrimSourceCommas(string text, List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Source is not { } s || s.End - s.Start < 2) continue;
            var words = text.AsSpan(s.Start, s.End - s.Start).TrimEnd();
            if (words.Length < 2 || words[^1] != ',' || words[..^1].Contains(',')) continue;
            var inner = words[..^1].TrimEnd();
            if (inner.Length > 0) c.Source = new TextSpan(s.Start, s.Start + inner.Length);
        }
    }

    private static void Conventions(string text, List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Cue is { } cue) c.Cue = CueExtent.WithAuxiliaries(text, CueExtent.WithColon(text, cue, c.Content), c.Source, c.Content);
        }
    }
}
