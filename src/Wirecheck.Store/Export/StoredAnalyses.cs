namespace Wirecheck.Store.Export;

using Wirecheck.Store.Db;
using Wirecheck.Store.Ingest;

/// <summary>Streams every stored article's analysis JSON in id order, a page at a time.</summary>
public static class StoredAnalyses
{
    public sealed record Item(long Id, string? Url, string? Site, string? Published, string? Title, long? NearDuplicateOf, string PipelineVersion, string Json);

    public static IEnumerable<Item> All(ArticleStore store, int pageSize = 500)
    {
        long last = 0;
        while (true)
        {
            var page = new List<Item>(pageSize);
            using (var cmd = store.Connection.Command("""
                SELECT id, url, site, published, title, near_dup_of, pipeline_version, analysis FROM articles WHERE id > @last ORDER BY id LIMIT @n
                """, null, ("@last", last), ("@n", pageSize)))
            using (var r = cmd.ExecuteReader())
                while (r.Read())
                    page.Add(new Item(r.GetInt64(0), r.Str(1), r.Str(2), r.Str(3), r.Str(4), r.LongOrNull(5), r.GetString(6), Compression.UnpackString(r.Bytes(7))));
            foreach (var i in page) yield return i;
            if (page.Count < pageSize) yield break;
            last = page[^1].Id;
        }
    }
}
