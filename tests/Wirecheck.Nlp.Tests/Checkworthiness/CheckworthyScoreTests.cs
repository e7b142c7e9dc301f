namespace Wirecheck.Nlp.Tests.Checkworthiness;

using CsCheck;
using Wirecheck.Nlp.Checkworthiness;

/// <summary>The span-based scorer against its definition: σ(bias + Σ weights of <see cref="CheckworthyFeatures.Extract"/>'s features).</summary>
public class CheckworthyScoreTests
{
    private static CheckworthyModel Model()
    {
        var m = new CheckworthyModel { Bias = -0.3 };
        string[] known = ["u:the", "u:two", "b:<s>_the", "b:two_chinese", "u:<num>", "u:<year>", "b:<num>_percent", "f:digit", "f:percent", "f:money",
            "f:year", "f:numword", "f:len0", "f:len1", "f:len2", "b:said_</s>", "u:don't", "u:l'état", "b:in_<year>", "u:percent", "u:dollars"];
        for (int i = 0; i < known.Length; i++) m.Weights[known[i]] = (i % 5 - 2) * 0.37 + i * 0.011;
        return m;
    }

    [Fact]
    public void Extract_gives_unigrams_bigrams_and_flags_in_order()
    {
        var f = new List<string>();
        CheckworthyFeatures.Extract("Two Chinese, 55% in 2024 said", f);
        Assert.Equal(new[] { "u:two", "b:<s>_two", "u:chinese", "b:two_chinese", "u:<num>", "b:chinese_<num>", "u:in", "b:<num>_in", "u:<year>", "b:in_<year>",
            "u:said", "b:<year>_said", "b:said_</s>", "f:digit", "f:percent", "f:year", "f:numword", "f:len1" }, f);
    }

    [Fact]
    public void Score_equals_the_sum_over_extracted_features()
    {
        var m = Model();
        Gen.String[Gen.Char["the two Chinese percent dollars 0123456789,.%$€£'’ İK\u212A"], 0, 400].Sample(s =>
        {
            var buffer = new List<string>();
            CheckworthyFeatures.Extract(s, buffer);
            Assert.Equal(m.ScoreFeatures(buffer), m.Score(s));
        }, iter: 500);
    }
}
