namespace Wirecheck.Nlp.Geo;

using Wirecheck.Core.Model;

/// <summary>
/// Resolves the place names of one article to gazetteer entries, using the article as context.
/// Score of a candidate = prior (log10 population; countries and continents above cities and divisions; capitals and
/// division seats above other towns) + hints from the words around the mention ("Donetsk <b>region</b>", "the
/// <b>city</b> of") + context: countries named or implied by demonyms elsewhere in the text, and, in a second pass,
/// the countries, first-order divisions and coordinates chosen for the article's other places.
/// Thread-safe (no mutable state); one instance can serve all articles.
/// </summary>
public sealed class Geocoder
{
    private const int MaxQueries = 2000;
    private const int MaxCandidates = 400;

    public Geocoder(Gazetteer gazetteer) => Gazetteer = gazetteer;

    public static Geocoder Default { get; } = new(Gazetteer.Default);

    public Gazetteer Gazetteer { get; }

    public IReadOnlyList<PlaceResolution> Resolve(string text, IReadOnlyList<PlaceQuery> queries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(queries);
        int n = Math.Min(queries.Count, MaxQueries);
        var candidates = new IReadOnlyList<PlaceCandidate>[n];
        var hints = new Hint[n];
        for (int i = 0; i < n; i++)
        {
            (candidates[i], hints[i]) = CandidatesOf(text, queries[i]);
        }

        // Countries named in the text (names and demonyms), with the spans that named them.
        var countryMentions = new List<CountryMention>();
        foreach (var m in Gazetteer.FindNames(text, 0, text.Length))
            if (m.Country is { } c && (m.Kind == GazetteerMatchKind.Demonym || IsCountryName(m)))
                countryMentions.Add(new CountryMention(m.Start, m.End, c.Iso2, m.Kind == GazetteerMatchKind.Place ? NameKey.Of(text.AsSpan(m.Start, m.End - m.Start)) : ""));

        var result = new PlaceResolution[n];
        for (int i = 0; i < n; i++)
            result[i] = Pick(candidates[i], hints[i], CountryContext(countryMentions, queries[i]), null, i);
        ct.ThrowIfCancellationRequested();

        // Second pass: the other places' first choices are context too, and so are the places written next to each one.
        var first = (PlaceResolution[])result.Clone();
        var neighbours = Neighbours(text, queries, n);
        for (int i = 0; i < n; i++)
        {
            var picks = new PlaceContext(first, candidates, neighbours[i]);
            result[i] = Pick(candidates[i], hints[i], CountryContext(countryMentions, queries[i]), picks, i);
        }

        if (queries.Count > n)
        {
            var all = new PlaceResolution[queries.Count];
            Array.Copy(result, all, n);
            for (int i = n; i < all.Length; i++) all[i] = new PlaceResolution(null, 0, 0, 0);
            return all;
        }
        return result;
    }

    private bool IsCountryName(GazetteerMatch m)
    {
        foreach (var p in m.Places) if (p.IsCountry) return true;
        return false;
    }

    [Flags]
    private enum Hint { None = 0, Admin = 1, City = 2, County = 4 }

    /// <summary>Admin words that name a second-order division ("Dallas County", "Suba District").</summary>
    private static bool IsCountyWord(ReadOnlySpan<char> w) =>
        w.Equals("county", StringComparison.OrdinalIgnoreCase) || w.Equals("district", StringComparison.OrdinalIgnoreCase)
        || w.Equals("parish", StringComparison.OrdinalIgnoreCase) || w.Equals("borough", StringComparison.OrdinalIgnoreCase)
        || w.Equals("municipality", StringComparison.OrdinalIgnoreCase);

    private static Hint AdminHint(ReadOnlySpan<char> word) =>
        !Gazetteer.IsAdminWord(word) ? Hint.None : IsCountyWord(word) ? Hint.County : Hint.Admin;

    /// <summary>A country named in the text; <see cref="Key"/> is the name's key (empty for a demonym).</summary>
    private sealed record CountryMention(int Start, int End, string Iso2, string Key);

    private (IReadOnlyList<PlaceCandidate>, Hint) CandidatesOf(string text, PlaceQuery q)
    {
        var hint = Hint.None;
        foreach (var span in q.Mentions)
        {
            if (span.Start < 0 || span.End > text.Length || span.Start >= span.End) continue;
            var after = NextWord(text, span.End);
            hint |= AdminHint(after);
            if (after.Equals("city", StringComparison.OrdinalIgnoreCase)) hint |= Hint.City;
            var before = PreviousWords(text, span.Start);
            if (before.EndsWith("city of", StringComparison.OrdinalIgnoreCase) || before.EndsWith("town of", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("village of", StringComparison.OrdinalIgnoreCase)) hint |= Hint.City;
            else if (before.EndsWith("region of", StringComparison.OrdinalIgnoreCase) || before.EndsWith("province of", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("state of", StringComparison.OrdinalIgnoreCase)) hint |= Hint.Admin;
        }
        var name = q.Name;
        var lastWord = LastWord(name);
        hint |= AdminHint(lastWord);
        if (lastWord.Equals("city", StringComparison.OrdinalIgnoreCase)) hint |= Hint.City;

        var found = Gazetteer.Lookup(name);
        if (found.Count == 0)
            foreach (var a in q.Aliases)
                if ((found = Gazetteer.Lookup(a)).Count > 0) break;
        if (found.Count == 0)
            foreach (var span in q.Mentions)
                if (span.Start >= 0 && span.End <= text.Length && span.Start < span.End
                    && (found = Gazetteer.Lookup(text.AsSpan(span.Start, span.End - span.Start))).Count > 0) break;
        if (found.Count == 0 && lastWord.Length > 0 && lastWord.Length < name.Length && (Gazetteer.IsAdminWord(lastWord) || lastWord.Equals("city", StringComparison.OrdinalIgnoreCase)))
            found = Gazetteer.Lookup(name.AsSpan(0, name.Length - lastWord.Length).TrimEnd());
        if (found.Count == 0) found = Gazetteer.LookupFallback(name);
        if (found.Count == 0 && Rewrite(name) is { } rewritten)
        {
            found = Gazetteer.Lookup(rewritten);
            if (found.Count == 0) found = Gazetteer.LookupFallback(rewritten);
            // A valley is named after its town, not after a division of that name elsewhere.
            if (name.TrimEnd().EndsWith(" Valley", StringComparison.Ordinal)) found = found.Where(p => p.IsPopulatedPlace).ToList();
        }
        if (found.Count > MaxCandidates) found = found.OrderByDescending(p => p.Population).Take(MaxCandidates).ToList();
        return (found, hint);
    }

    /// <summary>
    /// A last-resort spelling of a name the gazetteer does not know: "St. Marc" → "Saint Marc", "Greater Mumbai" →
    /// "Mumbai", "Salinas Valley" → "Salinas" (a valley named after its town). Null when no rule applies.
    /// </summary>
    private static string? Rewrite(string name)
    {
        var t = name.Trim();
        if (t.StartsWith("St. ", StringComparison.Ordinal) || t.StartsWith("St ", StringComparison.Ordinal))
            return "Saint " + t[(t.IndexOf(' ') + 1)..];
        if (t.StartsWith("Ste. ", StringComparison.Ordinal)) return "Sainte " + t[5..];
        if (t.StartsWith("Greater ", StringComparison.Ordinal) && t.Length > 10) return t[8..];
        if (t.EndsWith(" Valley", StringComparison.Ordinal) && t.Length > 9) return t[..^7];
        return null;
    }

    private static Dictionary<string, int> CountryContext(List<CountryMention> mentions, PlaceQuery q)
    {
        var ctx = new Dictionary<string, int>(StringComparer.Ordinal);
        var ownKey = NameKey.Of(q.Name);
        foreach (var m in mentions)
        {
            // The query's own name elsewhere in the text ("Georgia" again) is the same ambiguity, not evidence for the country.
            if (m.Key.Length > 0 && m.Key == ownKey) continue;
            bool own = false;
            foreach (var s in q.Mentions) if (m.Start < s.End && s.Start < m.End) { own = true; break; }
            if (own) continue;
            ctx[m.Iso2] = ctx.GetValueOrDefault(m.Iso2) + 1;
        }
        return ctx;
    }

    /// <summary>The first-pass choices and candidates of all queries, and the places written next to this one, for the second pass.</summary>
    private sealed class PlaceContext(PlaceResolution[] picks, IReadOnlyList<PlaceCandidate>[] candidates, Adjacent adjacent)
    {
        public PlaceResolution[] Picks { get; } = picks;
        public IReadOnlyList<PlaceCandidate>[] Candidates { get; } = candidates;
        public Adjacent Adjacent { get; } = adjacent;
    }

    /// <summary>
    /// Places written next to a query's mentions: <see cref="Contained"/> — the place just before ", X" ("Atlanta, Georgia":
    /// Georgia may contain Atlanta); <see cref="Siblings"/> — places in the same list ("Arizona, Georgia and Illinois").
    /// </summary>
    private sealed class Adjacent
    {
        public static readonly Adjacent None = new();
        public List<int> Contained { get; } = new();
        public List<int> Siblings { get; } = new();
    }

    private const int MaxMentionsForNeighbours = 20_000;

    /// <summary>For every query, the queries whose mentions directly precede or follow one of its mentions, joined by a list separator.</summary>
    private static Adjacent[] Neighbours(string text, IReadOnlyList<PlaceQuery> queries, int n)
    {
        var result = new Adjacent[n];
        Array.Fill(result, Adjacent.None);
        var spans = new List<(int Start, int End, int Query)>();
        for (int i = 0; i < n && spans.Count < MaxMentionsForNeighbours; i++)
            foreach (var m in queries[i].Mentions)
                if (m.Start >= 0 && m.End <= text.Length && m.Start < m.End) spans.Add((m.Start, m.End, i));
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (int k = 1; k < spans.Count; k++)
        {
            var (ps, pe, pq) = spans[k - 1];
            var (cs, _, cq) = spans[k];
            if (pq == cq || pe > cs || cs - pe > 6) continue;
            var gap = text.AsSpan(pe, cs - pe);
            bool comma = gap.SequenceEqual(", ");
            bool list = comma || gap.SequenceEqual(" and ") || gap.SequenceEqual(", and ") || gap.SequenceEqual(" or ") || gap.SequenceEqual(", or ");
            if (!list) continue;
            if (result[cq] == Adjacent.None) result[cq] = new Adjacent();
            if (result[pq] == Adjacent.None) result[pq] = new Adjacent();
            if (comma) result[cq].Contained.Add(pq);
            result[cq].Siblings.Add(pq);
            result[pq].Siblings.Add(cq);
        }
        return result;
    }

    private static PlaceResolution Pick(IReadOnlyList<PlaceCandidate> cands, Hint hint, Dictionary<string, int> countries, PlaceContext? places, int self)
    {
        if (cands.Count == 0) return new PlaceResolution(null, 0, 0, 0);
        PlaceCandidate? best = null;
        double bestScore = double.NegativeInfinity, second = double.NegativeInfinity;
        foreach (var c in cands)
        {
            double s = Score(c, hint, countries, places, self);
            if (s > bestScore) { second = bestScore; bestScore = s; best = c; }
            else if (s > second) second = s;
        }
        double margin = double.IsNegativeInfinity(second) ? 10 : bestScore - second;
        return new PlaceResolution(best, bestScore, margin, cands.Count) { Candidates = cands };
    }

    private static double Score(PlaceCandidate c, Hint hint, Dictionary<string, int> countries, PlaceContext? places, int self)
    {
        double s = Prior(c);
        if ((hint & Hint.Admin) != 0 && c.IsAdmin1) s += 6;
        if ((hint & Hint.County) != 0 && c.IsAdmin2) s += 6;
        if ((hint & Hint.City) != 0 && c.IsPopulatedPlace) s += 3;
        if (c.CountryIso2.Length > 0 && countries.TryGetValue(c.CountryIso2, out int k))
            s += 1.5 + 0.3 * Math.Min(k - 1, 3);
        if (places is null) return s;
        var picks = places.Picks;
        if (c.IsRegion)
        {
            // An island, sea or region with the article's other places on or near it ("Luzon" among Pangasinan and Manila).
            for (int j = 0; j < picks.Length; j++)
                if (j != self && picks[j].Place is { } q && !q.IsCountry && !q.IsRegion && DistanceKm(c.Lat, c.Lon, q.Lat, q.Lon) < 500)
                { s += 1.0; break; }
            return s;
        }

        bool sameCountry = false, sameAdmin1 = false, near = false;
        for (int j = 0; j < picks.Length; j++)
        {
            if (j == self || picks[j].Place is not { } p || p.IsRegion) continue;
            if (p.CountryIso2 == c.CountryIso2) sameCountry = true;
            if (p.Admin1 is not null && p.Admin1 == c.Admin1 && p.CountryIso2 == c.CountryIso2 && !p.IsCountry) sameAdmin1 = true;
            if (c.IsPopulatedPlace && !p.IsCountry && !p.IsAdmin1 && DistanceKm(c.Lat, c.Lon, p.Lat, p.Lon) < 200) near = true;
        }
        if (sameCountry) s += 1.0;
        if (sameAdmin1) s += 1.5;
        if (near) s += 1.0;

        // "Atlanta, Georgia", "Mississauga, Ontario": a division or country after "town, " that holds a place of that name.
        if (c.IsAdmin1 || c.IsCountry)
            foreach (int j in places.Adjacent.Contained)
                if (Holds(c, places.Candidates[j])) { s += 3.0; break; }
        // Lists are of one kind: "Arizona, California, Georgia and Illinois" are states of one country.
        foreach (int j in places.Adjacent.Siblings)
            if (picks[j].Place is { } q && q.CountryIso2 == c.CountryIso2 && ((q.IsAdmin1 && c.IsAdmin1) || (q.IsCountry && c.IsCountry)))
            { s += 2.0; break; }
        return s;
    }

    /// <summary>Whether the area <paramref name="area"/> (a country or first-order division) holds one of <paramref name="places"/> (other than itself).</summary>
    private static bool Holds(PlaceCandidate area, IReadOnlyList<PlaceCandidate> places)
    {
        foreach (var p in places)
        {
            if (p.IsCountry || p.IsRegion || p.CountryIso2 != area.CountryIso2) continue;
            if (area.IsCountry || (p.Admin1 == area.Admin1 && !p.IsAdmin1)) return true;
        }
        return false;
    }

    /// <summary>How likely an entry is before context: population in log10 units, adjusted by kind.</summary>
    public static double Prior(PlaceCandidate c)
    {
        if (c.IsRegion) return c.FeatureCode is "CONT" or "OCN" ? 9.5 : 8.0;
        double pop = Math.Log10(Math.Max(c.Population, 1000));
        if (c.IsCountry) return Math.Max(pop, 5) + 1.5;
        if (c.IsAdmin1) return Math.Max(pop - 0.5, 5.3);
        if (c.IsAdmin2) return 3.8;
        return pop + c.FeatureCode switch
        {
            "PPLC" => 1.0,
            "PPLA" => 0.4,
            "PPLA2" => 0.15,
            "PPLX" => -1.0,
            "PPLH" or "PPLQ" or "PPLW" => -2.0,
            _ => 0.0,
        };
    }

    /// <summary>Great-circle distance in kilometres (haversine, mean Earth radius 6371 km).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0088, Rad = Math.PI / 180;
        double dLat = (lat2 - lat1) * Rad, dLon = (lon2 - lon1) * Rad;
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1 * Rad) * Math.Cos(lat2 * Rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static ReadOnlySpan<char> NextWord(string text, int from)
    {
        int i = from;
        while (i < text.Length && i - from < 3 && text[i] == ' ') i++;
        int s = i;
        while (i < text.Length && i - s < 20 && char.IsLetter(text[i])) i++;
        return text.AsSpan(s, i - s);
    }

    private static ReadOnlySpan<char> PreviousWords(string text, int before)
    {
        int s = Math.Max(0, before - 20);
        return text.AsSpan(s, before - s).TrimEnd();
    }

    private static ReadOnlySpan<char> LastWord(string name)
    {
        var t = name.AsSpan().TrimEnd();
        int i = t.Length;
        while (i > 0 && char.IsLetter(t[i - 1])) i--;
        return t[i..];
    }
}
