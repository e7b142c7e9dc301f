namespace Wirecheck.Bench.Store;

using System.Diagnostics;
using Wirecheck.Store.Db;
using Wirecheck.Store.Embeddings;

/// <summary>
/// CPU time per claim clause of the MiniLM encoder under several settings (intra-op threads, spinning, batch
/// size), over the distinct claim clauses of a store (the ingest bench's by default).
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- minilm-cpu [--db PATH] [--clauses 400]</c>
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
        foreach (var (threads, spin, batch) in new[] { (1, false, 1), (1, false, 4), (1, false, 16), (1, false, 64), (2, false, 1), (2, false, 16), (2, false, 64) })
        {
            using var enc = new MiniLmEncoder(threads, spin, batch);
            enc.Encode(clauses.Take(16).ToList(), default);
            var cpu0 = Environment.CpuUsage.TotalTime;
            var sw = Stopwatch.StartNew();
            enc.Encode(clauses, default);
            var cpu = (Environment.CpuUsage.TotalTime - cpu0).TotalMilliseconds;
            Console.WriteLine($"threads {threads}, spinning {spin}, batch {batch}: CPU {cpu / clauses.Count:0.00} ms per clause, wall {sw.Elapsed.TotalMilliseconds / clauses.Count:0.00} ms per clause; load {File.ReadAllText("/proc/loadavg").Trim()}");
        }
        return 0;
    }
}
