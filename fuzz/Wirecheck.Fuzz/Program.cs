using System.Diagnostics;
using System.Text;
using SharpFuzz;
using Wirecheck.Core.Model;
using Wirecheck.Extraction;
using Wirecheck.Extraction.Input;

// Fuzz target: bytes → decode → sniff → extract (HTML or plain text). Anything but InputException/TimeoutException
// escaping, or an article whose blocks/repairs fall outside its text, is a crash.
//   AFL (instrumented):  see fuzz/README.md   → Fuzzer.OutOfProcess.Run
//   no AFL:  dotnet run -c Release --project fuzz/Wirecheck.Fuzz -- --mutate CORPUS_DIR SECONDS
//            (an in-process random mutation loop over the corpus, same checks; a poor man's fuzzer)
if (args.Length >= 3 && args[0] == "--mutate") return Mutate(args[1], double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
if (args.Length >= 2 && args[0] == "--replay") { foreach (var f in Directory.GetFiles(args[1])) Target(File.ReadAllBytes(f)); Console.WriteLine("replay: no crash"); return 0; }
Fuzzer.OutOfProcess.Run(stream =>
{
    using var ms = new MemoryStream();
    stream.CopyTo(ms);
    Target(ms.ToArray());
});
return 0;

static void Target(byte[] bytes)
{
    var options = ExtractionOptions.Default with { Timeout = TimeSpan.FromSeconds(10) };
    var raw = new RawInput(bytes, null, null, null, InputReader.Sniff(bytes, null));
    Article a;
    try { a = ArticleExtractor.Extract(raw, options); }
    catch (InputException) { return; }
    catch (TimeoutException) { return; }
    foreach (var b in a.Blocks)
        if (b.Start < 0 || b.End > a.Text.Length || b.Start > b.End) throw new InvalidOperationException($"block {b.Start}-{b.End} outside text of {a.Text.Length}");
    foreach (var r in a.Repairs)
        if (r.Start < 0 || r.End > a.Text.Length || a.Text[r.Start..r.End] != r.After) throw new InvalidOperationException($"repair {r.Kind} {r.Start}-{r.End} does not cover its text");
    for (int i = 0; i <= a.Text.Length; i += Math.Max(1, a.Text.Length / 64))
    {
        int m = a.SourceMap.ToInput(i);
        if (m < 0 || m > a.SourceMap.InputLength) throw new InvalidOperationException($"offset {i} maps outside the input ({m})");
    }
}

static int Mutate(string corpusDir, double seconds)
{
    var corpus = Directory.GetFiles(corpusDir).Select(File.ReadAllBytes).ToList();
    if (corpus.Count == 0) { Console.Error.WriteLine("empty corpus"); return 2; }
    var rng = new Random(12345);
    var tokens = new[] { "<div>", "</div>", "<p>", "</p>", "<table><tr><td>", "<article>", "<!--", "-->", "<script>", "</script>",
        "&amp;", "&#x", "<meta charset=\"koi8-u\">", "<blockquote>", "“", "”", "he ", "<br>", "<a href=x>", "</a>", "\uFFFD", "\0",
        "<svg><foreignObject>", "<template>", "<frameset>", "<select><option>", "<h2>", "<li>", "<![CDATA[", "<?xml", "<html lang=\"", };
    var sw = Stopwatch.StartNew();
    long runs = 0;
    while (sw.Elapsed.TotalSeconds < seconds)
    {
        var input = new List<byte>(corpus[rng.Next(corpus.Count)]);
        int edits = 1 + rng.Next(16);
        for (int e = 0; e < edits && input.Count > 0; e++)
        {
            int pos = rng.Next(input.Count);
            switch (rng.Next(6))
            {
                case 0: input[pos] = (byte)rng.Next(256); break;
                case 1: input.RemoveRange(pos, Math.Min(input.Count - pos, rng.Next(1, 200))); break;
                case 2: input.InsertRange(pos, Encoding.UTF8.GetBytes(tokens[rng.Next(tokens.Length)])); break;
                case 3: { int len = Math.Min(input.Count - pos, rng.Next(1, 400)); var chunk = input.GetRange(pos, len); input.InsertRange(rng.Next(input.Count), chunk); break; }
                case 4: input.InsertRange(pos, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(tokens[rng.Next(tokens.Length)], rng.Next(1, 3000))))); break;
                default: input.Insert(pos, (byte)"<>\"'/=&;"[rng.Next(8)]); break;
            }
        }
        var bytes = input.ToArray();
        try { Target(bytes); }
        catch (Exception ex)
        {
            var path = Path.Combine(Path.GetTempPath(), $"wirecheck-fuzz-crash-{runs}.bin");
            File.WriteAllBytes(path, bytes);
            Console.Error.WriteLine($"CRASH after {runs} runs: {ex.GetType().Name}: {ex.Message}\n  input saved to {path}\n{ex}");
            return 1;
        }
        runs++;
    }
    Console.WriteLine($"mutate: {runs} inputs in {sw.Elapsed.TotalSeconds:0} s, no crash");
    return 0;
}
