namespace Wirecheck.Eval.Framework;

/// <summary>Finds a file of the repository (e.g. <c>eval/floors.json</c>) from the current directory or the program's folder upwards.</summary>
public static class RepositoryFiles
{
    public static string? Find(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var p = Path.Combine(dir.FullName, relative);
                if (File.Exists(p)) return p;
            }
        return null;
    }
}
