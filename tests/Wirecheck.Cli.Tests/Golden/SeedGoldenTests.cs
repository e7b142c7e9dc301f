namespace Wirecheck.Cli.Tests.Golden;

using System.Text.Json;
using Wirecheck.Core.Model;
using Wirecheck.Extraction;
using Wirecheck.Nlp;
using Wirecheck.TestSupport;

/// <summary>
/// The seed article's structure (title, blocks, repairs, removed lines, sentences) as a reviewable golden
/// file with covered text; WIRECHECK_UPDATE_GOLDEN=1 rewrites it. Invariants run over every layer.
/// </summary>
public class SeedGoldenTests
{
    private static Article Analyze()
    {
        var path = Path.Combine(CliProcess.RepoRoot, "samples", "seed-article.txt");
        var a = ArticleExtractor.ReadAsync(path, ExtractionOptions.Default).GetAwaiter().GetResult();
        StandardPipeline.Default.Run(a);
        return a;
    }

    [Fact]
    public void Seed_structure_matches_the_golden_file()
    {
        var a = Analyze();
        var doc = new
        {
            title = a.Meta.Title,
            blocks = a.Blocks.Select(b => new { b.Start, b.End, kind = Block.KindName(b.Kind), text = a.Covered(b.Start, b.End) }),
            repairs = a.Repairs.Select(r => new { r.Kind, r.Start, r.End, r.Before, r.After }),
            removed = a.Removed.Select(r => new { r.Kind, r.Text }),
            sentences = a.Sentences.Select(s => new { s.Start, s.End, text = a.Covered(s.Start, s.End) }),
        };
        Golden.Match("seed-structure.json", JsonSerializer.Serialize(doc));
    }

    [Fact]
    public void Seed_analysis_satisfies_every_invariant() => Invariants.Check(Analyze());
}
