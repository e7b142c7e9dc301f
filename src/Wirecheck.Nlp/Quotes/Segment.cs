namespace Wirecheck.Nlp.Quotes;

/// <summary>A sentence-like unit of one block that never splits a quotation: chars [Start, End), words [FirstWord, EndWord).</summary>
internal readonly record struct Segment(int Start, int End, int FirstWord, int EndWord, int Block);
