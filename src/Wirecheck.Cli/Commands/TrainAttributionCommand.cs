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
        var cmd = new Command("attribution", "Averaged-perceptron source/cue/content tagger over the rules' output, on PolNeAR train (hashed weights only)")
        {
            data, output,
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
            var docs = AttributionTraining.Load(file, ct);
            Console.WriteLine($"training on {docs.Count} documents, {docs.Sum(d => d.Tags.Length)} tokens");
            var model = AttributionTraining.Train(docs, Console.Out);
            var outPath = pr.GetValue(output)!;
            model.Save(outPath, AttributionTagger.ModelMagic);
            Console.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB, {model.FeatureCount} features) in {sw.Elapsed.TotalSeconds:0.0} s");
            return Task.FromResult(ExitCodes.Ok);
        });
        return cmd;
    }
}
