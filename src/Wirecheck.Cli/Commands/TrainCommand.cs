namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Eval.Framework;
using Wirecheck.Nlp.Entities;

/// <summary><c>wirecheck train ner --data DIR --out FILE</c>: trains the entity tagger reproducibly (fixed seed).</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var cmd = new Command("train", "Train a statistical model from the shared datasets");
        var data = new Option<string?>("--data") { Description = "The NER datasets folder (default: <shared>/datasets/ner)" };
        var output = new Option<string>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => "data/models/ner.bin" };
        var epochs = new Option<int>("--epochs") { Description = "Training passes", DefaultValueFactory = _ => new PerceptronTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed", DefaultValueFactory = _ => new PerceptronTrainingOptions().Seed };
        var files = new Option<string[]>("--files") { Description = "Training files relative to --data (default: the openly licensed set)", AllowMultipleArgumentsPerToken = true };
        var ner = new Command("ner", "Averaged-perceptron BIO tagger on gum-all/train, wikigold and re3d (openly licensed; WikiANN is not used)")
        {
            data, output, epochs, seed, files,
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
            var trainer = new PerceptronTrainer(NerTagger.DefaultFeatures());
            var model = trainer.Train(corpus, new PerceptronTrainingOptions { Epochs = pr.GetValue(epochs), Seed = pr.GetValue(seed), Log = Console.Out });
            var outPath = pr.GetValue(output)!;
            model.Save(outPath);
            Console.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB, {model.FeatureCount} features) in {sw.Elapsed.TotalSeconds:0.0} s");
            return Task.FromResult(ExitCodes.Ok);
        });
        cmd.Subcommands.Add(ner);
        cmd.Subcommands.Add(TrainCheckworthyCommand.Create());
        cmd.Subcommands.Add(TrainAttributionCommand.Create());
        return cmd;
    }
}
