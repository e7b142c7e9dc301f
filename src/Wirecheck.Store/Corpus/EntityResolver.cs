namespace Wirecheck.Store.Corpus;

using Wirecheck.Store.Rows;

/// <summary>
/// Joins document entities into corpus entities. People: same folded family name and compatible given names
/// (equal, or one an initial of the other); a family name alone joins the only full name that has it.
/// Places: the same GeoNames id, or the same folded name (GPE and LOC together). Others: the same folded
/// name or alias, or an acronym that spells exactly one other name's initials.
/// </summary>
public static class EntityResolver
{
    private sealed record Occurrence(CorpusArticle Article, EntityRow Row, string TypeClass);

    public static IReadOnlyList<CorpusEntity> Resolve(IReadOnlyList<CorpusArticle> articles)
    {
        var occ = new List<Occurrence>();
        foreach (var a in articles)
            foreach (var e in a.Rows.Entities)
                occ.Add(new Occurrence(a, e, TypeClass(e.Type)));
        var uf = new UnionFind(occ.Count);
        ResolvePeople(occ, uf);
        ResolveOthers(occ, uf);

        var result = new List<CorpusEntity>();
        foreach (var group in uf.Groups().Select(g => g.Select(i => occ[i]).ToList())
                     .OrderByDescending(g => g.Count).ThenBy(g => g[0].Article.Id))
        {
            var spellings = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var o in group)
            {
                var names = new HashSet<string>(StringComparer.Ordinal) { o.Row.Name };
                foreach (var al in o.Row.Aliases) names.Add(al);
                foreach (var n in names) spellings[n] = spellings.GetValueOrDefault(n) + 1;
            }
            var type = group.GroupBy(o => o.Row.Type).OrderByDescending(g => g.Count()).First().Key;
            var name = group.GroupBy(o => o.Row.Name, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count() * (type == "PERSON" ? 1 + 0.6 * (NameKey.PersonWords(g.Key).Count - 1) : 1))
                .ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var aliases = spellings.Where(kv => kv.Key != name).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new AliasCount(kv.Key, kv.Value)).ToList();
            var members = group.Select(o => new EntityMember(o.Article.Id, o.Row.LocalId, o.Row.Id, o.Row.MentionCount)).ToList();
            result.Add(new CorpusEntity(result.Count + 1, type, name, aliases, members));
        }
        return result;
    }

    private static string TypeClass(string type) => type is "GPE" or "LOC" ? "PLACE" : type;

    private static void ResolvePeople(List<Occurrence> occ, UnionFind uf)
    {
        // family-name key -> given-name key -> occurrences
        var bySurname = new Dictionary<string, List<(int Index, string? Given)>>(StringComparer.Ordinal);
        for (int i = 0; i < occ.Count; i++)
        {
            if (occ[i].TypeClass != "PERSON") continue;
            var words = NameKey.PersonWords(occ[i].Row.Name);
            // a document entity named by its family name only may still carry the full name among its aliases
            if (words.Count < 2)
                foreach (var alias in occ[i].Row.Aliases)
                {
                    var aw = NameKey.PersonWords(alias);
                    if (aw.Count >= 2 && NameKey.FoldWord(aw[^1]) == (words.Count == 1 ? NameKey.FoldWord(words[0]) : "")) { words = aw; break; }
                }
            if (words.Count == 0) continue;
            var surname = NameKey.FoldWord(words[^1]);
            string? given = words.Count >= 2 ? NameKey.FoldWord(words[0]) : null;
            if (!bySurname.TryGetValue(surname, out var list)) bySurname[surname] = list = new();
            list.Add((i, given));
        }
        foreach (var (_, list) in bySurname)
        {
            var givens = list.Where(x => x.Given is not null).Select(x => x.Given!).Distinct().OrderByDescending(g => g.Length).ToList();
            // initials ("v") join the one full given name they start
            var canonicalGiven = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var g in givens)
            {
                if (g.Length == 1)
                {
                    var full = givens.Where(f => f.Length > 1 && f[0] == g[0]).ToList();
                    canonicalGiven[g] = full.Count == 1 ? full[0] : g;
                }
                else canonicalGiven[g] = g;
            }
            var groups = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (index, given) in list)
            {
                if (given is null) continue;
                var key = canonicalGiven[given];
                if (groups.TryGetValue(key, out var first)) uf.Union(first, index);
                else groups[key] = index;
            }
            var bare = list.Where(x => x.Given is null).Select(x => x.Index).ToList();
            if (groups.Count == 1) foreach (var b in bare) uf.Union(groups.Values.First(), b);
            else if (groups.Count == 0) for (int k = 1; k < bare.Count; k++) uf.Union(bare[0], bare[k]);
            // with two different people of the same family name, a bare family name stays on its own
            else for (int k = 1; k < bare.Count; k++) uf.Union(bare[0], bare[k]);
        }
    }

    private static void ResolveOthers(List<Occurrence> occ, UnionFind uf)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var acronymCandidates = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (int i = 0; i < occ.Count; i++)
        {
            var o = occ[i];
            if (o.TypeClass == "PERSON") continue;
            var keys = new List<string>();
            if (o.Row.GeonameId is { } gid) keys.Add($"{o.TypeClass}|geo:{gid}");
            foreach (var n in new[] { o.Row.Name }.Concat(o.Row.Aliases))
            {
                var k = NameKey.Phrase(n);
                if (k.Length >= 2) keys.Add($"{o.TypeClass}|{k}");
                if (!NameKey.IsAcronym(n) && NameKey.Acronym(n) is { Length: >= 2 } acr)
                {
                    var ak = $"{o.TypeClass}|{acr}";
                    if (!acronymCandidates.TryGetValue(ak, out var set)) acronymCandidates[ak] = set = new();
                    set.Add(i);
                }
            }
            foreach (var k in keys)
            {
                if (byKey.TryGetValue(k, out var first)) uf.Union(first, i);
                else byKey[k] = i;
            }
        }
        // "NATO" joins "North Atlantic Treaty Organization" when the initials point to one entity only
        for (int i = 0; i < occ.Count; i++)
        {
            var o = occ[i];
            if (o.TypeClass == "PERSON" || !NameKey.IsAcronym(o.Row.Name)) continue;
            var ak = $"{o.TypeClass}|{NameKey.Plain(o.Row.Name).Replace(" ", "")}";
            if (!acronymCandidates.TryGetValue(ak, out var set)) continue;
            var roots = set.Select(uf.Find).Distinct().ToList();
            if (roots.Count == 1) uf.Union(roots[0], i);
        }
    }
}
