namespace Wirecheck.Nlp.Tokens;

using Wirecheck.Core.Model;

/// <summary>English news tokenizer (placeholder, replaced below).</summary>
public static class Tokenizer
{
    public static void Tokenize(string text, List<Token> tokens, CancellationToken ct = default)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int s = i;
            if (char.IsLetterOrDigit(text[i])) { while (i < text.Length && char.IsLetterOrDigit(text[i])) i++; tokens.Add(new Token(s, i, TokenKind.Word)); }
            else { i++; tokens.Add(new Token(s, i, TokenKind.Punctuation)); }
        }
    }
}
