namespace Wirecheck.Store.Tests.Support;

using Wirecheck.Core.Model;

/// <summary>
/// One story told by several outlets, annotated by hand as the analysis stages would: two Chinese nationals
/// captured (one outlet says six), more than 150 said to be fighting for Russia, a denial from Beijing, a
/// negated capture event; plus one unrelated sports article.
/// </summary>
public static class CaptureStory
{
    public static List<ArticleBuilder> Build()
    {
        var list = new List<ArticleBuilder>();

        var a1 = new ArticleBuilder(
            "Ukrainian forces captured two Chinese citizens fighting for Russia in Donetsk Oblast, President Volodymyr Zelensky said on Tuesday. " +
            "Zelensky called on Beijing to explain how its citizens joined the Russian army.",
            "kyivindependent.com", "2025-04-08T10:00:00Z", "Zelensky: Ukraine captures two Chinese citizens fighting for Russia");
        var z1 = a1.Entity(EntityType.PERSON, "Volodymyr Zelensky", "Volodymyr Zelensky", "Zelensky");
        a1.Place("Donetsk Oblast", 709716, "UA", 48.0, 37.8, "ADM1");
        var ua1 = a1.Entity(EntityType.GPE, "Ukraine", "Ukrainian");
        var q1 = a1.Quote(z1, "President Volodymyr Zelensky", "said", "Ukrainian forces captured two Chinese citizens fighting for Russia in Donetsk Oblast");
        a1.Claim("Ukrainian forces captured two Chinese citizens", "two", 2, "Chinese citizens", "captured", attributedTo: q1);
        a1.Event("ASSAULT", "captured", new[] { ua1 }, new[] { "Chinese citizens" });
        list.Add(a1);

        var a2 = new ArticleBuilder(
            "Ukraine's President Volodymyr Zelenskiy said Ukrainian troops had captured two Chinese nationals who were fighting with the Russian army in the Donetsk region. " +
            "Zelenskiy said documents and bank cards were found on the men.",
            "reuters.com", "2025-04-08T14:00:00Z", "Ukraine says it captured two Chinese nationals fighting for Russia");
        var z2 = a2.Entity(EntityType.PERSON, "Volodymyr Zelenskiy", "Volodymyr Zelenskiy", "Zelenskiy");
        var ua2 = a2.Entity(EntityType.GPE, "Ukraine", "Ukraine");
        var q2 = a2.Quote(z2, "President Volodymyr Zelenskiy", "said", "Ukrainian troops had captured two Chinese nationals who were fighting with the Russian army");
        a2.Claim("Ukrainian troops had captured two Chinese nationals", "two", 2, "Chinese nationals", "captured", attributedTo: q2);
        a2.Event("ASSAULT", "captured", new[] { ua2 }, new[] { "Chinese nationals" });
        list.Add(a2);

        var a3 = new ArticleBuilder(
            "Six Chinese soldiers were captured by Ukrainian troops near Donetsk, a military blogger claimed on Wednesday, citing unnamed sources.",
            "frontline-gossip.example", "2025-04-09T08:00:00Z", "Six Chinese soldiers captured fighting for Russia, blogger claims");
        a3.Place("Donetsk", 709717, "UA", 48.02, 37.8, "PPLA");
        var q3 = a3.Quote(null, "a military blogger", "claimed", "Six Chinese soldiers were captured by Ukrainian troops near Donetsk");
        a3.Claim("Six Chinese soldiers were captured by Ukrainian troops", "Six", 6, "Chinese soldiers", "captured", attributedTo: q3);
        list.Add(a3);

        var a4 = new ArticleBuilder(
            "Zelenskyy said that at least 155 Chinese nationals are fighting for Russia on Ukrainian territory, days after two were captured in Donetsk Oblast.",
            "kyivpost.com", "2025-04-09T12:00:00Z", "Zelenskyy: 155 Chinese nationals fighting for Russia");
        var z4 = a4.Entity(EntityType.PERSON, "Zelenskyy");
        var q4 = a4.Quote(z4, "Zelenskyy", "said", "at least 155 Chinese nationals are fighting for Russia on Ukrainian territory");
        a4.Claim("at least 155 Chinese nationals are fighting for Russia", "at least 155", 155, "Chinese nationals", "fighting for Russia", hedge: "at least", min: 155, attributedTo: q4);
        list.Add(a4);

        var a5 = new ArticleBuilder(
            "Chinese Foreign Ministry spokesperson Lin Jian rejected claims that Chinese nationals are fighting for Russia in large numbers, calling them groundless. " +
            "Lin Jian said China had always asked its citizens to stay away from armed conflict.",
            "globaltimes.cn", "2025-04-10T07:00:00Z", "China rejects claims that its nationals are fighting for Russia");
        var lin = a5.Entity(EntityType.PERSON, "Lin Jian", "Lin Jian", "Lin Jian");
        a5.Entity(EntityType.ORG, "Chinese Foreign Ministry");
        a5.Quote(lin, "Chinese Foreign Ministry spokesperson Lin Jian", "rejected", "claims that Chinese nationals are fighting for Russia in large numbers", lemma: "reject");
        a5.Quote(lin, "Lin Jian", "said", "China had always asked its citizens to stay away from armed conflict");
        list.Add(a5);

        var a6 = new ArticleBuilder(
            "Kyiv says more than 150 Chinese nationals are fighting for Russia. President Zelensky said two of them had been captured in Donetsk Oblast last week.",
            "bbc.co.uk", "2025-04-10T09:00:00Z", "Ukraine war: More than 150 Chinese nationals fighting for Russia, Kyiv says");
        var z6 = a6.Entity(EntityType.PERSON, "Zelensky", "President Zelensky");
        a6.Claim("more than 150 Chinese nationals are fighting for Russia", "more than 150", 150, "Chinese nationals", "fighting for Russia", hedge: "more than", min: 150);
        var q6 = a6.Quote(z6, "President Zelensky", "said", "two of them had been captured in Donetsk Oblast last week");
        a6.Claim("two of them had been captured", "two", 2, "Chinese nationals", "captured", attributedTo: q6);
        list.Add(a6);

        var a7 = new ArticleBuilder(
            "Dynamo Kyiv scored three goals in the second half to beat Shakhtar in the league, with the coach praising his young squad after the match.",
            "sports.example", "2025-04-09T20:00:00Z", "Dynamo beat Shakhtar with three late goals");
        a7.Entity(EntityType.ORG, "Dynamo Kyiv");
        a7.Claim("Dynamo Kyiv scored three goals in the second half", "three", 3, "goals", "scored");
        list.Add(a7);

        var a8 = new ArticleBuilder(
            "Moscow said no Chinese citizens were captured by Ukrainian forces and called the report about Chinese nationals fighting for Russia a provocation.",
            "tass.ru", "2025-04-09T16:00:00Z", "Moscow: no Chinese citizens captured by Ukraine");
        var ua8 = a8.Entity(EntityType.GPE, "Ukraine", "Ukrainian");
        a8.Event("ASSAULT", "captured", new[] { ua8 }, new[] { "Chinese citizens" }, negated: true);
        list.Add(a8);

        return list;
    }
}
