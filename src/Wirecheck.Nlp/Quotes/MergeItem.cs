namespace Wirecheck.Nlp.Quotes;

/// <summary>What <see cref="MergeRecorder"/> records of one attribution: its keep features and its source options.</summary>
public sealed record MergeItem(ulong[] Features, IReadOnlyList<MergeOption> Options);
