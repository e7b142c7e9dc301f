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
string? from = null, ensemble = null, teacher = null, buildVectors = null;
int vocabulary = 40000, vectorDims = 32;
bool useVectors = false, dense = false, unlabeled = false;
string? context = null, exportTeacher = null, softFile = null;
int contextDims = 64;
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
        case "--seed": o = o with { Seed = int.Parse(Next()) }; break;
        case "--word-dropout": o = o with { WordDropout = float.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) }; break;
        case "--decay": o = o with { Decay = float.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) }; break;
        case "--ensemble": ensemble = Next(); break; // comma-separated model files (same held-out split) to average; written to --out
        case "--model": from = Next(); break; // skip training: measure this model (and write --ensemble)
        case "--teacher": teacher = Next(); break; // comma-separated model files: distil their ensemble's tag distribution into the model trained
        case "--distill": o = o with { Distill = float.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) }; break;
        case "--build-vectors": buildVectors = Next(); break; // only build the static word-vector table (MiniLM + PCA) into this file; reads --datasets
        case "--vocabulary": vocabulary = int.Parse(Next()); break;
        case "--vector-dims": vectorDims = int.Parse(Next()); break;
        case "--vectors": useVectors = true; break; // use the word-vector table (data/models/attribution-wordvec.bin) as an input group, initialised from it
        case "--freeze-vectors": o = o with { FreezeVectors = true }; break;
        case "--hidden": hidden = int.Parse(Next()); break;
        case "--word-dim": wordDim = int.Parse(Next()); break;
        case "--dilations": dilations = Next().Split(',').Select(int.Parse).ToArray(); break;
        case "--context": context = Next(); break; // MiniLM contextual vectors of every sentence, cached in this file (computed when missing); read by a --dense model and by a --teacher that was trained --dense
        case "--context-dims": contextDims = int.Parse(Next()); break; // PCA width of the contextual vectors (default 64)
        case "--unlabeled": unlabeled = true; break; // also distil on unannotated text (GeoVirus, the article-extraction bodies, GUM train): the teacher's distribution only; needs --teacher
        case "--export-teacher": exportTeacher = Next(); break; // write the MiniLM model, encoder windows and gold tags of every sentence (and with --unlabeled the unannotated ones) for train/minilm-teacher/teacher.py, then stop
        case "--soft": softFile = Next(); break; // distil towards the tag distributions in this file (written by teacher.py for the --export-teacher sentences, same options)
        case "--dense": dense = true; break; // the model trained reads the contextual vectors (a training-time teacher; needs --context)
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}
var sw = Stopwatch.StartNew();
if (buildVectors is not null)
{
    // ../shared/datasets from the PolNeAR folder (--data)
    var datasets = Path.GetFullPath(Path.Combine(data, "..", ".."));
    var table = Wirecheck.Train.Attribution.VectorBuilder.Build(datasets, vocabulary, vectorDims, Console.Out);
    using (var f = File.Create(buildVectors)) table.Save(f);
    Console.WriteLine($"wrote {table.Count} word vectors of {table.Dims} dimensions to {buildVectors} ({new FileInfo(buildVectors).Length} bytes) in {sw.Elapsed.TotalSeconds:0} s");
    return 0;
}
var docs = AttributionTraining.Load(Path.Combine(data, "polnear_train.jsonl.gz"), CancellationToken.None, limit);
Console.WriteLine($"{docs.Count} training articles read in {sw.Elapsed.TotalSeconds:0} s");
var rng = new Random(20261129); // the held-out split does not depend on --seed
var order = Enumerable.Range(0, docs.Count).ToArray();
rng.Shuffle(order);
int held = Math.Max(1, docs.Count / 10);
var fx = new NeuralInput(CueLexicon.Default);
var train = new List<NeuralRoleTrainer.Sentence>();
var valid = new List<NeuralRoleTrainer.Sentence>();
var items = new List<Wirecheck.Train.Attribution.ContextFeatures.Item>(); // every sentence, in the order of the lists
var allSentences = new List<NeuralRoleTrainer.Sentence>(); // the same sentences in the order of items
var isValid = new List<bool>();
for (int k = 0; k < order.Length; k++)
{
    var starts = new List<int>();
    var sents = NeuralRoleTrainer.Sentences(docs[order[k]], fx, starts);
    (k < held ? valid : train).AddRange(sents);
    allSentences.AddRange(sents);
    for (int j = 0; j < sents.Count; j++) { items.Add(new(docs[order[k]].Article, starts[j], sents[j].Gold.Length)); isValid.Add(k < held); }
}
Console.WriteLine($"{train.Count} training sentences ({train.Sum(s => s.Gold.Length)} tokens), {valid.Count} validation sentences");
var extra = new List<NeuralRoleTrainer.Sentence>();
var extraItems = new List<Wirecheck.Train.Attribution.ContextFeatures.Item>();
if (unlabeled)
{
    if (teacher is null && softFile is null && exportTeacher is null) { Console.Error.WriteLine("--unlabeled needs --teacher, --soft or --export-teacher"); return 2; }
    var datasets = Path.GetFullPath(Path.Combine(data, "..", ".."));
    foreach (var doc in Wirecheck.Train.Attribution.UnlabeledTexts.Load(datasets, Console.Out))
    {
        var starts = new List<int>();
        var sents = NeuralRoleTrainer.Sentences(doc, fx, starts);
        for (int j = 0; j < sents.Count; j++) { extra.Add(sents[j] with { Unlabeled = true }); extraItems.Add(new(doc.Article, starts[j], sents[j].Gold.Length)); }
    }
    Console.WriteLine($"unlabeled: {extra.Count} sentences with a sign of attribution ({extra.Sum(s => s.Gold.Length)} tokens)");
}
if (exportTeacher is not null)
{
    var split = isValid.Select(v => v ? 1 : 0).Concat(extra.Select(_ => 2)).ToList();
    Wirecheck.Train.Attribution.TeacherExport.Write(exportTeacher, [.. items, .. extraItems], [.. allSentences, .. extra], split, Console.Out);
    return 0;
}
NeuralRoleTrainer.Soft?[]? given = null;
if (softFile is not null)
{
    // the file covers items then the unannotated sentences; the trainer's list is the training items then extra
    var read = Wirecheck.Train.Attribution.TeacherExport.ReadSoft(softFile, [.. allSentences, .. extra]);
    var list = new List<NeuralRoleTrainer.Soft?>();
    for (int i = 0; i < items.Count; i++) if (!isValid[i]) list.Add(read[i]);
    for (int i = 0; i < extra.Count; i++) list.Add(read[items.Count + i]);
    given = [.. list];
    Console.WriteLine($"soft targets: {given.Length} sentences from {softFile}");
}
if (dense && context is null) { Console.Error.WriteLine("--dense needs --context FILE"); return 2; }
if (context is not null)
{
    int vi = 0, ti = 0;
    var raw = Wirecheck.Train.Attribution.ContextFeatures.Raw(items, context, Console.Out);
    var fit = Enumerable.Range(0, items.Count).Where(i => !isValid[i]).ToList(); // the annotated training sentences only, with or without --unlabeled
    if (extraItems.Count > 0) raw = [.. raw, .. Wirecheck.Train.Attribution.ContextFeatures.Raw(extraItems, context + ".unlabeled", Console.Out)];
    var reduced = Wirecheck.Train.Attribution.ContextFeatures.Pca(raw, fit, contextDims, 0.5f, Console.Out);
    for (int i = 0; i < extra.Count; i++) extra[i] = extra[i] with { Dense = reduced[items.Count + i] };
    for (int i = 0; i < items.Count; i++)
    {
        if (isValid[i]) { valid[vi] = valid[vi] with { Dense = reduced[i] }; vi++; }
        else { train[ti] = train[ti] with { Dense = reduced[i] }; ti++; }
    }
    Console.WriteLine($"context vectors: {contextDims} dimensions attached to {ti} training and {vi} validation sentences in {sw.Elapsed.TotalSeconds:0} s");
}
if (useVectors)
{
    if (WordVectors.Default is not { } table) { Console.Error.WriteLine($"--vectors: {WordVectors.DefaultPath} is missing (build it with --build-vectors)"); return 2; }
    o = o with { Vectors = table };
}
int[] dims = [wordDim, 8, 4, 8, 8, 4, 2, 4, 4, 2, 8, 4, o.Vectors?.Dims ?? 0];
NeuralRoleModel model;
if (from is not null)
{
    using var f = File.OpenRead(from);
    model = NeuralRoleModel.Load(f, from);
    Console.WriteLine($"{from}: {model.Parameters.Length} parameters, hidden {model.Hidden}, dilations {string.Join(",", model.Dilations)}");
}
else
{
    model = new NeuralRoleModel(NeuralInput.Sizes, dims, hidden, dilations, denseDim: dense ? contextDims : 0);
    Console.WriteLine($"{model.Parameters.Length} parameters, hidden {hidden}, dilations {string.Join(",", dilations)}, dense inputs {model.DenseDim}, options {o}");
    NeuralEnsemble? teachers = teacher is null ? null : new NeuralEnsemble(teacher.Split(',').Select(p => { using var f = File.OpenRead(p); return NeuralRoleModel.Load(f, p); }).ToList());
    if (teachers is not null)
        foreach (var (t, k) in teachers.Members.Select((t, k) => (t, k)))
        {
            if (t.DenseDim > 0 && context is null) { Console.Error.WriteLine($"teacher {k + 1} reads contextual vectors: give --context"); return 2; }
            if (t.DenseDim > 0 && t.DenseDim != contextDims) { Console.Error.WriteLine($"teacher {k + 1} reads {t.DenseDim} contextual dimensions: give --context-dims {t.DenseDim}"); return 2; }
            var (ts, tc) = NeuralRoleTrainer.Score(t, valid);
            Console.WriteLine($"teacher {k + 1} ({(t.DenseDim > 0 ? $"{t.DenseDim} contextual dims" : "no contextual input")}): tagger-alone validation source F1 {ts:0.0000}, cue F1 {tc:0.0000}");
        }
    if (teachers is { Members.Count: > 1 })
    {
        var (es, ec) = NeuralRoleTrainer.Score(teachers, valid);
        Console.WriteLine($"teacher ensemble of {teachers.Members.Count}: tagger-alone validation source F1 {es:0.0000}, cue F1 {ec:0.0000}");
    }
    new NeuralRoleTrainer().Train(model, extra.Count == 0 ? train : [.. train, .. extra], valid, o, Console.Out, teachers, given);
}
{
    var (vs, vc) = NeuralRoleTrainer.Score(model, valid);
    Console.WriteLine($"tagger-alone validation (held-out sentences, gold tags): source F1 {vs:0.0000}, cue F1 {vc:0.0000}");
}
if (model.DenseDim > 0)
{
    // a teacher reading contextual vectors cannot run in the stage (which has none): only the tagger-alone scores above
    using (var f = File.Create(output)) model.Save(f);
    Console.WriteLine($"wrote {output} ({new FileInfo(output).Length} bytes; a training-time teacher, not a runtime model) in {sw.Elapsed.TotalSeconds:0} s");
    return 0;
}
{
    // the whole stage on the held-out articles: rules only, rules + the network (LearnedMerge), rules + the ensemble
    var heldDocs = new HashSet<int>(order.Take(held));
    var gold = PolnearReader.Read(Path.Combine(data, "polnear_train.jsonl.gz")).Take(docs.Count).Where((_, i) => heldDocs.Contains(i)).ToList();
    var percFile = Wirecheck.Core.Text.DataFiles.PathOf(AttributionTagger.ModelPath);
    var committed = Wirecheck.Nlp.Entities.PerceptronModel.Load(percFile, AttributionTagger.ModelMagic);
    var modes = new List<(string, AttributionStage)>
    {
        ("rules only", new AttributionStage(learned: false)),
        ("rules + network", new AttributionStage(new AttributionTagger(committed, CueLexicon.Default, new NeuralEnsemble([model])))),
    };
    if (ensemble is not null)
    {
        var members = ensemble.Split(',').Select(p => { using var f = File.OpenRead(p); return NeuralRoleModel.Load(f, p); }).ToList();
        for (int k = 2; k <= members.Count; k++)
            modes.Add(($"rules + ensemble of {k}", new AttributionStage(new AttributionTagger(committed, CueLexicon.Default, new NeuralEnsemble(members.Take(k).ToList())))));
        var all = new NeuralEnsemble(members);
        using (var f = File.Create(output)) all.Save(f);
        Console.WriteLine($"wrote the ensemble of {members.Count} to {output} ({new FileInfo(output).Length} bytes)");
    }
    foreach (var (name, stage) in modes)
    {
        var pipeline = new Wirecheck.Core.Pipeline.PipelineBuilder().Add(new Wirecheck.Nlp.Tokens.TokenizerStage()).Add(new Wirecheck.Nlp.Sentences.SentenceStage()).Add(stage).Build();
        var scorer = new AttributionScorer();
        foreach (var doc in gold)
        {
            var article = Wirecheck.Extraction.Text.PlainTextExtractor.Verbatim(doc.Text, new Wirecheck.Core.Model.InputInfo(doc.Article, null, null));
            pipeline.Run(article, CancellationToken.None);
            scorer.Add(article.Tokens, doc.Attributions, AttributionScorer.FromQuotes(article.Quotes));
        }
        Console.WriteLine($"held-out stage, {name,-40}: source F1 {scorer.Exact("source").F1:0.0000}, cue F1 {scorer.Exact("cue").F1:0.0000}, content F1 {scorer.Exact("content").F1:0.0000}, content overlap F1 {scorer.Overlap("content").F1:0.0000}");
    }
}
if (ensemble is null)
    using (var f = File.Create(output)) model.Save(f);
Console.WriteLine($"wrote {output} ({new FileInfo(output).Length} bytes) in {sw.Elapsed.TotalSeconds:0} s");
return 0;
