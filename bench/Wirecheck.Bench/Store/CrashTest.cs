namespace Wirecheck.Bench.Store;

using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

/// <summary>
/// kill -9 the ingest at random moments, again and again, over one run of generated articles; after every
/// kill the store must pass PRAGMA integrity_check and the FTS5 integrity check, hold each article at most
/// once, and never lose what was committed; a final run must complete with every article stored exactly once.
/// <c>dotnet run -c Release --project bench/Wirecheck.Bench -- crash [--articles 2000] [--kills 20] [--seed 1] [--cli PATH]</c>
/// </summary>
public static class CrashTest
{
    public static int Run(string[] args)
    {
        int articles = 2000, kills = 20, seed = 1;
        double minDelay = 1.2, maxDelay = 4.0;
        string? cli = null;
        for (int i = 0; i < args.Length - 1; i++)
            switch (args[i])
            {
                case "--articles": articles = int.Parse(args[++i]); break;
                case "--kills": kills = int.Parse(args[++i]); break;
                case "--seed": seed = int.Parse(args[++i]); break;
                case "--cli": cli = args[++i]; break;
                case "--max-delay": maxDelay = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
            }
        cli ??= FindCli();
        if (cli is null || !File.Exists(cli)) { Console.Error.WriteLine("crash: wirecheck.dll not found; build src/Wirecheck.Cli or give --cli"); return 2; }
        var work = Path.Combine(Path.GetTempPath(), "wirecheck-crash-" + Environment.ProcessId);
        if (Directory.Exists(work)) Directory.Delete(work, true);
        var input = Path.Combine(work, "in");
        var db = Path.Combine(work, "store.db");
        new ArticleGenerator(seed).WriteFiles(input, articles);
        var expected = Directory.GetFiles(input).Select(f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))).ToHashSet();
        Console.WriteLine($"crash test: {articles} generated articles, {kills} kills, cli {cli}");
        var rng = new Random(seed);
        var total = Stopwatch.StartNew();
        long previous = 0;
        int done = 0;
        bool ok = true;
        // Delays adapt to the ingest's speed so that the kills spread over the whole run: `startup` is the time a
        // process needs before it stores anything, `rate` the articles per second after that (both re-estimated
        // after every kill); each delay falls at a random point of the next 1/(kills left) share of the remaining work.
        double startup = minDelay, rate = 0;
        for (int k = 1; k <= kills; k++)
        {
            int left = kills - k + 1;
            double remaining = rate > 0 ? (articles - previous) / rate : maxDelay;
            // before anything has been stored, the delays grow past the startup seen so far (on a loaded machine the
            // process may need longer than --max-delay before its first commit)
            double delay = rate > 0
                ? startup * 0.8 + rng.NextDouble() * Math.Max(0.05, remaining / left * 1.5)
                : Math.Max(minDelay + rng.NextDouble() * (maxDelay - minDelay), startup * (1 + 0.5 * rng.NextDouble()));
            using var p = Start(cli, input, db);
            bool exited = p.WaitForExit(TimeSpan.FromSeconds(delay));
            if (!exited) { p.Kill(entireProcessTree: true); p.WaitForExit(); }
            var (integrity, count, distinct, fts) = Check(db);
            bool good = integrity == "ok" && count == distinct && fts == "ok" && count >= previous;
            ok &= good;
            Console.WriteLine($"kill {k,2}: after {delay:0.00} s {(exited ? "(exited before the kill)" : "SIGKILL")}  articles {count,5}  distinct {distinct,5}  integrity {integrity}  fts {fts}{(good ? "" : "  <-- FAILED")}");
            long gained = count - previous;
            if (gained > 0 && delay > startup) rate = rate == 0 ? gained / (delay - startup) : 0.5 * rate + 0.5 * gained / (delay - startup);
            else if (gained == 0 && !exited) startup = Math.Max(startup, delay * 1.3);
            previous = count;
            done = k;
            if (exited) break;
        }
        using (var final = Start(cli, input, db))
        {
            final.WaitForExit();
            Console.WriteLine($"final run: exit code {final.ExitCode}");
            ok &= final.ExitCode == 0;
        }
        var (fi, fc, fd, ff) = Check(db);
        var stored = StoredHashes(db);
        bool allOnce = fc == articles && fd == articles && stored.SetEquals(expected);
        ok &= fi == "ok" && ff == "ok" && allOnce;
        Console.WriteLine($"end: {fc} articles, {fd} distinct, every generated article stored exactly once: {allOnce}, integrity {fi}, fts {ff}");
        bool enough = done >= kills;
        Console.WriteLine($"crash test {(ok && enough ? "PASSED" : "FAILED")}: {done} of {kills} kill(s) in {total.Elapsed.TotalSeconds:0.0} s{(enough ? "" : " (the ingest finished before every kill was made)")}");
        if (ok) Directory.Delete(work, true);
        return ok && enough ? 0 : 1;
    }

    private static Process Start(string cli, string input, string db)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "ingest", input, "--db", db, "--quiet", "--no-link", "--batch", "16" }) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static (string Integrity, long Count, long Distinct, string Fts) Check(string db)
    {
        if (!File.Exists(db)) return ("ok", 0, 0, "ok");
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        c.Open();
        string integrity = Scalar(c, "PRAGMA integrity_check")?.ToString() ?? "?";
        bool hasTable = Convert.ToInt64(Scalar(c, "SELECT count(*) FROM sqlite_master WHERE name = 'articles'")) > 0;
        if (!hasTable) return (integrity, 0, 0, "ok");
        long count = Convert.ToInt64(Scalar(c, "SELECT count(*) FROM articles"));
        long distinct = Convert.ToInt64(Scalar(c, "SELECT count(DISTINCT url_key || '|' || content_hash) FROM articles"));
        string fts;
        try
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO article_fts(article_fts) VALUES('integrity-check')";
            cmd.ExecuteNonQuery();
            long rows = Convert.ToInt64(Scalar(c, "SELECT count(*) FROM article_fts"));
            fts = rows == count ? "ok" : $"{rows} index rows for {count} articles";
        }
        catch (SqliteException e) { fts = e.Message; }
        return (integrity, count, distinct, fts);
    }

    private static HashSet<string> StoredHashes(string db)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT content_hash FROM articles";
        using var r = cmd.ExecuteReader();
        var set = new HashSet<string>();
        while (r.Read()) set.Add(r.GetString(0));
        return set;
    }

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    public static string? FindCli()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (!File.Exists(Path.Combine(d.FullName, "Wirecheck.sln"))) continue;
            foreach (var cfg in new[] { "Release", "Debug" })
            {
                var p = Path.Combine(d.FullName, "src", "Wirecheck.Cli", "bin", cfg, "net10.0", "wirecheck.dll");
                if (File.Exists(p)) return p;
            }
        }
        return null;
    }
}
