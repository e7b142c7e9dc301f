namespace Wirecheck.Nlp.Quotes;

/// <summary>Attributions of the neural tagger that <see cref="AttributionTagger.Run"/> leaves out.</summary>
[Flags]
public enum NeuralFilters
{
    None = 0,
    /// <summary>Those with no source span.</summary>
    Sourceless = 1,
    /// <summary>Those whose cue holds no word of the cue lexicon.</summary>
    OffLexicon = 2,
    /// <summary>With the others: only those whose cue overlaps no cue of the rules.</summary>
    OnlyUnsupported = 4,
}
