namespace Wirecheck.Store.Export;

using System.Text.Encodings.Web;
using System.Text.Json;
using Wirecheck.Store.Db;

/// <summary>One wirecheck/1 contract object per line, with a leading <c>store</c> object (id, near-duplicate link, pipeline version).</summary>
public static class JsonlExporter
{
    public static int Write(ArticleStore store, TextWriter w)
    {
        int n = 0;
        foreach (var a in StoredAnalyses.All(store))
        {
            var json = a.Json.TrimStart();
            if (!json.StartsWith('{')) continue;
            var head = JsonSerializer.Serialize(new { id = a.Id, nearDuplicateOf = a.NearDuplicateOf, pipelineVersion = a.PipelineVersion },
                new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            w.Write("{\"store\":");
            w.Write(head);
            if (json.Length > 2) w.Write(',');
            w.WriteLine(json.AsSpan(1));
            n++;
        }
        return n;
    }
}
