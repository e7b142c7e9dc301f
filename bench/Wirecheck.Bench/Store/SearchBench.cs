namespace Wirecheck.Bench.Store;

using System.Diagnostics;
using System.Text;
using Wirecheck.Core.Model;
using Wirecheck.Eval.Framework;
using Wirecheck.Extraction.Input;
using Wirecheck.Store.Db;
using Wirecheck.Store.Ingest;
using Wirecheck.Store.Search;

/// <summary>
/// Search latency on a generated store.
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- search [--articles 100000] [--db PATH] [--rounds 5] [--max-generate-seconds 500] [--shared DIR]</c>
/// <para>
/// The store is filled with <see cref="NewsCorpusGenerator"/> articles (recombined shared development texts) through
/// the real write path (<see cref="ArticlePreparer.Prepare"/> and <see cref="ArticleStore.Write"/>: the same rows,
/// compressed original, JSON, SimHash near-duplicate check and FTS5 index as an ingest) but without running the analysis
/// pipeline, so the per-article layers (entities, quotes, claims, events) are empty; search reads only the
/// articles and article_fts tables. Generation resumes where it stopped (bounded by --max-generate-seconds per run).
/// Then a fixed set of queries (common and rare words, names, phrases, AND, OR, prefixes, no match) runs
/// --rounds times after one warm-up round, and p50/p95/p99 are reported overall and per kind.
/// </para>
/// </summary>
public static class SearchBench
{
    /// <summary>The fixed query set: kind, query.</summary>
    public static readonly (string Kind, string Query)[] Queries =
    {
        ("common word", "said"), ("common word", "people"), ("common word", "government"), ("common word", "health"),
        ("common word", "year"), ("common word", "new"), ("common word", "president"), ("common word", "virus"),
        ("word", "outbreak"), ("word", "vaccine"), ("word", "election"), ("word", "hospital"), ("word", "minister"),
        ("word", "economy"), ("word", "police"), ("word", "company"), ("word", "flu"), ("word", "budget"),
        ("name", "Ebola"), ("name", "Obama"), ("name", "Trump"), ("name", "WeWork"), ("name", "Mustang"), ("name", "Indonesia"),
        ("name", "Catbagan"), ("name", "Rukban"), ("name", "Uganda"), ("name", "Brazil"), ("name", "Zika"), ("name", "MacBook"),
        ("phrase", "\"World Health Organization\""), ("phrase", "\"health ministry\""), ("phrase", "\"bird flu\""),
        ("phrase", "\"United States\""), ("phrase", "\"prime minister\""), ("phrase", "\"last year\""), ("phrase", "\"swine flu\""),
        ("phrase", "\"according to\""),
        ("and", "flu outbreak hospital"), ("and", "police said"), ("and", "president election"), ("and", "vaccine trial results"),
        ("and", "Ebola Uganda"), ("and", "people said year"),
        ("or", "Ebola OR cholera"), ("or", "flood OR earthquake"), ("or", "said OR people"),
        ("prefix", "vaccin*"), ("prefix", "elect*"), ("prefix", "infect*"),
        ("no match", "xylophonequartz"), ("no match", "\"purple elephant parliament\""),
    };

    public static int Run(string[] args)
    {
        int articles = 100_000, rounds = 5, maxSeconds = 500;
        string? db = null, shared = null;
        for (int i = 0; i < args.Length - 1; i++)
            switch (args[i])
            {
                case "--articles": articles = int.Parse(args[++i]); break;
                case "--rounds": rounds = int.Parse(args[++i]); break;
                case "--db": db = args[++i]; break;
                case "--shared": shared = args[++i]; break;
                case "--max-generate-seconds": maxSeconds = int.Parse(args[++i]); break;
            }
        shared ??= SharedData.Find() ?? throw new DirectoryNotFoundException("shared folder not found (--shared DIR)");
        db ??= Path.Combine(Path.GetTempPath(), "wirecheck-bench", $"search-news-{articles}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(db))!);
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()} (cores: {Environment.ProcessorCount})");
        using var store = ArticleStore.Open(db);
        if (!Generate(store, shared, articles, maxSeconds)) return 2;
        Measure(store, articles, rounds);
        return 0;
    }

    /// <summary>Fills the store up to <paramref name="count"/> articles; false when the time budget ran out first.</summary>
    public static bool Generate(ArticleStore store, string shared, int count, int maxSeconds)
    {
        long have = store.Count();
        if (have >= count) return true;
        var gen = new NewsCorpusGenerator(shared);
        Console.WriteLine($"generator: {gen.SourceArticles} source articles, {gen.SourceParagraphs} paragraphs, {gen.SourceQuotes} quote sentences");
        var sw = Stopwatch.StartNew();
        const int chunk = 1000;
        int start = (int)have;
        while (start < count)
        {
            if (sw.Elapsed.TotalSeconds > maxSeconds)
            {
                Console.WriteLine($"generated up to {start} of {count} articles in {sw.Elapsed.TotalSeconds:0} s; run again to continue");
                return false;
            }
            var prepared = new PreparedArticle[Math.Min(chunk, count - start)];
            int first = start;
            Parallel.For(0, prepared.Length, i =>
            {
                var g = gen.Article(first + i);
                var a = new Article(g.Text, new InputInfo(null, g.Url, null));
                a.Meta.Title = g.Title;
                a.Meta.Site = g.Site;
                a.Meta.Published = g.Published;
                var doc = new SourceDocument($"generated {first + i}", Encoding.UTF8.GetBytes(g.Text), InputKind.Text, null, g.Url, g.Published);
                prepared[i] = ArticlePreparer.Prepare(doc, a, "bench-generated");
            });
            foreach (var part in prepared.Chunk(250)) store.Write(part);
            start += prepared.Length;
            if (start % 10_000 == 0) Console.WriteLine($"  {start} articles, {sw.Elapsed.TotalSeconds:0} s");
        }
        store.Connection.Exec(store.Dialect.Name == "sqlite" ? "INSERT INTO article_fts(article_fts) VALUES('optimize')" : "VACUUM ANALYZE article_fts");
        if (store.Dialect.Name == "sqlite") store.Connection.Exec("PRAGMA wal_checkpoint(TRUNCATE)");
        Console.WriteLine($"generated {count - have} articles in {sw.Elapsed.TotalSeconds:0.0} s ({(count - have) / sw.Elapsed.TotalSeconds:0} articles/s; text, FTS index, compressed original and JSON; no analysis layers)");
        return true;
    }

    public static void Measure(ArticleStore store, int count, int rounds)
    {
        long n = store.Count();
        long size = store.Dialect.SizeBytes(store.Connection);
        Console.WriteLine($"search store: {store.Dialect.Describe()}, {n} articles, {size / 1048576.0:0.0} MB = {size / (double)Math.Max(1, n) / 1024.0:0.00} KB per article");
        // one warm-up round (page cache), then the measured rounds
        var byKind = new Dictionary<string, List<double>>();
        var all = new List<double>();
        var cpuAll = new List<double>();
        var hitCounts = new Dictionary<string, int>();
        for (int round = 0; round <= rounds; round++)
            foreach (var (kind, q) in Queries)
            {
                long cpu0 = ThreadClock.Microseconds();
                var sw = Stopwatch.StartNew();
                var hits = SearchService.Search(store, q, 20);
                double ms = sw.Elapsed.TotalMilliseconds;
                long cpu1 = ThreadClock.Microseconds();
                if (round == 0) { hitCounts[q] = hits.Count; continue; }
                all.Add(ms);
                if (cpu0 >= 0 && cpu1 >= 0) cpuAll.Add((cpu1 - cpu0) / 1000.0);
                if (!byKind.TryGetValue(kind, out var list)) byKind[kind] = list = new();
                list.Add(ms);
            }
        Console.WriteLine($"search, top 20 with snippets, {Queries.Length} queries x {rounds} rounds: p50 {P(all, 0.50):0.0} ms, p95 {P(all, 0.95):0.0} ms, p99 {P(all, 0.99):0.0} ms, max {all.Max():0.0} ms (goal p95 <= 50 ms)");
        if (cpuAll.Count > 0)
            Console.WriteLine($"  CPU time of the searching thread (what a quiet machine's latency approaches; the wall time above includes waiting for a core): p50 {P(cpuAll, 0.50):0.0} ms, p95 {P(cpuAll, 0.95):0.0} ms, p99 {P(cpuAll, 0.99):0.0} ms; load {File.ReadAllText("/proc/loadavg").Trim()}");
        foreach (var (kind, list) in byKind)
            Console.WriteLine($"  {kind,-12} p50 {P(list, 0.50),6:0.0} ms  p95 {P(list, 0.95),6:0.0} ms  max {list.Max(),6:0.0} ms");
        Console.WriteLine("  hits returned (of 20): " + string.Join(", ", Queries.Select(x => $"{x.Query} {hitCounts[x.Query]}")));
        var slow = Queries.Select(x => x.Query).Distinct().Select(q =>
        {
            var sw = Stopwatch.StartNew();
            SearchService.Search(store, q, 20);
            return (q, sw.Elapsed.TotalMilliseconds);
        }).OrderByDescending(x => x.TotalMilliseconds).Take(5);
        Console.WriteLine("  slowest: " + string.Join(", ", slow.Select(x => $"{x.q} {x.TotalMilliseconds:0.0} ms")));
    }

    private static double P(List<double> values, double p)
    {
        var s = values.Order().ToList();
        return s[Math.Clamp((int)Math.Ceiling(p * s.Count) - 1, 0, s.Count - 1)];
    }
}
