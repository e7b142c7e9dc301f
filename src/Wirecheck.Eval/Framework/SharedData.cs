namespace Wirecheck.Eval.Framework;

/// <summary>Finds the shared folder (datasets, gold, seed): <c>WIRECHECK_SHARED</c>, or <c>../shared</c> from the repository.</summary>
public static class SharedData
{
    public static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("WIRECHECK_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return Path.GetFullPath(env);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var p = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(p, "datasets")) || Directory.Exists(Path.Combine(p, "gold"))) return p;
            }
        return null;
    }
}
