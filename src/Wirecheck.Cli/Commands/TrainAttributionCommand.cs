namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Eval.Attribution;
using Wirecheck.Eval.Framework;
using Wirecheck.Nlp.Quotes;

/// <summary>
/// <c>wirecheck train attribution --data DIR --out FILE</c>: trains the attribution tagger on the PolNeAR train
/// split (primary annotator) reproducibly (fixed seed, fixed epochs). The model holds hashed feature weights only.
/// </summary>
public static class TrainAttributionCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "The PolNeAR folder (default: <shared>/datasets/attribution/polnear)" };
        var output = new Option<string>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => "data/models/attribution.bin" };
        var all = new Option<bool>("--all-annotators") { Description = "Train on every annotator's file of the train split, not only the primary annotator's" };
        var merge = new Option<bool>("--merge") { Description = "Train only the merge filter (attribution-merge.bin next to --out) on the current neural tagger's outputs for its held-out train articles" };
        var cmd = new Command("attribution", "Averaged-perceptron source/cue/content tagger over the rules' output, on PolNeAR train (hashed weights only)")
        {
            data, output, all, merge,
        };
        cmd.SetAction((pr, ct) =>
        {
            var dir = pr.GetValue(data) ?? (SharedData.Find() is { } s ? Path.Combine(s, "datasets", "attribution", "polnear") : null);
            var file = dir is null ? null : Path.Combine(dir, "polnear_train.jsonl.gz");
            if (file is null || !File.Exists(file))
            {
                Console.Error.WriteLine($"wirecheck: train attribution: {file ?? "give --data"}: not found");
                return Task.FromResult(ExitCodes.InputError);
            }
            var sw = System.Diagnostics.Stopwatch.StartNew();
            if (pr.GetValue(merge))
            {
                if (AttributionTagger.Load(neural: true) is not { IsNeural: true } tagger)
                {
                    Console.Error.WriteLine($"wirecheck: train attribution --merge: no neural tagger model ({AttributionTagger.NeuralModelPath})");
                    return Task.FromResult(ExitCodes.InputError);
                }
                var filter = MergeTraining.Train(file, tagger, Console.Out, ct);
                var mergePath = RankerPath(pr.GetValue(output)!, "-merge");
                filter.Save(mergePath, MergeFilter.ModelMagic);
                Console.WriteLine($"wrote {mergePath} ({new FileInfo(mergePath).Length / 1024} KiB, {filter.FeatureCount} features) in {sw.Elapsed.TotalSeconds:0.0} s");
                return Task.FromResult(ExitCodes.Ok);
            }
            var docs = AttributionTraining.Load(file, ct, allAnnotators: pr.GetValue(all));
            Console.WriteLine($"training on {docs.Count} documents, {docs.Sum(d => d.Tags.Length)} tokens");
            var outPath = pr.GetValue(output)!;
            if (Environment.GetEnvironmentVariable("WIRECHECK_RANKER_ONLY") != "1") // a development aid: keep the tagger, retrain the ranker
            {
            var model = AttributionTraining.Train(docs, Console.Out);
            model.Save(outPath, AttributionTagger.ModelMagic);
            Console.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB, {model.FeatureCount} features) in {sw.Elapsed.TotalSeconds:0.0} s");
            }
            var ranker = AttributionTraining.TrainSourceRanker(docs, Console.Out);
            var rankerPath = RankerPath(outPath, "-source");
            ranker.Save(rankerPath, SourceRanker.ModelMagic);
            Console.WriteLine($"wrote {rankerPath} ({new FileInfo(rankerPath).Length / 1024} KiB, {ranker.FeatureCount} features) in {sw.Elapsed.TotalSeconds:0.0} s");
            var cueRanker = AttributionTraining.TrainCueRanker(docs, Console.Out);
            var cuePath = RankerPath(outPath, "-cue");
            cueRanker.Save(cuePath, CueRanker.ModelMagic);
            Console.WriteLine($"wrote {cuePath} ({new FileInfo(cuePath).Length / 1024} KiB, {cueRanker.FeatureCount} features) in {sw.Elapsed.TotalSeconds:0.0} s");
            return Task.FromResult(ExitCodes.Ok);
        });
        return cmd;
    }

    /// <summary>A ranker's file next to the tagger's: <c>attribution.bin</c> → <c>attribution-source.bin</c>, <c>attribution-cue.bin</c>.</summary>
    public static string RankerPath(string taggerPath, string suffix) =>
        Path.Combine(Path.GetDirectoryName(taggerPath) ?? "", Path.GetFileNameWithoutExtension(taggerPath) + suffix + Path.GetExtension(taggerPath));
}
