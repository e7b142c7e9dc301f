namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Eval.Framework;
using Wirecheck.Nlp.Entities;

/// <summary><c>wirecheck train ner --data DIR --out FILE</c>: trains the entity tagger reproducibly (fixed seed).</summary>
public static class TrainCommand
{
    private static void PrintDev(PerceptronModel model, string dir)
    {
        var tagger = new NerTagger(model, NerTagger.DefaultFeatures());
        var dev = NerTrainingData.LoadDev(dir);
        Console.WriteLine($"dev ({NerTrainingData.DevFile}), sentence by sentence: {Wirecheck.Eval.Ner.NerScore.Of(tagger, dev, documentPass: false).Summary()}");
        Console.WriteLine($"dev ({NerTrainingData.DevFile}), with document pass: {Wirecheck.Eval.Ner.NerScore.Of(tagger, dev).Summary()}");
    }

    /// <summary>The corpora whose words (not labels) the word clusters are learned from: the tagger's own training text.</summary>
    public static readonly string[] ClusterFiles = ["gum-all/train.bio", "wikigold/wikigold.bio", "re3d/re3d.bio"];

    private static Command CreateClusters()
    {
        var data = new Option<string?>("--data") { Description = "The NER datasets folder (default: <shared>/datasets/ner)" };
        var output = new Option<string>("--out") { Description = "Where to write the clusters", DefaultValueFactory = _ => "data/" + WordClusters.DefaultPath };
        var files = new Option<string[]>("--files") { Description = "Token files (*.bio) relative to --data whose words are clustered", AllowMultipleArgumentsPerToken = true };
        var cmd = new Command("clusters", "Word clusters (binary paths, bisecting k-means over PPMI context vectors) for the entity tagger") { data, output, files };
        cmd.SetAction((pr, ct) =>
        {
            var dir = pr.GetValue(data) ?? (SharedData.Find() is { } s ? Path.Combine(s, "datasets", "ner") : null);
            if (dir is null || !Directory.Exists(dir)) { Console.Error.WriteLine("wirecheck: train clusters: data folder not found"); return Task.FromResult(ExitCodes.InputError); }
            var chosen = pr.GetValue(files) is { Length: > 0 } f ? f : ClusterFiles;
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var sentences = chosen.SelectMany(x => BioCorpus.Read(Path.Combine(dir, x))).Select(s => (IReadOnlyList<string>)s.Tokens).ToList();
            var builder = new ClusterBuilder();
            var result = builder.Build(sentences);
            var outPath = pr.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            using (var w = new StreamWriter(outPath, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
            {
                w.WriteLine("# Word clusters for the entity tagger: word (lower case) TAB binary cluster path TAB count.");
                w.WriteLine($"# Built by `wirecheck train clusters --data ../shared/datasets/ner` from the words (not the labels) of {string.Join(", ", chosen)}");
                w.WriteLine($"# ({result.Tokens} tokens; words seen >= {builder.MinCount} times; PPMI of +-1/+-2 neighbours over the {builder.ContextWords} most frequent words,");
                w.WriteLine($"# bisecting spherical 2-means to depth {builder.Depth}; deterministic). Sources and licences: data/models/ner.ATTRIBUTION.md.");
                var order = Enumerable.Range(0, result.Words.Length).OrderBy(i => result.Words[i], StringComparer.Ordinal);
                foreach (var i in order) w.WriteLine($"{result.Words[i]}\t{result.Paths[i]}\t{result.Counts[i]}");
            }
            Console.WriteLine($"wrote {outPath}: {result.Words.Length} words from {result.Tokens} tokens in {sw.Elapsed.TotalSeconds:0.0} s");
            return Task.FromResult(ExitCodes.Ok);
        });
        return cmd;
    }

    public static Command Create()
    {
        var cmd = new Command("train", "Train a statistical model from the shared datasets");
        var data = new Option<string?>("--data") { Description = "The NER datasets folder (default: <shared>/datasets/ner)" };
        var output = new Option<string>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => "data/models/ner.bin" };
        var epochs = new Option<int>("--epochs") { Description = "Training passes", DefaultValueFactory = _ => new PerceptronTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed", DefaultValueFactory = _ => new PerceptronTrainingOptions().Seed };
        var files = new Option<string[]>("--files") { Description = "Training files relative to --data (default: the openly licensed set)", AllowMultipleArgumentsPerToken = true };
        var weights = new Option<string>("--weights") { Description = "Update weight per source, e.g. gum=1,wikigold=0.5,re3d=0.5", DefaultValueFactory = _ => NerRecipe.DefaultWeights };
        var noMask = new Option<bool>("--no-mask") { Description = "Also penalise types a source does not mark (MISC on re3d, NORP on wikigold)" };
        var predictedHistory = new Option<bool>("--predicted-history") { Description = "Condition on the tagger's own previous tags while training instead of the gold ones" };
        var early = new Option<bool>("--early-stop") { Description = "Choose the epoch count (up to --epochs) on a held-out slice of the training data, then retrain on all of it" };
        var bags = new Option<int>("--bags") { Description = "Models trained on different shuffles whose weights are averaged", DefaultValueFactory = _ => new NerRecipe().Bags };
        var dev = new Option<bool>("--dev") { Description = "After training, print the development-split score of the new model (for experiments)" };
        var ner = new Command("ner", "Averaged-perceptron BIO tagger on gum-all/train, wikigold and re3d (openly licensed; WikiANN is not used)")
        {
            data, output, epochs, seed, files, weights, noMask, predictedHistory, early, bags, dev,
        };
        ner.SetAction((pr, ct) =>
        {
            var dir = pr.GetValue(data) ?? (SharedData.Find() is { } s ? Path.Combine(s, "datasets", "ner") : null);
            if (dir is null || !Directory.Exists(dir))
            {
                Console.Error.WriteLine($"wirecheck: train ner: data folder not found ({dir ?? "give --data"})");
                return Task.FromResult(ExitCodes.InputError);
            }
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var chosen = pr.GetValue(files) is { Length: > 0 } f ? f : NerTrainingData.TrainFiles;
            if (chosen.Any(x => x.Contains("wikiann", StringComparison.OrdinalIgnoreCase)))
                Console.Error.WriteLine("warning: WikiANN has no stated licence; do not commit or ship a model trained on it");
            var corpus = NerTrainingData.LoadTrain(dir, chosen);
            Console.WriteLine($"training on {corpus.Count} sentences, {corpus.Sum(c => c.Tokens.Length)} tokens ({string.Join(", ", chosen)})");
            var recipe = new NerRecipe
            {
                Epochs = pr.GetValue(epochs),
                Seed = pr.GetValue(seed),
                Weights = NerRecipe.ParseWeights(pr.GetValue(weights)!),
                Mask = !pr.GetValue(noMask),
                PredictedHistory = pr.GetValue(predictedHistory),
                EarlyStop = pr.GetValue(early),
                Bags = pr.GetValue(bags),
            };
            var model = recipe.Train(corpus, NerTagger.DefaultFeatures, Console.Out);
            var outPath = pr.GetValue(output)!;
            model.Save(outPath);
            Console.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB, {model.FeatureCount} features) in {sw.Elapsed.TotalSeconds:0.0} s");
            if (pr.GetValue(dev))
            {
                PrintDev(model, dir);
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        var evaluate = new Option<string?>("--model") { Description = "Score this model file on the development split (with and without the document pass) and exit" };
        var score = new Command("ner-score", "Development-split score of a model file (experiments)") { data, evaluate };
        score.SetAction((pr, ct) =>
        {
            var dir = pr.GetValue(data) ?? (SharedData.Find() is { } s ? Path.Combine(s, "datasets", "ner") : null);
            var file = pr.GetValue(evaluate) ?? "data/models/ner.bin";
            if (dir is null || !File.Exists(file)) { Console.Error.WriteLine("wirecheck: train ner-score: give --data and --model"); return Task.FromResult(ExitCodes.InputError); }
            PrintDev(PerceptronModel.Load(file), dir);
            return Task.FromResult(ExitCodes.Ok);
        });
        cmd.Subcommands.Add(ner);
        cmd.Subcommands.Add(score);
        cmd.Subcommands.Add(CreateClusters());
        cmd.Subcommands.Add(TrainCheckworthyCommand.Create());
        cmd.Subcommands.Add(TrainAttributionCommand.Create());
        return cmd;
    }
}
