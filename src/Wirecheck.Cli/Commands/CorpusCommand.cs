namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Cli.Reports;
using Wirecheck.Store.Corpus;
using Wirecheck.Store.Db;

/// <summary>
/// <c>wirecheck corpus entities|entity|quotes|claims|clusters|conflicts|timeline|stories|stats|rebuild|check</c>:
/// questions across all stored articles (named under "corpus" so they do not clash with the per-document commands).
/// </summary>
public static class CorpusCommand
{
    public static Command Create()
    {
        var cmd = new Command("corpus", "Cross-article queries over the store: entities, quotes, claims, conflicts, timelines, stats");

        cmd.Subcommands.Add(Query("entities", "Corpus-wide entities with their aliases, most reported first", (q, pr, o) =>
            new[] { q.Entities(pr.GetValue((Option<string?>)o[0]), pr.GetValue((Option<int>)o[1])) },
            new Option<string?>("--type") { Description = "Only this type (PERSON, ORG, GPE, LOC, …)" }, StoreOptions.Limit()));

        var name = new Argument<string>("name") { Description = "A name or any alias (\"Zelensky\", \"Volodymyr Zelenskiy\")" };
        var entityLimit = StoreOptions.Limit();
        var entity = Query("entity", "One entity: aliases, the articles that mention it, its quotes, the claims that name it", (q, pr, o) =>
            q.Entity(pr.GetValue(name)!, pr.GetValue((Option<int>)o[0])), entityLimit);
        entity.Arguments.Add(name);
        cmd.Subcommands.Add(entity);

        var speaker = new Option<string>("--speaker") { Description = "Speaker name or alias", Required = true };
        cmd.Subcommands.Add(Query("quotes", "Quotes by one speaker across the corpus", (q, pr, o) =>
            new[] { q.Quotes(pr.GetValue(speaker)!, pr.GetValue((Option<int>)o[1])) }, speaker, StoreOptions.Limit()));

        var about = new Option<string?>("--about") { Description = "Text the claims are about (object, predicate or words of the claim)" };
        cmd.Subcommands.Add(Query("claims", "Quantity claims across the corpus, with their cluster", (q, pr, o) =>
            new[] { q.Claims(pr.GetValue(about), pr.GetValue((Option<int>)o[1])) }, about, StoreOptions.Limit()));

        cmd.Subcommands.Add(Query("clusters", "Claim clusters: the same quantity reported by several outlets", (q, pr, o) =>
            new[] { q.Clusters(pr.GetValue((Option<int>)o[0])) }, StoreOptions.Limit()));

        cmd.Subcommands.Add(Query("conflicts", "Reports that cannot all be true: different figures, denials, negated events", (q, pr, o) =>
            new[] { q.Conflicts(pr.GetValue((Option<int>)o[0])) }, StoreOptions.Limit(200)));

        var cluster = new Option<long?>("--cluster") { Description = "Only this claim cluster" };
        cmd.Subcommands.Add(Query("timeline", "Each claim cluster's figures in time order (change: up, down, = same, ~ overlapping)", (q, pr, o) =>
            new[] { q.Timeline(pr.GetValue(cluster), pr.GetValue((Option<int>)o[1])) }, cluster, StoreOptions.Limit(500)));

        cmd.Subcommands.Add(Query("stories", "Stories: articles about the same event", (q, pr, o) =>
            new[] { q.Stories(pr.GetValue((Option<int>)o[0])) }, StoreOptions.Limit()));

        cmd.Subcommands.Add(Query("stats", "Counts, sizes and pipeline versions of the store", (q, pr, o) => new[] { q.Stats() }));

        var rebuildDb = StoreOptions.Db();
        var rebuildNoEmbed = StoreOptions.NoEmbed();
        var rebuild = new Command("rebuild", "Recompute the cross-article tables (entities, stories, claim clusters, conflicts), embedding claims not yet embedded") { rebuildDb, rebuildNoEmbed };
        rebuild.SetAction((pr, ct) =>
        {
            using var store = StoreOptions.Open(pr.GetValue(rebuildDb));
            StoreOptions.Link(store, !pr.GetValue(rebuildNoEmbed), Console.Out);
            return Task.FromResult(ExitCodes.Ok);
        });
        cmd.Subcommands.Add(rebuild);

        var checkDb = StoreOptions.Db();
        var check = new Command("check", "Check the store's consistency (PRAGMA integrity_check on SQLite); exit 1 when it fails") { checkDb };
        check.SetAction((pr, ct) =>
        {
            using var store = StoreOptions.Open(pr.GetValue(checkDb));
            var result = store.IntegrityCheck();
            Console.WriteLine($"{store.Dialect.Describe()}: integrity {result}, {store.Count()} articles");
            return Task.FromResult(result == "ok" ? ExitCodes.Ok : ExitCodes.Partial);
        });
        cmd.Subcommands.Add(check);
        return cmd;
    }

    private static Command Query(string name, string description, Func<CorpusQueries, ParseResult, Option[], IReadOnlyList<ResultTable>> run, params Option[] options)
    {
        var db = StoreOptions.Db();
        var format = CommonOptions.Format("text", "text", "json", "csv");
        var cmd = new Command(name, description) { db, format };
        foreach (var o in options) cmd.Options.Add(o);
        cmd.SetAction((pr, ct) =>
        {
            using var store = StoreOptions.Open(pr.GetValue(db));
            var tables = run(new CorpusQueries(store), pr, options);
            if (tables.Count == 0)
            {
                Console.Error.WriteLine($"wirecheck: corpus {name}: nothing found");
                return Task.FromResult(ExitCodes.Partial);
            }
            TableReport.Write(Console.Out, tables, pr.GetValue(format)!);
            return Task.FromResult(ExitCodes.Ok);
        });
        return cmd;
    }
}
