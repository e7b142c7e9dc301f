namespace Wirecheck.Nlp.Numbers;

/// <summary>Kind of a <see cref="Lex"/> piece: letters, digits (with inner separators), or one other character.</summary>
public enum LexKind : byte { Word, Digits, Punct }
