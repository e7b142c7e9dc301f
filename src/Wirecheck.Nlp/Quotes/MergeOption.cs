namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>One source option of an attribution (null: no source) with its features (<see cref="MergeFilter.OptionFeatures"/>).</summary>
public sealed record MergeOption(TextSpan? Source, ulong[] Features);
