namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Cli.Reports;
using Wirecheck.Store.Db;
using Wirecheck.Store.Search;

/// <summary><c>wirecheck search QUERY</c>: ranked full-text search of the stored articles, with snippets.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("query") { Description = "Words (all must match), \"a phrase\", word* (prefix), OR", Arity = ArgumentArity.OneOrMore };
        var db = StoreOptions.Db();
        var limit = StoreOptions.Limit(20);
        var format = CommonOptions.Format("text", "text", "json", "csv");
        var cmd = new Command("search", "Full-text search of the stored articles (SQLite FTS5 / PostgreSQL tsvector), best first, with snippets") { query, db, limit, format };
        cmd.SetAction((pr, ct) =>
        {
            using var store = StoreOptions.Open(pr.GetValue(db));
            var hits = SearchService.Search(store, string.Join(' ', pr.GetValue(query)!), pr.GetValue(limit));
            var table = new ResultTable("search", new[] { "id", "published", "site", "title", "snippet", "url" },
                hits.Select(h => new object?[] { h.Id, h.Published, h.Site, h.Title, h.Snippet, h.Url }).ToList());
            var fmt = pr.GetValue(format)!;
            if (fmt == "text")
            {
                if (hits.Count == 0) Console.WriteLine("(no match)");
                foreach (var h in hits)
                {
                    Console.WriteLine($"#{h.Id}  {h.Published?[..Math.Min(10, h.Published.Length)] ?? "????-??-??"}  {h.Site ?? "-"}  {h.Title ?? "(untitled)"}");
                    Console.WriteLine($"    {h.Snippet}");
                    if (h.Url is not null) Console.WriteLine($"    {h.Url}");
                }
            }
            else TableReport.Write(Console.Out, table, fmt);
            return Task.FromResult(ExitCodes.Ok);
        });
        return cmd;
    }
}
