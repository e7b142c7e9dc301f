namespace Wirecheck.Nlp.Tests.Entities;

using Wirecheck.Nlp.Entities;

public class PerceptronTaggerTests
{
    private const string Corpus = """
        -DOCSTART-	O	d1

        Maria	B-PER
        Lopez	I-PER
        visited	O
        Paris	B-LOC
        .	O

        The	O
        United	B-ORG
        Nations	I-ORG
        met	O
        in	O
        Geneva	B-LOC
        .	O

        Anna	B-PER
        Smith	I-PER
        visited	O
        Rome	B-LOC
        .	O

        """;

    private static NerFeatures Features() => new(NerLexicon.Load(EntityLexicons.Default, FakeCountries.Instance));

    [Fact]
    public void Reads_bio_with_docstart_and_sentences()
    {
        var s = BioCorpus.Read(new StringReader(Corpus));
        Assert.Equal(3, s.Count);
        Assert.Equal("d1", s[0].DocId);
        Assert.Equal(new[] { "B-PER", "I-PER", "O", "B-LOC", "O" }, s[0].Tags);
    }

    [Fact]
    public void Learns_a_tiny_corpus_and_survives_a_save_load_round_trip()
    {
        var corpus = BioCorpus.Read(new StringReader(Corpus));
        var model = new PerceptronTrainer(Features()).Train(corpus, new PerceptronTrainingOptions { Epochs = 10, Seed = 1 });
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var tagger = new NerTagger(PerceptronModel.Load(path), Features());
            foreach (var s in corpus)
            {
                var tags = new int[s.Tokens.Length];
                tagger.Tag(s.Tokens, tags);
                Assert.Equal(s.Tags, tags.Select(NerTagSet.Name).ToArray());
            }
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        var corpus = BioCorpus.Read(new StringReader(Corpus));
        string Save(int seed)
        {
            var path = Path.GetTempFileName();
            new PerceptronTrainer(Features()).Train(corpus, new PerceptronTrainingOptions { Epochs = 3, Seed = seed }).Save(path);
            var bytes = Convert.ToBase64String(File.ReadAllBytes(path));
            File.Delete(path);
            return bytes;
        }
        Assert.Equal(Save(7), Save(7));
    }

    [Fact]
    public void A_title_the_model_puts_inside_a_person_name_is_cut_off()
    {
        // Training data that (wrongly) puts the title inside the name: the tagger learns B-PER on "President".
        const string titled = """
            -DOCSTART-	O	d2

            President	B-PER
            Maria	I-PER
            Lopez	I-PER
            spoke	O
            .	O

            President	B-PER
            Anna	I-PER
            Smith	I-PER
            spoke	O
            .	O

            """;
        var corpus = BioCorpus.Read(new StringReader(titled));
        var tagger = new NerTagger(new PerceptronTrainer(Features()).Train(corpus, new PerceptronTrainingOptions { Epochs = 10, Seed = 1 }), Features());
        var spans = tagger.Spans(["President", "Maria", "Lopez", "spoke", "."]);
        var span = Assert.Single(spans);
        Assert.Equal((1, 3, "PER"), (span.FirstToken, span.EndToken, span.Type));
    }

    [Fact]
    public void Averaging_two_models_halves_weights_a_single_model_has()
    {
        var corpus = BioCorpus.Read(new StringReader(Corpus));
        var a = new PerceptronTrainer(Features()).Train(corpus, new PerceptronTrainingOptions { Epochs = 3, Seed = 1 });
        var mean = PerceptronModel.Average([a, a], "same model twice");
        Assert.Equal(a.FeatureCount, mean.FeatureCount);
        var none = PerceptronModel.Average([a, new PerceptronModel(new Dictionary<ulong, int>(), [], a.Tags, "empty")], "half");
        Span<float> full = stackalloc float[a.Stride];
        Span<float> half = stackalloc float[a.Stride];
        Span<ulong> f = [Mix()];
        a.Score(f, full);
        none.Score(f, half);
        for (int k = 0; k < a.Tags; k++) Assert.Equal(full[k] / 2, half[k], 4);
    }

    [Fact]
    public void A_loaded_model_has_every_row_of_the_saved_one_and_nothing_else()
    {
        var rows = new Dictionary<ulong, int>();
        var weights = new List<float>();
        var rng = new Random(5);
        for (int i = 0; i < 5000; i++)
        {
            ulong key = (ulong)rng.NextInt64();
            if (!rows.TryAdd(key, rows.Count)) continue;
            for (int k = 0; k < 3; k++) weights.Add(k == i % 3 ? 0 : (float)Math.Round(rng.NextDouble() * 4 - 2, 2));
        }
        var model = new PerceptronModel(rows, weights.ToArray(), 3, "random rows");
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = PerceptronModel.Load(path);
            Assert.Equal(model.FeatureCount, loaded.FeatureCount);
            Assert.Equal("random rows", loaded.Notes);
            foreach (var key in rows.Keys)
            {
                var a = model.Row(key); var b = loaded.Row(key);
                Assert.Equal(a.Length, b.Length);
                for (int k = 0; k < model.Tags; k++) Assert.Equal(a[k], b[k], 2); // the file keeps 16-bit weights
            }
            Assert.True(loaded.Row(unchecked((ulong)rng.NextInt64())).IsEmpty);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_truncated_model_file_is_a_clear_error()
    {
        var rows = new Dictionary<ulong, int> { [1] = 0, [2] = 1, [3] = 2 };
        var model = new PerceptronModel(rows, [1, 2, 3, 4, 5, 6], 2, "three rows");
        var path = Path.GetTempFileName();
        byte[] saved;
        try { model.Save(path); saved = File.ReadAllBytes(path); }
        finally { File.Delete(path); }
        // decompress, cut the last row in half, compress again
        using var raw = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(new MemoryStream(saved), System.IO.Compression.CompressionMode.Decompress)) gz.CopyTo(raw);
        using var cut = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(cut, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true)) gz.Write(raw.ToArray(), 0, (int)raw.Length - 5);
        cut.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => PerceptronModel.Load(cut, "cut.bin"));
        Assert.Contains("truncated", e.Message);
    }

    // Any feature the tiny model has: the bias template (always present).
    private static ulong Mix()
    {
        var c = new NerFeatures.SentenceCache();
        var feats = Features();
        feats.Prepare(["Maria"], c);
        Span<ulong> f = stackalloc ulong[NerFeatures.MaxFeatures];
        feats.Extract(c, 0, 20, 21, f);
        return f[0];
    }

    [Fact]
    public void Decoder_never_opens_with_an_inside_tag()
    {
        Span<float> scores = stackalloc float[NerTagSet.Count];
        scores[NerTagSet.Inside(0)] = 10;
        scores[NerTagSet.Begin(1)] = 1;
        Assert.Equal(NerTagSet.Begin(1), NerDecoder.Best(scores, NerTagSet.Outside));
        Assert.Equal(NerTagSet.Inside(0), NerDecoder.Best(scores, NerTagSet.Begin(0)));
    }

    [Theory]
    [InlineData("B-GPE", "B-LOC")]
    [InlineData("I-NORP", "I-NORP")]
    [InlineData("B-DATE", "O")]
    [InlineData("O", "O")]
    public void Tag_names_map_to_the_corpus_types(string tag, string expected) =>
        Assert.Equal(expected, NerTagSet.Name(NerTagSet.Parse(tag)));
}
