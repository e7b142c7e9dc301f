namespace Wirecheck.Nlp.Numbers;

/// <summary>A phrase found at a position: its payload and the index after its last <see cref="Lex"/> piece.</summary>
public readonly record struct PhraseMatch<T>(T Value, int EndIndex);
