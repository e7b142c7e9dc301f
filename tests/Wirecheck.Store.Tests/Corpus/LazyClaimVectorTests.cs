namespace Wirecheck.Store.Tests.Corpus;

using Wirecheck.Core.Model;
using Wirecheck.Store.Corpus;
using Wirecheck.Store.Embeddings;
using Wirecheck.Store.Tests.Support;

/// <summary>
/// Claim sentence vectors are computed only where the clusterer or the denial matcher reads them, and that gives
/// the same stories, claim clusters and conflicts as computing every claim's vector first.
/// </summary>
public class LazyClaimVectorTests
{
    /// <summary>An encoder that counts the texts it is given (the real MiniLM, or the lexical embedder as a fast stand-in).</summary>
    private sealed class Counting(Func<IReadOnlyList<string>, float[][]> encode, string name, int dims) : ISentenceEncoder
    {
        public readonly List<string> Texts = new();
        public string Name => name;
        public int Dimensions => dims;
        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct)
        {
            lock (Texts) Texts.AddRange(texts);
            return encode(texts);
        }

        public static Counting MiniLm() => new((t) => MiniLmEncoder.Shared.Encode(t, default), MiniLmEncoder.ModelName, MiniLmEncoder.Dims);

        public static Counting Lexical()
        {
            var lex = new LexicalEmbedder();
            return new((t) => t.Select(lex.Embed).ToArray(), "lexical-test", LexicalEmbedder.Dimensions);
        }
    }

    /// <summary>The capture story plus an article a month later about something else: nothing compares its claim with another.</summary>
    private static List<CorpusArticle> StoryAndLoner()
    {
        var list = CaptureStory.Build().Select(b => b.ToCorpus()).ToList();
        var loner = new ArticleBuilder("The new reservoir near Lviv will hold 40 million litres of drinking water when it opens next spring, engineers said.",
            "lviv-news.example", "2025-05-20T09:00:00Z", "Lviv reservoir to open next spring");
        loner.Claim("The new reservoir near Lviv will hold 40 million litres of drinking water", "40 million", 40_000_000, "drinking water", "hold");
        list.Add(loner.ToCorpus());
        return list;
    }

    [Fact]
    public void Vectors_where_compared_give_the_result_of_every_vector_with_MiniLM()
    {
        var arts = StoryAndLoner();
        var eagerEnc = Counting.MiniLm();
        var eager = new CorpusAnalyzer(null, eagerEnc) { EagerVectors = true };
        var all = eager.Analyze(arts);
        var lazyEnc = Counting.MiniLm();
        var lazy = new CorpusAnalyzer(null, lazyEnc);
        var some = lazy.Analyze(arts);

        Assert.Empty(CorpusResultComparer.Differences(all, some));
        Assert.NotEmpty(some.ClaimClusters);
        Assert.Contains(some.Conflicts, c => c.Kind == "denial");
        // the loner's claim was never compared: no vector; every claim of the story was
        var lonerClaim = arts[^1].Rows.Claims.Single();
        Assert.DoesNotContain(lazy.Vectors!.Computed, kv => ReferenceEquals(kv.Key, lonerClaim));
        Assert.Contains(eager.Vectors!.Computed, kv => ReferenceEquals(kv.Key, lonerClaim));
        Assert.DoesNotContain(lazyEnc.Texts, t => t.Contains("reservoir"));
        Assert.True(lazy.Vectors.Encoded < eager.Vectors.Encoded, $"{lazy.Vectors.Encoded} vs {eager.Vectors.Encoded}");
        // every vector read was asked for in a batch before the comparisons
        Assert.Equal(0, lazy.Vectors.EncodedUnprefetched);
    }

    [Fact]
    public void A_claim_compared_with_nothing_is_never_encoded_and_results_match_the_eager_pass()
    {
        var arts = StoryAndLoner();
        var lazyEnc = Counting.Lexical();
        var lazy = new CorpusAnalyzer(null, lazyEnc);
        var some = lazy.Analyze(arts);
        var all = new CorpusAnalyzer(null, Counting.Lexical()) { EagerVectors = true }.Analyze(arts);
        Assert.Empty(CorpusResultComparer.Differences(all, some));
        Assert.DoesNotContain(lazyEnc.Texts, t => t.Contains("reservoir"));
        // the sports claim shares no word with another claim, but the denial of the next day is compared with it
        Assert.Contains(lazyEnc.Texts, t => t.Contains("goals"));
        // each clause is encoded once
        Assert.Equal(lazyEnc.Texts.Count, lazyEnc.Texts.Distinct().Count());
    }

    [Fact]
    public void Exact_copies_join_claim_by_claim_never_one_claim_of_a_copy_with_another_of_the_other()
    {
        static ArticleBuilder Page()
        {
            var b = new ArticleBuilder("Police arrested 12 protesters outside the parliament on Monday. Police arrested 15 protesters outside the ministry on Tuesday.",
                "wire.example", "2025-03-03T10:00:00Z", "Protesters arrested in the capital");
            b.Claim("Police arrested 12 protesters outside the parliament", "12", 12, "protesters", "arrested");
            b.Claim("Police arrested 15 protesters outside the ministry", "15", 15, "protesters", "arrested");
            return b;
        }
        // two outlets whose texts differ: the similar claims of the two may join across them
        var apart = new List<CorpusArticle> { Page().ToCorpus(), Page().ToCorpus() with { Site = "other.example" } };
        var r1 = new CorpusAnalyzer(null, Counting.Lexical()).Analyze(apart);
        Assert.Contains(r1.ClaimClusters, k => k.Claims.Select(c => c.Claim.Value).Distinct().Count() == 2);
        // the same text twice (same copy key): the 12 joins the 12 and the 15 the 15
        var copies = new List<CorpusArticle> { Page().ToCorpus() with { CopyKey = "same" }, Page().ToCorpus() with { Site = "other.example", CopyKey = "same" } };
        var r2 = new CorpusAnalyzer(null, Counting.Lexical()).Analyze(copies);
        Assert.Equal(2, r2.ClaimClusters.Count);
        Assert.All(r2.ClaimClusters, k =>
        {
            Assert.Equal(2, k.Claims.Count);
            Assert.Single(k.Claims.Select(c => c.Claim.Value).Distinct());
        });
        // the same claim in both copies is one clause: no vector is read for it
        Assert.DoesNotContain(r2.Conflicts, c => c.Kind == "quantity");
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void The_ingest_pass_stores_the_vectors_it_computed_and_the_next_pass_reuses_them(string backend)
    {
        using var store = TestStores.Open(backend);
        var built = CaptureStory.Build();
        var loner = new ArticleBuilder("The new reservoir near Lviv will hold 40 million litres of drinking water when it opens next spring, engineers said.",
            "lviv-news.example", "2025-05-20T09:00:00Z", "Lviv reservoir to open next spring");
        loner.Claim("The new reservoir near Lviv will hold 40 million litres of drinking water", "40 million", 40_000_000, "drinking water", "hold");
        built.Add(loner);
        store.Write(built.Select(b => b.Prepare()).ToList());
        long claims = store.Connection.Long("SELECT count(*) FROM claims");

        var enc = Counting.MiniLm();
        var first = CorpusBuilder.Link(store, () => enc);
        long stored = store.Connection.Long("SELECT count(*) FROM claims WHERE embedding IS NOT NULL");
        Assert.Equal(first.Embedding!.Claims, stored);
        Assert.Equal(claims - 1, stored); // all but the loner's claim
        Assert.Equal(1, store.Connection.Long("SELECT count(*) FROM claims WHERE embedding IS NULL AND text LIKE '%reservoir%'"));

        // the next pass encodes no claim again (only the denial quotes, which are not stored) and gives the same result
        var second = CorpusBuilder.Link(store, () => enc);
        Assert.Equal(0, second.Embedding!.Encoded);
        Assert.Empty(CorpusResultComparer.Differences(first.Corpus, second.Corpus));

        // and the eager pass (every claim embedded first) the same again
        store.Connection.Exec("UPDATE claims SET embedding = NULL");
        var eager = CorpusBuilder.Link(store, () => MiniLmEncoder.Shared, null, default, eagerVectors: true);
        Assert.Equal(claims, store.Connection.Long("SELECT count(*) FROM claims WHERE embedding IS NOT NULL"));
        Assert.Empty(CorpusResultComparer.Differences(first.Corpus, eager.Corpus));

        // a copy of a story article arrives later from another outlet: its claim takes the stored vector of the same
        // clause (it is compared with the other outlets' claims) and nothing is encoded
        var copy = new ArticleBuilder(built[0].Article.Text, "copy.example", "2025-04-08T11:00:00Z", "Copy of the first report", "https://copy.example/a");
        copy.Claim("Ukrainian forces captured two Chinese citizens", "two", 2, "Chinese citizens", "captured");
        store.Write(new[] { copy.Prepare() });
        var enc2 = Counting.MiniLm();
        var third = CorpusBuilder.Link(store, () => enc2);
        Assert.Equal(0, third.Embedding!.Encoded);
        Assert.Equal(1, third.Embedding.Claims);
        Assert.Equal(0, store.Connection.Long("SELECT count(*) FROM claims WHERE embedding IS NULL")); // the eager pass above embedded the rest
        Assert.Contains(third.Corpus.ClaimClusters, k => k.Claims.Any(c => c.Site == "copy.example") && k.Claims.Any(c => c.Site == "reuters.com"));
    }
}
