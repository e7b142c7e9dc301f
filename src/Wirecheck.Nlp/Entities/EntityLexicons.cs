namespace Wirecheck.Nlp.Entities;

using Wirecheck.Core.Text;

/// <summary>A title or role from <c>data/entities/titles.tsv</c>; <see cref="Sector"/> is null for honorifics (Mr, Dr).</summary>
public sealed record TitleEntry(string Id, string Phrase, string? Sector);

/// <summary>An organisation head word from <c>data/entities/org-forms.tsv</c>.</summary>
public sealed record OrgFormEntry(string Id, string Head, string Sector);

/// <summary>A news agency from <c>data/entities/agencies.tsv</c>: first name is canonical.</summary>
public sealed record AgencyEntry(string Id, IReadOnlyList<string> Names, string Country);

/// <summary>A group noun from <c>data/entities/group-nouns.tsv</c>; <see cref="JoinsCountry"/> for "government", "side".</summary>
public sealed record GroupNounEntry(string Id, string Noun, string Sector, bool JoinsCountry);

/// <summary>The entity word lists under <c>data/entities/</c>, loaded once.</summary>
public sealed class EntityLexicons
{
    private static readonly Lazy<EntityLexicons> DefaultLazy = new(() => Load());

    public static EntityLexicons Default => DefaultLazy.Value;

    public required IReadOnlyList<TitleEntry> Titles { get; init; }
    public required IReadOnlyList<OrgFormEntry> OrgForms { get; init; }
    public required IReadOnlyList<AgencyEntry> Agencies { get; init; }
    public required IReadOnlyList<string> Pronouns { get; init; }
    public required IReadOnlyList<GroupNounEntry> GroupNouns { get; init; }
    public required IReadOnlySet<string> LocativeWords { get; init; }
    public required IReadOnlySet<string> RegionWords { get; init; }
    public required IReadOnlySet<string> CommonWords { get; init; }

    public static EntityLexicons Load()
    {
        var titles = new List<TitleEntry>();
        foreach (var line in DataFiles.ReadLines("entities/titles.tsv"))
        {
            var p = line.Split('\t');
            if (p.Length < 2) continue;
            titles.Add(new TitleEntry(p[0], p[1].Trim().ToLowerInvariant(), p.Length > 2 && p[2].Trim().Length > 0 ? p[2].Trim() : null));
        }
        var orgs = new List<OrgFormEntry>();
        foreach (var line in DataFiles.ReadLines("entities/org-forms.tsv"))
        {
            var p = line.Split('\t');
            if (p.Length < 3) continue;
            orgs.Add(new OrgFormEntry(p[0], p[1].Trim().ToLowerInvariant(), p[2].Trim()));
        }
        var agencies = new List<AgencyEntry>();
        foreach (var line in DataFiles.ReadLines("entities/agencies.tsv"))
        {
            var p = line.Split('\t');
            if (p.Length < 3) continue;
            var names = new List<string> { p[1].Trim() };
            for (int i = 3; i < p.Length; i++) if (p[i].Trim().Length > 0) names.Add(p[i].Trim());
            agencies.Add(new AgencyEntry(p[0], names, p[2].Trim()));
        }
        var groups = new List<GroupNounEntry>();
        foreach (var line in DataFiles.ReadLines("entities/group-nouns.tsv"))
        {
            var p = line.Split('\t');
            if (p.Length < 4) continue;
            groups.Add(new GroupNounEntry(p[0], p[1].Trim().ToLowerInvariant(), p[2].Trim(), p[3].Trim() == "country"));
        }
        return new EntityLexicons
        {
            Titles = titles, OrgForms = orgs, Agencies = agencies, GroupNouns = groups,
            Pronouns = ["he", "she", "him", "her", "his"],
            LocativeWords = WordSet("entities/locative-words.tsv"),
            RegionWords = WordSet("entities/region-words.tsv"),
            CommonWords = WordSet("entities/common-words.tsv"),
        };
    }

    private static HashSet<string> WordSet(string path)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(DataFiles.PathOf(path))) return set;
        foreach (var line in DataFiles.ReadLines(path))
        {
            var p = line.Split('\t');
            set.Add((p.Length > 1 ? p[1] : p[0]).Trim());
        }
        return set;
    }
}
