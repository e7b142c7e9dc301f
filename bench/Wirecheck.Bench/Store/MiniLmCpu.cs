namespace Wirecheck.Bench.Store;

using System.Diagnostics;
using Wirecheck.Store.Db;
using Wirecheck.Store.Embeddings;

/// <summary>
/// CPU time per claim clause of the MiniLM encoder under several settings (intra-op threads, spinning, batch
/// size), over the distinct claim clauses of a store (the ingest bench's by default).
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- minilm-cpu [--db PATH] [--clauses 400] [--all]</c>
/// </summary>
public static class MiniLmCpu
{
    public static int Run(string[] args)
    {
        string db = Path.Combine(Path.GetTempPath(), "wirecheck-bench", "ingest-dev.db");
        int max = 400;
        for (int i = 0; i < args.Length - 1; i++)
            switch (args[i])
            {
                case "--db": db = args[++i]; break;
                case "--clauses": max = int.Parse(args[++i]); break;
            }
        if (args.Contains("--lengths"))
        {
            // CPU per text by text length: whether a batch is padded to its longest text or to a fixed length
            using var enc = new MiniLmEncoder(1);
            foreach (var words in new[] { 1, 4, 12, 24, 48 })
            {
                var texts = Enumerable.Range(0, 64).Select(i => string.Join(' ', Enumerable.Range(0, words).Select(w => $"word{(i + w) % 7}"))).ToList();
                enc.Encode(texts.Take(16).ToList(), default);
                var c0 = Environment.CpuUsage.TotalTime;
                enc.Encode(texts, default);
                Console.WriteLine($"{words} words per text ({texts[0].Length} chars): CPU {(Environment.CpuUsage.TotalTime - c0).TotalMilliseconds / texts.Count:0.00} ms per text");
            }
            return 0;
        }
        var clauses = new List<string>();
        using (var store = ArticleStore.Open(db))
        using (var cmd = store.Connection.Command("SELECT text, quantity_text FROM claims ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (r.Read() && clauses.Count < max)
            {
                var c = ClaimClause.Of(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1));
                if (seen.Add(c)) clauses.Add(c);
            }
        }
        Console.WriteLine($"{clauses.Count} distinct clauses, mean {clauses.Average(c => c.Length):0} chars; load {File.ReadAllText("/proc/loadavg").Trim()}");
        // the first setting is the reference (the encoder of session 3: 2 intra-op threads, batches of 16): each other
        // setting's vectors are compared with its vectors, packed as stored (max 1 - cosine)
        float[][]? reference = null;
        var settings = args.Contains("--all")
            ? new[] { (2, false, 16, 1), (1, false, 1, 1), (1, false, 4, 1), (1, false, 16, 1), (1, false, 64, 1), (2, false, 1, 1), (2, false, 64, 1), (1, false, 16, 2), (1, false, 8, 2) }
            : new[] { (2, false, 16, 1), (1, false, 16, 1), (1, false, 16, 2) };
        foreach (var (threads, spin, batch, workers) in settings)
        {
            using var enc = new MiniLmEncoder(threads, spin, batch, workers);
            enc.Encode(clauses.Take(batch * workers * 2).ToList(), default);
            var cpu0 = Environment.CpuUsage.TotalTime;
            var sw = Stopwatch.StartNew();
            var v = enc.Encode(clauses, default);
            var cpu = (Environment.CpuUsage.TotalTime - cpu0).TotalMilliseconds;
            double maxDiff = 0, maxPacked = 0;
            if (reference is null) reference = v;
            else
                for (int i = 0; i < v.Length; i++)
                {
                    maxDiff = Math.Max(maxDiff, Math.Abs(1 - VectorPacking.Cosine(v[i], reference[i])));
                    maxPacked = Math.Max(maxPacked, Math.Abs(1 - VectorPacking.Cosine(VectorPacking.Unpack(VectorPacking.Pack(v[i]))!, VectorPacking.Unpack(VectorPacking.Pack(reference[i]))!)));
                }
            Console.WriteLine($"threads {threads}, workers {workers}, spinning {spin}, batch {batch}: CPU {cpu / clauses.Count:0.00} ms per clause, wall {sw.Elapsed.TotalMilliseconds / clauses.Count:0.00} ms per clause; " +
                              $"max 1 - cosine to the first setting {maxDiff:0.0e0} ({maxPacked:0.0e0} packed); load {File.ReadAllText("/proc/loadavg").Trim()}");
        }
        return 0;
    }
}
