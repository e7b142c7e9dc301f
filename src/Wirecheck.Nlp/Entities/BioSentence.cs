namespace Wirecheck.Nlp.Entities;

/// <summary>One sentence of a BIO corpus: its tokens, their tags (<c>O</c>, <c>B-PER</c>…) and the document it came from.</summary>
public sealed record BioSentence(string DocId, string[] Tokens, string[] Tags);
