namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Core.Text;
using Wirecheck.Eval.Framework;
using Wirecheck.Nlp.Checkworthiness;

/// <summary><c>wirecheck train checkworthy --data DIR [--out FILE] [--seed N]</c>: reproducible training of the check-worthiness weights.</summary>
public static class TrainCheckworthyCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "The checkworthy dataset folder (default: <shared>/datasets/checkworthy)" };
        var output = new Option<string?>("--out") { Description = "Weights file to write (default: data/checkworthy/weights.tsv of the repository)" };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 13 };
        var epochs = new Option<int?>("--epochs") { Description = "Training epochs (default: the committed model's)" };
        var l2 = new Option<double?>("--l2") { Description = "L2 penalty (default: the committed model's)" };
        var maxFeatures = new Option<int?>("--max-features") { Description = "Weights kept (default: the committed model's)" };
        var cw = new Command("checkworthy", "Logistic regression over word n-grams on the CheckThat! 2024 English training split") { data, output, seed, epochs, l2, maxFeatures };
        cw.SetAction((pr, ct) =>
        {
            var dir = pr.GetValue(data) ?? (SharedData.Find() is { } s ? Path.Combine(s, "datasets", "checkworthy") : null);
            var train = dir is null ? null : Path.Combine(dir, "CT24_checkworthy_english_train.tsv.gz");
            if (train is null || !File.Exists(train))
            {
                Console.Error.WriteLine($"wirecheck: train checkworthy: training file not found ({train ?? "give --data"})");
                return Task.FromResult(ExitCodes.InputError);
            }
            var examples = CheckworthyDataset.Read(train);
            Console.WriteLine($"{examples.Count} training sentences ({examples.Count(e => e.Label)} Yes)");
            var d = new CheckworthyTrainingOptions();
            var options = d with
            {
                Seed = pr.GetValue(seed),
                Epochs = pr.GetValue(epochs) ?? d.Epochs,
                L2 = pr.GetValue(l2) ?? d.L2,
                MaxFeatures = pr.GetValue(maxFeatures) ?? d.MaxFeatures,
            };
            var model = CheckworthyTrainer.Train(examples, options, Console.Out);
            var outPath = pr.GetValue(output) ?? RepoData(CheckworthyModel.DefaultPath);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            model.Save(outPath,
            [
                "Check-worthiness weights: logistic regression over lower-cased word unigrams/bigrams and shape flags.",
                "Trained by `wirecheck train checkworthy` (CheckworthyTrainer) on CLEF CheckThat! 2024 task 1 English train",
                "(ClaimBuster crowdsourced sentences; research release, cite the lab overview and ClaimBuster, doi 10.5281/zenodo.3609356).",
                $"Options: {options}",
                "Only weights are stored (no sentences); features seen once are dropped, the largest weights kept.",
            ]);
            Console.WriteLine($"wrote {outPath}: {model.Weights.Count} weights, threshold {model.Threshold:0.00}");
            return Task.FromResult(ExitCodes.Ok);
        });
        return cw;
    }

    private static string RepoData(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Wirecheck.sln"))) return Path.Combine(dir.FullName, "data", relative);
        return DataFiles.PathOf(relative);
    }
}
