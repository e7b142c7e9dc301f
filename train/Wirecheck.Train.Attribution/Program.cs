// Trains the neural attribution tagger on PolNeAR train (primary annotator); 10% of the train articles (a fixed
// seeded choice) are held out for early stopping. Dev is never read here.
//   dotnet run -c Release --project train/Wirecheck.Train.Attribution -- --data ../shared/datasets/attribution/polnear --out data/models/attribution-neural.bin
using System.Diagnostics;
using Wirecheck.Eval.Attribution;
using Wirecheck.Nlp.Quotes;

string data = "../shared/datasets/attribution/polnear", output = "data/models/attribution-neural.bin";
int? limit = null;
var o = new NeuralRoleTrainer.Options();
int hidden = 64;
int[] dilations = [1, 2, 4];
int wordDim = 32;
for (int i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--data": data = Next(); break;
        case "--out": output = Next(); break;
        case "--limit": limit = int.Parse(Next()); break;
        case "--epochs": o = o with { Epochs = int.Parse(Next()) }; break;
        case "--lr": o = o with { LearningRate = float.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) }; break;
        case "--dropout": o = o with { Dropout = float.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) }; break;
        case "--threads": o = o with { Threads = int.Parse(Next()) }; break;
        case "--word-dropout": o = o with { WordDropout = float.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) }; break;
        case "--decay": o = o with { Decay = float.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) }; break;
        case "--hidden": hidden = int.Parse(Next()); break;
        case "--word-dim": wordDim = int.Parse(Next()); break;
        case "--dilations": dilations = Next().Split(',').Select(int.Parse).ToArray(); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}
var sw = Stopwatch.StartNew();
var docs = AttributionTraining.Load(Path.Combine(data, "polnear_train.jsonl.gz"), CancellationToken.None, limit);
Console.WriteLine($"{docs.Count} training articles read in {sw.Elapsed.TotalSeconds:0} s");
var rng = new Random(o.Seed);
var order = Enumerable.Range(0, docs.Count).ToArray();
rng.Shuffle(order);
int held = Math.Max(1, docs.Count / 10);
var fx = new NeuralInput(CueLexicon.Default);
var train = new List<NeuralRoleTrainer.Sentence>();
var valid = new List<NeuralRoleTrainer.Sentence>();
for (int k = 0; k < order.Length; k++) (k < held ? valid : train).AddRange(NeuralRoleTrainer.Sentences(docs[order[k]], fx));
Console.WriteLine($"{train.Count} training sentences ({train.Sum(s => s.Gold.Length)} tokens), {valid.Count} validation sentences");
int[] dims = [wordDim, 8, 4, 8, 8, 4, 2, 4, 4, 2, 8, 4];
var model = new NeuralRoleModel(NeuralInput.Sizes, dims, hidden, dilations);
Console.WriteLine($"{model.Parameters.Length} parameters, hidden {hidden}, dilations {string.Join(",", dilations)}, options {o}");
new NeuralRoleTrainer().Train(model, train, valid, o, Console.Out);
using (var f = File.Create(output)) model.Save(f);
Console.WriteLine($"wrote {output} ({new FileInfo(output).Length} bytes) in {sw.Elapsed.TotalSeconds:0} s");
return 0;
