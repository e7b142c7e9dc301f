namespace Wirecheck.Nlp.Events;

/// <summary>A word (or punctuation mark) of a sentence as the event coder sees it: range, lower-case form, shape.</summary>
public readonly record struct Word(int Start, int End, string Lower, bool IsPunct, bool IsCapitalized);
