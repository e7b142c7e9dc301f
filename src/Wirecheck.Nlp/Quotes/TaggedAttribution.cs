namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>An attribution read off the tagger's output: a cue, the source and content spans linked to it.</summary>
public sealed record TaggedAttribution(TextSpan? Source, TextSpan Cue, TextSpan Content);
