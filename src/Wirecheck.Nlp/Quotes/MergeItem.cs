namespace Wirecheck.Nlp.Quotes;

/// <summary>
/// What <see cref="MergeRecorder"/> records of one attribution: its keep/cue features, its source options, and whether
/// the rules found it (the keep decision judges only the tagger's own additions).
/// </summary>
public sealed record MergeItem(ulong[] Features, IReadOnlyList<MergeOption> Options, bool ByRules);
