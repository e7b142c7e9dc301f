namespace Wirecheck.Nlp.Tests.Tokens;

using CsCheck;
using Wirecheck.Core.Model;
using Wirecheck.Nlp.Tokens;

public class TokenizerTests
{
    private static string[] Tok(string s) => Tokenizer.Tokenize(s).Select(t => s[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("The U.S. said no.", "The|U.S.|said|no|.")]
    [InlineData("Gen. Smith met Mr. Lin on Jan. 5.", "Gen.|Smith|met|Mr.|Lin|on|Jan.|5|.")]
    [InlineData("J. R. R. Tolkien wrote it.", "J.|R.|R.|Tolkien|wrote|it|.")]
    [InlineData("It cost 1,200.5 dollars, or 3.5%.", "It|cost|1,200.5|dollars|,|or|3.5|%|.")]
    [InlineData("See https://example.com/a?b=1, then stop.", "See|https://example.com/a?b=1|,|then|stop|.")]
    [InlineData("Mail press@mfa.gov.cn today.", "Mail|press@mfa.gov.cn|today|.")]
    [InlineData("“We have issued warnings,” Lin said.", "“|We|have|issued|warnings|,|”|Lin|said|.")]
    [InlineData("\"Straight,\" he said.", "\"|Straight|,|\"|he|said|.")]
    [InlineData("China’s position isn't clear", "China|’s|position|is|n't|clear")]
    [InlineData("a Moscow-based center", "a|Moscow|-|based|center")]
    [InlineData("Response—Eventually", "Response|—|Eventually")]
    [InlineData("wait... what…", "wait|...|what|…")]
    [InlineData("between 2023 and 2024, the 1990s", "between|2023|and|2024|,|the|1990s")]
    [InlineData("O'Brien said at 3 p.m. today", "O'Brien|said|at|3|p.m.|today")]
    [InlineData("«Non», dit-il", "«|Non|»|,|dit|-|il")]
    [InlineData("the 81st Airmobile Brigade", "the|81st|Airmobile|Brigade")]
    [InlineData("Москва и 北京", "Москва|и|北京")]
    [InlineData("e.g. this", "e.g.|this")]
    [InlineData("citizens’ rights", "citizens|’|rights")]
    [InlineData("(Reuters) --", "(|Reuters|)|--")]
    public void Splits_hard_cases(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tok(text));

    [Fact]
    public void Very_long_run_is_cut_into_bounded_tokens()
    {
        var s = new string('a', 10_000);
        var toks = Tokenizer.Tokenize(s);
        Assert.All(toks, t => Assert.True(t.Length <= Tokenizer.MaxTokenLength));
        Assert.Equal(s.Length, toks.Sum(t => t.Length));
    }

    [Fact]
    public void Kinds_are_assigned()
    {
        var s = "Visit www.example.org or mail a@b.org: 42 “x”";
        var kinds = Tokenizer.Tokenize(s).Select(t => t.Kind).ToArray();
        Assert.Contains(TokenKind.Url, kinds);
        Assert.Contains(TokenKind.Email, kinds);
        Assert.Contains(TokenKind.Number, kinds);
        Assert.Contains(TokenKind.Quote, kinds);
    }

    /// <summary>Any text: tokens are non-empty, in order, disjoint, and cover every non-space character.</summary>
    [Fact]
    public void Tokens_cover_text_without_overlap() =>
        Gen.String[Gen.Char["aZ.,;:!?'\"“”‘’«»-—…@/ \n\t1290$%()Ωж中\uD83D\uDE00"], 0, 200].Sample(s =>
        {
            var toks = Tokenizer.Tokenize(s);
            int prev = 0;
            foreach (var t in toks)
            {
                if (t.End <= t.Start || t.Start < prev) return false;
                for (int k = prev; k < t.Start; k++) if (!char.IsWhiteSpace(s[k])) return false;
                prev = t.End;
            }
            for (int k = prev; k < s.Length; k++) if (!char.IsWhiteSpace(s[k])) return false;
            return true;
        }, iter: 3000);
}
