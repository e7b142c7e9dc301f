namespace Wirecheck.TestSupport;

using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

/// <summary>
/// Golden files: the expected JSON of a document's layers, with ranges and the text they cover, kept under
/// tests/…/golden/ for review. Set WIRECHECK_UPDATE_GOLDEN=1 to rewrite them from the current output, then
/// review the diff before committing.
/// </summary>
public static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("WIRECHECK_UPDATE_GOLDEN") == "1";

    /// <summary>Compares <paramref name="actualJson"/> with the golden file <paramref name="name"/> beside the calling test.</summary>
    public static void Match(string name, string actualJson, [CallerFilePath] string callerFile = "")
    {
        var dir = Path.Combine(Path.GetDirectoryName(callerFile)!, "golden");
        var path = Path.Combine(dir, name);
        var actual = Normalize(actualJson);
        if (Updating)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with WIRECHECK_UPDATE_GOLDEN=1 and review it");
        var expected = Normalize(File.ReadAllText(path));
        if (expected != actual)
        {
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            int i = 0;
            while (i < e.Length && i < a.Length && e[i] == a[i]) i++;
            Assert.Fail($"{name} differs from the golden file at line {i + 1}:\n expected: {(i < e.Length ? e[i] : "(end)")}\n   actual: {(i < a.Length ? a[i] : "(end)")}\n(WIRECHECK_UPDATE_GOLDEN=1 rewrites it; review the diff)");
        }
    }

    private static string Normalize(string json)
    {
        var node = JsonNode.Parse(json);
        return node!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n") + "\n";
    }
}
