namespace Wirecheck.Nlp.Quotes;

/// <summary>The cue and source rankers a stage uses instead of the committed ones (null: none of that kind).</summary>
public sealed record MergeRankers(CueRanker? Cue, SourceRanker? Source);
