namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Entities;

/// <summary>
/// The learned attribution tagger: tags every token with a <see cref="RoleTags"/> tag (first-order Viterbi, sentence
/// by sentence, see <see cref="RoleDecoder"/>; the rules' roles among its features), then links the spans: each source
/// and content span goes to the nearest cue (sources within <see cref="SourceReach"/> tokens, in the same sentence when possible), and an attribution's
/// content is the extent of its content spans. A cue with a source but no content span takes the rest of its sentence
/// as content; a cue with neither gives no attribution.
/// </summary>
public sealed class AttributionTagger
{
    public const string ModelPath = "models/attribution.bin";
    /// <summary>The file kind of the attribution model (a <see cref="PerceptronModel"/> over <see cref="RoleTags"/>).</summary>
    public const string ModelMagic = "WCATTR3";
    public const int SourceReach = 20;
    private static readonly Lazy<AttributionTagger?> DefaultTagger = new(() => Load(neural: !PerceptronChosen));

    /// <summary>
    /// Whether the default tagger is the perceptron: only with the environment variable <c>WIRECHECK_ATTRIBUTION=perceptron</c>.
    /// Otherwise the neural ensemble (<c>data/models/attribution-neural.bin</c>) tags when its file is present: it scores
    /// better on PolNeAR dev (see the model's ATTRIBUTION.md and <c>wirecheck eval attribution</c>, which measures both).
    /// </summary>
    public static bool PerceptronChosen => string.Equals(Environment.GetEnvironmentVariable("WIRECHECK_ATTRIBUTION"), "perceptron", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The neural tagger when asked and its model is present (the perceptron's file is then not read); else the
    /// perceptron tagger, or null when its model is missing too.
    /// </summary>
    public static AttributionTagger? Load(bool neural)
    {
        if (neural && LoadNeural() is { } nn) return new AttributionTagger(nn, CueLexicon.Default);
        var path = Wirecheck.Core.Text.DataFiles.PathOf(ModelPath);
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        return new AttributionTagger(PerceptronModel.Load(stream, path, ModelMagic), CueLexicon.Default);
    }

    // --- neural tagger switch: a tagger built with a NeuralEnsemble (data/models/attribution-neural.bin) tags with it instead of the perceptron ---
    public const string NeuralModelPath = "models/attribution-neural.bin";

    /// <summary>The committed neural model (<see cref="NeuralEnsemble"/>), or null when its file is missing.</summary>
    public static NeuralEnsemble? LoadNeural()
    {
        var path = Wirecheck.Core.Text.DataFiles.PathOf(NeuralModelPath);
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        var model = NeuralEnsemble.Load(stream, path);
        if (model.InputMismatch() is { } why) throw new InvalidDataException($"{path}: {why}; retrain it (data/models/attribution-neural.ATTRIBUTION.md)");
        return model;
    }

    private readonly NeuralEnsemble? _neural;

    /// <summary>Whether <see cref="Tag"/> uses the neural model (else the perceptron).</summary>
    public bool IsNeural => _neural is not null;

    private int[] TagNeural(Article a, IReadOnlyList<QuotedSpan> marks, IReadOnlyList<Quote> rules, CancellationToken ct, float[]? roles = null)
    {
        var fx = new NeuralInput(_lexicon);
        fx.Prepare(a, marks, rules);
        return _neural!.Tag(a, fx, ct, roles);
    }

    /// <summary>
    /// As <see cref="Tag"/>, and with the neural model also each token's CRF marginal role probabilities
    /// (<see cref="NeuralEnsemble.RolesPerToken"/> per token: O, source, cue, content; 0 in untagged sentences); null roles with the perceptron.
    /// </summary>
    public int[] Tag(Article a, IReadOnlyList<QuotedSpan> marks, IReadOnlyList<Quote> rules, out float[]? roles, CancellationToken ct = default)
    {
        if (_neural is null) { roles = null; return Tag(a, marks, rules, ct); }
        roles = new float[a.Tokens.Count * NeuralEnsemble.RolesPerToken];
        return TagNeural(a, marks, rules, ct, roles);
    }
    // --- end of the neural switch ---

    /// <summary>The tagger with the committed model (see <see cref="Load"/> and <see cref="PerceptronChosen"/>), or null when no model file is present.</summary>
    public static AttributionTagger? Default => DefaultTagger.Value;

    public const int ContentReach = 30;
    private readonly PerceptronModel? _model;
    private readonly CueLexicon _lexicon;

    /// <summary>Thread-safe: each call prepares its own features.</summary>
    public AttributionTagger(PerceptronModel model, CueLexicon lexicon, NeuralEnsemble? neural = null)
    {
        _neural = neural;
        if (model.Tags != RoleTags.Count) throw new ArgumentException($"an attribution model has {RoleTags.Count} tags, not {model.Tags}", nameof(model));
        _model = model;
        _lexicon = lexicon;
    }

    /// <summary>A tagger that tags with the neural model only.</summary>
    public AttributionTagger(NeuralEnsemble neural, CueLexicon lexicon)
    {
        _neural = neural;
        _lexicon = lexicon;
    }

    public int[] Tag(Article a, IReadOnlyList<QuotedSpan> marks, IReadOnlyList<Quote> rules, CancellationToken ct = default)
    {
        if (_neural is not null) return TagNeural(a, marks, rules, ct);
        var fx = new AttributionFeatures(_lexicon);
        fx.Prepare(a, marks, rules);
        var tags = new int[fx.Count];
        var back = new int[256 * RoleTags.Count];
        RoleScorer score = _model!.Score;
        int done = 0;
        foreach (var s in a.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            int from = Math.Max(done, s.FirstToken), to = Math.Min(fx.Count, s.FirstToken + s.TokenCount);
            if (to <= from) continue;
            if (!fx.Signal(from)) { done = to; continue; } // a sentence with no sign of attribution stays untagged (O)
            RoleDecoder.Decode(fx, from, to, from == 0 ? -1 : tags[from - 1], score, tags, ref back);
            done = to;
        }
        return tags;
    }

    public List<TaggedAttribution> Run(Article a, IReadOnlyList<QuotedSpan> marks, IReadOnlyList<Quote> rules, CancellationToken ct = default) =>
        Link(a, Tag(a, marks, rules, ct));

    private readonly record struct Piece(int Role, int First, int Last);

    /// <summary>Groups tags into spans and links source and content spans to the nearest cue.</summary>
    public static List<TaggedAttribution> Link(Article a, int[] tags)
    {
        var toks = a.Tokens;
        var pieces = new List<Piece>();
        for (int i = 0; i < tags.Length;)
        {
            int role = RoleTags.Role(tags[i]);
            if (role == 0) { i++; continue; }
            int j = i + 1;
            while (j < tags.Length && tags[j] == tags[i] + (RoleTags.IsBegin(tags[i]) ? 1 : 0) && !RoleTags.IsBegin(tags[j])) j++;
            pieces.Add(new Piece(role, i, j - 1));
            i = j;
        }
        var cues = pieces.Where(p => p.Role == 2).ToList();
        var result = new List<TaggedAttribution>();
        if (cues.Count == 0) return result;
        var sentOf = SentenceIndex(a);
        var source = new int[cues.Count];
        var sourceGap = new int[cues.Count];
        var contentFirst = new int[cues.Count];
        var contentLast = new int[cues.Count];
        Array.Fill(source, -1); Array.Fill(contentFirst, -1);
        for (int pi = 0; pi < pieces.Count; pi++)
        {
            var p = pieces[pi];
            if (p.Role == 2) continue;
            int best = -1, bestGap = int.MaxValue;
            for (int c = 0; c < cues.Count; c++)
            {
                var q = cues[c];
                int gap = q.First > p.Last ? q.First - p.Last : p.First > q.Last ? p.First - q.Last : 0;
                if (p.Role == 1 && sentOf[q.First] != sentOf[p.First] && sentOf[q.First] != sentOf[p.Last]) gap += 1000;
                if (gap < bestGap) { bestGap = gap; best = c; }
            }
            if (best < 0) continue;
            if (p.Role == 1)
            {
                if (bestGap > SourceReach) continue;
                if (source[best] < 0 || bestGap < sourceGap[best]) { source[best] = pi; sourceGap[best] = bestGap; }
            }
            else
            {
                if (bestGap > ContentReach) continue;
                if (contentFirst[best] < 0) contentFirst[best] = p.First;
                contentLast[best] = p.Last;
            }
        }
        for (int c = 0; c < cues.Count; c++)
        {
            var q = cues[c];
            if (contentFirst[c] < 0 && source[c] >= 0)
            {
                int s = sentOf[q.Last];
                int end = s >= 0 ? Math.Min(toks.Count, a.Sentences[s].FirstToken + a.Sentences[s].TokenCount) : q.Last + 1;
                int last = end - 1;
                while (last > q.Last && !char.IsLetterOrDigit(a.Text[toks[last].Start])) last--;
                if (last > q.Last) { contentFirst[c] = q.Last + 1; contentLast[c] = last; }
            }
            if (contentFirst[c] < 0) continue;
            TextSpan? src = source[c] >= 0 ? new TextSpan(toks[pieces[source[c]].First].Start, toks[pieces[source[c]].Last].End) : null;
            result.Add(new TaggedAttribution(src, new TextSpan(toks[q.First].Start, toks[q.Last].End),
                new TextSpan(toks[contentFirst[c]].Start, toks[contentLast[c]].End)));
        }
        return result;
    }

    private static int[] SentenceIndex(Article a)
    {
        var idx = new int[a.Tokens.Count];
        Array.Fill(idx, -1);
        for (int s = 0; s < a.Sentences.Count; s++)
        {
            var sent = a.Sentences[s];
            for (int i = sent.FirstToken; i < Math.Min(idx.Length, sent.FirstToken + sent.TokenCount); i++) idx[i] = s;
        }
        return idx;
    }
}
