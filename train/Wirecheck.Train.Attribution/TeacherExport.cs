namespace Wirecheck.Train.Attribution;

using System.Text;
using System.Text.Json;
using Wirecheck.Nlp.Quotes;

/// <summary>
/// The bridge to a teacher fine-tuned outside .NET (<c>train/minilm-teacher/teacher.py</c>, PyTorch): <see cref="Write"/>
/// exports the MiniLM model and vocabulary, the encoder windows of every sentence (<see cref="ContextFeatures.Windows"/>)
/// and each sentence's gold tags, split and small input groups; <see cref="ReadSoft"/> reads back the teacher's tag
/// distribution per sentence (file <see cref="SoftMagic"/>) for distillation. Training time only.
/// </summary>
public static class TeacherExport
{
    public const string SoftMagic = "WCSOFT1\n";

    /// <summary>The input groups given to the teacher (shape, cue class, rule tag, quotation state, sentence position, cue left, cue right, quoted sentence); the word and cluster groups are left to the encoder.</summary>
    public static readonly int[] TeacherGroups = [2, 3, 4, 5, 6, 7, 8, 9];

    /// <param name="split">Per item: 0 training, 1 held-out, 2 unannotated.</param>
    public static void Write(string dir, IReadOnlyList<ContextFeatures.Item> items, IReadOnlyList<NeuralRoleTrainer.Sentence> sentences, IReadOnlyList<int> split, TextWriter log)
    {
        if (items.Count != sentences.Count || items.Count != split.Count) throw new ArgumentException("items, sentences and splits differ in number");
        Directory.CreateDirectory(dir);
        var (vocab, model) = ContextFeatures.LoadMiniLm();
        File.WriteAllBytes(Path.Combine(dir, "model.onnx"), model);
        var windows = ContextFeatures.Windows(items, vocab);
        using (var w = new StreamWriter(Path.Combine(dir, "windows.jsonl"), false, new UTF8Encoding(false)))
            foreach (var win in windows)
                w.WriteLine(JsonSerializer.Serialize(new
                {
                    ids = win.Ids,
                    segs = win.Segments.Select((s, g) => new { item = s.Item, first = s.First, count = s.Count, spans = win.Spans[g] }),
                }));
        using (var w = new StreamWriter(Path.Combine(dir, "items.jsonl"), false, new UTF8Encoding(false)))
            for (int k = 0; k < items.Count; k++)
            {
                var s = sentences[k];
                int n = s.Gold.Length;
                var cats = new int[n * TeacherGroups.Length];
                for (int i = 0; i < n; i++)
                    for (int g = 0; g < TeacherGroups.Length; g++) cats[i * TeacherGroups.Length + g] = s.Cats[i * NeuralInput.Groups + TeacherGroups[g]];
                w.WriteLine(JsonSerializer.Serialize(new { split = split[k], n, prev = s.Previous, gold = s.Gold, cats }));
            }
        File.WriteAllText(Path.Combine(dir, "groups.json"), JsonSerializer.Serialize(new { groups = TeacherGroups, sizes = TeacherGroups.Select(g => NeuralInput.Sizes[g]) }));
        log.WriteLine($"teacher export: {items.Count} sentences ({split.Count(x => x == 0)} training, {split.Count(x => x == 1)} held-out, {split.Count(x => x == 2)} unannotated), {windows.Count} windows, {windows.Sum(w => (long)w.Ids.Length)} word pieces, to {dir}");
    }

    /// <summary>The teacher's distribution of every item of the export, in its order; each checked against the item's token count.</summary>
    public static NeuralRoleTrainer.Soft[] ReadSoft(string path, IReadOnlyList<NeuralRoleTrainer.Sentence> sentences)
    {
        const int T = NeuralRoleModel.T;
        using var f = new BinaryReader(File.OpenRead(path));
        if (Encoding.ASCII.GetString(f.ReadBytes(SoftMagic.Length)) != SoftMagic) throw new InvalidDataException($"{path}: not a soft-target file");
        int count = f.ReadInt32();
        if (count != sentences.Count) throw new InvalidDataException($"{path}: {count} sentences, the export has {sentences.Count}");
        var result = new NeuralRoleTrainer.Soft[count];
        for (int k = 0; k < count; k++)
        {
            int n = f.ReadInt32();
            if (n != sentences[k].Gold.Length) throw new InvalidDataException($"{path}: sentence {k} has {n} tokens, the export {sentences[k].Gold.Length}");
            var unary = new float[n * T];
            var pairs = new float[(T + 1) * T];
            for (int i = 0; i < unary.Length; i++) unary[i] = f.ReadSingle();
            for (int i = 0; i < pairs.Length; i++) pairs[i] = f.ReadSingle();
            result[k] = new NeuralRoleTrainer.Soft(unary, pairs);
        }
        return result;
    }
}
