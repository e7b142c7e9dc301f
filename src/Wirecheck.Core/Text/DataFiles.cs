namespace Wirecheck.Core.Text;

/// <summary>
/// Finds files under <c>data/</c>: next to the program (copied at build), or in the repository
/// when run from a source tree. <c>WIRECHECK_DATA</c> overrides both.
/// </summary>
public static class DataFiles
{
    private static readonly Lazy<string> RootDir = new(FindRoot);

    public static string Root => RootDir.Value;

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>Lines of a data file without blank lines and <c>#</c> comments, trimmed.</summary>
    public static IEnumerable<string> ReadLines(string relative)
    {
        foreach (var raw in File.ReadLines(PathOf(relative)))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line;
        }
    }

    private static string FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("WIRECHECK_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        var local = System.IO.Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(local)) return local;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "data");
            if (Directory.Exists(candidate) && File.Exists(System.IO.Path.Combine(dir.FullName, "Wirecheck.sln"))) return candidate;
        }
        return local;
    }
}
