namespace Wirecheck.Nlp.Quotes;

/// <summary>Which side of <see cref="LearnedMerge"/> produced an attribution (flags of <see cref="Candidate.Origin"/>).</summary>
internal static class MergeOrigin
{
    /// <summary>Found by the rules.</summary>
    public const int Rules = 1;
    /// <summary>The tagger has an attribution whose cue overlaps this one's.</summary>
    public const int Confirmed = 2;
    /// <summary>The source words were replaced by the tagger's.</summary>
    public const int TaggerSource = 4;
    /// <summary>Found by the tagger alone (added).</summary>
    public const int Tagger = 8;
    /// <summary>A rules' speakerless quotation that took the tagger's source and cue.</summary>
    public const int Filled = 16;
}
