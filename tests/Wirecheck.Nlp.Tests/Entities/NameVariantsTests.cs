namespace Wirecheck.Nlp.Tests.Entities;

using Wirecheck.Nlp.Entities;

public class NameVariantsTests
{
    [Theory]
    [InlineData("Zelenskyy", "Zelensky")]
    [InlineData("Zelenskiy", "Zelensky")]
    [InlineData("Volodymyr Zelenskyy", "volodymyr zelensky")]
    public void Transliteration_variants_share_a_key(string a, string b) =>
        Assert.Equal(NameVariants.Key(a), NameVariants.Key(b));

    [Theory]
    [InlineData("Lin", "Li")]
    [InlineData("Russia", "Prussia")]
    public void Different_names_keep_different_keys(string a, string b) =>
        Assert.NotEqual(NameVariants.Key(a), NameVariants.Key(b));
}
