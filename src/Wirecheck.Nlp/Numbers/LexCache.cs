namespace Wirecheck.Nlp.Numbers;

using Wirecheck.Core.Model;

/// <summary>The article's <see cref="Lex"/> pieces, computed once and shared by the time, number and claim stages.</summary>
public static class LexCache
{
    private static readonly DataKey<List<Lex>> Key = new("numbers.lex");

    public static List<Lex> Get(Article article)
    {
        if (article.TryGet(Key, out var cached)) return cached;
        var lex = new List<Lex>(article.Text.Length / 5 + 16);
        Lexer.Lex(article.Text, 0, article.Text.Length, lex);
        article.Set(Key, lex);
        return lex;
    }
}
