namespace Wirecheck.Nlp.Quotes;

/// <summary>How a cue word introduces an attribution (see the header of <c>data/quotes/cues.tsv</c>).</summary>
public enum CueClass { Speech, SpeechObject, SpeechPost, Cognition, Intention, Evidence, Noun, Phrase }
