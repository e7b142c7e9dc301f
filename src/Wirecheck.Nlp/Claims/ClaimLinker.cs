namespace Wirecheck.Nlp.Claims;

using Wirecheck.Core.Model;

/// <summary>
/// Links claims that restate one fact in the same article ("two Chinese nationals", "two of its citizens",
/// "the two Chinese prisoners"): same quantity, compatible counted objects, and either a definite
/// restatement ("the two …") or a shared predicate word. <see cref="Claim.SameAs"/> names the first claim.
/// </summary>
public static class ClaimLinker
{
    public static void Link(Article article, ClaimLexicon? lexicon = null)
    {
        var w = lexicon ?? ClaimLexicon.Default;
        var claims = article.Claims;
        for (int j = 1; j < claims.Count; j++)
        {
            var b = claims[j];
            if (b.Quantity.Vague) continue;
            bool definite = IsDefinite(article, b, w);
            for (int i = 0; i < j; i++)
            {
                var a = claims[i];
                if (!SameQuantity(a.Quantity, b.Quantity) || !CompatibleObjects(a.Object, b.Object, w)) continue;
                if (!definite && !SharePredicateWord(a.Predicate, b.Predicate, w)) continue;
                b.SameAs = a.SameAs ?? a.Id;
                break;
            }
        }
    }

    private static bool IsDefinite(Article article, Claim c, ClaimLexicon w)
    {
        if (c.QuantitySpan is not { } qs) return false;
        int e = qs.Start;
        while (e > 0 && char.IsWhiteSpace(article.Text[e - 1])) e--;
        int s = e;
        while (s > 0 && char.IsLetter(article.Text[s - 1])) s--;
        return s < e && w.Definite.Contains(article.Text[s..e]);
    }

    private static bool SameQuantity(Quantity a, Quantity b) =>
        a.Value == b.Value && a.Min == b.Min && a.Max == b.Max && a.MinInclusive == b.MinInclusive && a.MaxInclusive == b.MaxInclusive && a.Unit == b.Unit;

    private static bool CompatibleObjects(string? a, string? b, ClaimLexicon w)
    {
        if (a is null || b is null) return false;
        var ha = Head(a);
        var hb = Head(b);
        if (Stem(ha) == Stem(hb)) return true;
        if (w.PersonNouns.Contains(ha) && w.PersonNouns.Contains(hb))
        {
            // same kind of people, and no clash of nationality
            var da = a.Split(' ').FirstOrDefault(w.IsDemonym);
            var db = b.Split(' ').FirstOrDefault(w.IsDemonym);
            return da is null || db is null || da.Equals(db, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    private static bool SharePredicateWord(string? a, string? b, ClaimLexicon w)
    {
        if (a is null || b is null) return false;
        var sa = a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(x => x.Length > 3 && !w.NounPhraseStops.Contains(x)).Select(Stem).ToHashSet();
        return b.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(x => x.Length > 3 && !w.NounPhraseStops.Contains(x)).Any(x => sa.Contains(Stem(x)));
    }

    private static string Head(string phrase)
    {
        int i = phrase.LastIndexOf(' ');
        return i < 0 ? phrase : phrase[(i + 1)..];
    }

    private static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        return w.Length > 5 ? w[..5] : w.TrimEnd('s');
    }
}
