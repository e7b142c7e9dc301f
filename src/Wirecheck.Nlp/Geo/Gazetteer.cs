namespace Wirecheck.Nlp.Geo;

using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Wirecheck.Core.Text;

/// <summary>
/// Countries (names, codes, demonyms), first- and second-order divisions, populated places (GeoNames cities1000), continents and regions,
/// loaded once from <c>data/gazetteers/</c> into immutable indexes keyed by <see cref="NameKey"/>.
/// <see cref="Default"/> loads lazily and is safe to share between threads; every lookup is read-only.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Longest name, in words, that <see cref="FindNames"/> tries.</summary>
    public const int MaxWords = 6;

    private static readonly Lazy<Gazetteer> DefaultInstance = new(() => Load(DataFiles.PathOf("gazetteers")), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Words that, after a division's name, say the division is meant ("Donetsk region", "Kherson Oblast").</summary>
    private static readonly string[] AdminWords =
    {
        "oblast", "region", "province", "state", "governorate", "prefecture", "voivodeship", "krai", "kray", "department", "county", "district", "territory", "parish", "borough", "municipality",
    };

    // Two indexes: names as written in mixed case, and those plus acronyms ("US", "UAE"), used only for all-capital surfaces.
    private readonly Dictionary<string, PlaceCandidate[]> _places;
    private readonly Dictionary<string, PlaceCandidate[]>.AlternateLookup<ReadOnlySpan<char>> _placesBySpan;
    private readonly Dictionary<string, PlaceCandidate[]> _acronyms;
    private readonly Dictionary<string, PlaceCandidate[]>.AlternateLookup<ReadOnlySpan<char>> _acronymsBySpan;
    private readonly Dictionary<string, CountryInfo> _countryNames;
    private readonly Dictionary<string, CountryInfo> _countryAcronyms;
    private readonly Dictionary<string, CountryInfo> _demonyms;
    private readonly Dictionary<string, CountryInfo>.AlternateLookup<ReadOnlySpan<char>> _demonymsBySpan;
    private readonly Dictionary<string, CountryInfo> _byIso2;
    private readonly Dictionary<string, CountryInfo> _byIso3;
    private readonly Dictionary<string, PlaceCandidate> _admin1;
    private readonly Dictionary<long, PlaceCandidate> _byId;
    private readonly Dictionary<string, PlaceCandidate> _countryPlaces;
    private readonly Dictionary<string, PlaceCandidate[]> _fallbackPlaces;
    private readonly Dictionary<string, PlaceCandidate[]>.AlternateLookup<ReadOnlySpan<char>> _fallbackBySpan;

    /// <summary>Generic heads of second-order division names ("Province of Pangasinan", "Departamento de Lima") that news drops.</summary>
    private static readonly string[] DivisionPrefixes =
    {
        "Province of ", "Provincia de ", "Provincia di ", "Departamento de ", "Distrito de ", "Municipio de ", "Partido de ", "City of ", "Commune of ",
    };

    private Gazetteer(Builder b, TimeSpan loadTime)
    {
        _places = b.Places;
        _placesBySpan = _places.GetAlternateLookup<ReadOnlySpan<char>>();
        // Acronym keys that are also plain names ("US"/"Us") get the union, so all-capital lookups need one probe.
        _acronyms = b.Acronyms.ToDictionary(kv => kv.Key,
            kv => _places.TryGetValue(kv.Key, out var plain) ? plain.Concat(kv.Value.Where(p => !plain.Contains(p))).ToArray() : kv.Value,
            StringComparer.Ordinal);
        _acronymsBySpan = _acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _countryNames = b.CountryNames;
        _countryAcronyms = b.CountryAcronyms;
        _demonyms = b.Demonyms;
        _demonymsBySpan = _demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _byIso2 = b.ByIso2;
        _byIso3 = b.ByIso3;
        _admin1 = b.Admin1;
        _byId = b.ById;
        _countryPlaces = b.CountryPlaces;
        _fallbackPlaces = b.FallbackPlaces.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _fallbackBySpan = _fallbackPlaces.GetAlternateLookup<ReadOnlySpan<char>>();
        Countries = b.CountryList;
        LoadTime = loadTime;
        EntryCount = b.ById.Count;
        NameCount = _places.Count;
    }

    /// <summary>The gazetteer of <c>data/gazetteers/</c>, loaded on first use.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    public IReadOnlyList<CountryInfo> Countries { get; }
    /// <summary>Wall time the load took.</summary>
    public TimeSpan LoadTime { get; }
    /// <summary>Distinct entries (countries, divisions, places, continents).</summary>
    public int EntryCount { get; }
    /// <summary>Distinct lookup keys.</summary>
    public int NameCount { get; }

    /// <summary>A country by ISO alpha-2 or alpha-3 code, English or native name, alternate spelling or demonym ("Chinese" → China).</summary>
    public bool TryCountry(string? nameOrDemonymOrCode, out CountryInfo info)
    {
        info = null!;
        if (string.IsNullOrWhiteSpace(nameOrDemonymOrCode) || nameOrDemonymOrCode.Length > NameKey.MaxLength) return false;
        var s = nameOrDemonymOrCode.Trim();
        if (s.Length == 2 && IsUpperAscii(s) && _byIso2.TryGetValue(s, out var c2)) { info = c2; return true; }
        if (s.Length == 3 && IsUpperAscii(s) && _byIso3.TryGetValue(s, out var c3)) { info = c3; return true; }
        var key = NameKey.Of(s);
        if (key.Length == 0) return false;
        if (_countryNames.TryGetValue(key, out var byName)) { info = byName; return true; }
        if (!HasLower(s) && _countryAcronyms.TryGetValue(key, out var byAcronym)) { info = byAcronym; return true; }
        if (_demonyms.TryGetValue(key, out var byDemonym)) { info = byDemonym; return true; }
        return false;
    }

    /// <summary>Whether <paramref name="word"/> is a nationality word ("Ukrainian", "Ukrainians", "Chinese") and of which country.</summary>
    public bool IsDemonym(string? word, out CountryInfo info) => IsDemonym(word.AsSpan(), out info);

    public bool IsDemonym(ReadOnlySpan<char> word, out CountryInfo info)
    {
        info = null!;
        if (word.IsEmpty || word.Length > NameKey.MaxLength) return false;
        Span<char> buf = stackalloc char[NameKey.MaxLength];
        int n = NameKey.Write(word, buf);
        if (n <= 0) return false;
        return _demonymsBySpan.TryGetValue(buf[..n], out info!);
    }

    /// <summary>Every entry a name can refer to (countries, divisions, places, continents), unranked. Empty for unknown or bad input.</summary>
    public IReadOnlyList<PlaceCandidate> Lookup(string? name) => Lookup(name.AsSpan());

    public IReadOnlyList<PlaceCandidate> Lookup(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > NameKey.MaxLength * 2) return Array.Empty<PlaceCandidate>();
        Span<char> buf = stackalloc char[NameKey.MaxLength];
        int n = NameKey.Write(name, buf);
        if (n <= 0) return Array.Empty<PlaceCandidate>();
        if (TryPlaces(buf[..n], HasLower(name), out var found)) return found;
        // "Donetsk region", "Scott County": the division named by the words before the admin word.
        int sp = buf[..n].LastIndexOf(' ');
        if (sp > 0 && IsAdminWord(buf[(sp + 1)..n]) && _placesBySpan.TryGetValue(buf[..sp], out var baseFound))
            return Divisions(baseFound);
        return Array.Empty<PlaceCandidate>();
    }

    /// <summary>
    /// Entries known by a shortened form of their name only ("Pangasinan" for "Province of Pangasinan"): a last resort
    /// for the geocoder when <see cref="Lookup(ReadOnlySpan{char})"/> finds nothing. Not used by <see cref="FindNames"/>
    /// or <see cref="Lookup(ReadOnlySpan{char})"/>, so recognition and the tagger's gazetteer features do not see them.
    /// </summary>
    public IReadOnlyList<PlaceCandidate> LookupFallback(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > NameKey.MaxLength * 2) return Array.Empty<PlaceCandidate>();
        Span<char> buf = stackalloc char[NameKey.MaxLength];
        int n = NameKey.Write(name, buf);
        if (n <= 0) return Array.Empty<PlaceCandidate>();
        return _fallbackBySpan.TryGetValue(buf[..n], out var found) ? found : Array.Empty<PlaceCandidate>();
    }

    /// <summary>The first-order divisions among <paramref name="places"/>, else the second-order ones, else none.</summary>
    private static PlaceCandidate[] Divisions(PlaceCandidate[] places)
    {
        var adm1 = Array.FindAll(places, p => p.IsAdmin1);
        return adm1.Length > 0 ? adm1 : Array.FindAll(places, p => p.IsAdmin2);
    }

    /// <summary>
    /// Mixed-case surfaces match names; all-capital ones match names and acronyms, except short ones (up to 4 letters,
    /// "UN", "WHO") which match acronyms only, so "UN" is not the town of Un.
    /// </summary>
    private bool TryPlaces(ReadOnlySpan<char> key, bool surfaceHasLower, out PlaceCandidate[] found)
    {
        if (surfaceHasLower) return _placesBySpan.TryGetValue(key, out found!);
        if (_acronymsBySpan.TryGetValue(key, out found!)) return true;
        if (key.Length <= 4 && key.IndexOf(' ') < 0) { found = null!; return false; }
        return _placesBySpan.TryGetValue(key, out found!);
    }


    public CountryInfo? CountryByIso2(string? iso2) => iso2 is not null && _byIso2.TryGetValue(iso2, out var c) ? c : null;
    public CountryInfo? CountryByIso3(string? iso3) => iso3 is not null && _byIso3.TryGetValue(iso3, out var c) ? c : null;

    /// <summary>The country itself as a place (feature PCLI).</summary>
    public PlaceCandidate? CountryPlace(string? iso2) => iso2 is not null && _countryPlaces.TryGetValue(iso2, out var p) ? p : null;

    /// <summary>A first-order division by country and GeoNames admin1 code ("UA", "05" → Donetsk Oblast).</summary>
    public PlaceCandidate? Admin1(string? countryIso2, string? admin1Code) =>
        countryIso2 is null || admin1Code is null ? null : _admin1.GetValueOrDefault(countryIso2 + "." + admin1Code);

    public PlaceCandidate? ById(long geonameId) => _byId.GetValueOrDefault(geonameId);

    /// <summary>Whether a word names an administrative level ("region", "Oblast", "province", "state").</summary>
    public static bool IsAdminWord(ReadOnlySpan<char> word)
    {
        foreach (var w in AdminWords)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Longest, non-overlapping gazetteer names in <c>text[start, end)</c>, left to right: place names and demonyms.
    /// A match starts with a capitalised word and spans at most <see cref="MaxWords"/> words separated by single spaces
    /// or hyphens; acronyms ("US") only match in capitals. No filtering of common words: that is the caller's policy.
    /// </summary>
    public IReadOnlyList<GazetteerMatch> FindNames(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var words = new List<(int S, int E)>();
        int i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int s = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]))))
                i++;
            // "U.S." and "St." keep their dot; "UK." at a sentence end does not (a two-letter capital acronym has no dot of its own).
            if (i < end && text[i] == '.' && (text.AsSpan(s, i - s).Contains('.') || (i - s <= 2 && !IsUpperAscii(text.AsSpan(s, i - s))))) i++;
            words.Add((s, i));
        }
        var result = new List<GazetteerMatch>();
        var prefixes = NamePrefixes;
        Span<char> buf = stackalloc char[NameKey.MaxLength];
        for (int w = 0; w < words.Count;)
        {
            var (ws, we) = words[w];
            if (!char.IsUpper(text[ws]) || we - ws > NameKey.MaxLength) { w++; continue; }
            int last = w;
            while (last + 1 < words.Count && last - w + 1 < MaxWords && IsNameGap(text, words[last].E, words[last + 1].S)) last++;
            // Only windows whose key begins some known name can match (a longer window's key extends a shorter one's
            // at a space): stop at the first that does not, instead of probing every window up to MaxWords.
            int viable = w - 1;
            for (int l = w; l <= last; l++)
            {
                int n = NameKey.Write(text.AsSpan(ws, words[l].E - ws), buf);
                if (n < 0 || n > 0 && !prefixes.Contains(PrefixHash(buf[..n]))) break;
                viable = l;
            }
            GazetteerMatch? best = null;
            int bestLast = w;
            for (int l = viable; l >= w && best is null; l--)
            {
                var surface = text.AsSpan(ws, words[l].E - ws);
                int n = NameKey.Write(surface, buf);
                if (n <= 0) continue;
                var key = buf[..n];
                if (TryPlaces(key, HasLower(surface), out var places))
                {
                    CountryInfo? country = null;
                    foreach (var p in places)
                        if (p.IsCountry) { country = _byIso2.GetValueOrDefault(p.CountryIso2); break; }
                    best = new GazetteerMatch(ws, words[l].E, GazetteerMatchKind.Place, places, country);
                    bestLast = l;
                }
                else if (_demonymsBySpan.TryGetValue(key, out var dem))
                {
                    best = new GazetteerMatch(ws, words[l].E, GazetteerMatchKind.Demonym, Array.Empty<PlaceCandidate>(), dem);
                    bestLast = l;
                }
            }
            if (best is null) { w++; continue; }
            // A division name followed by an admin word ("Donetsk region", "Kherson Oblast", "Scott County"): the division.
            if (best.Kind == GazetteerMatchKind.Place && bestLast + 1 < words.Count && IsNameGap(text, words[bestLast].E, words[bestLast + 1].S)
                && IsAdminWord(text.AsSpan(words[bestLast + 1].S, words[bestLast + 1].E - words[bestLast + 1].S))
                && !text.AsSpan(words[bestLast + 1].S, words[bestLast + 1].E - words[bestLast + 1].S).Equals("Department", StringComparison.Ordinal))
            {
                var divisions = Divisions(best.Places as PlaceCandidate[] ?? best.Places.ToArray());
                if (divisions.Length > 0)
                {
                    bestLast++;
                    best = new GazetteerMatch(best.Start, words[bestLast].E, GazetteerMatchKind.Place, divisions, null);
                }
            }
            // Trim a trailing abbreviation dot that is really the sentence end ("... in the U.S." keeps it; "Paris." does not reach here).
            result.Add(best);
            w = bestLast + 1;
        }
        return result;
    }

    private HashSet<ulong>? _namePrefixes;

    /// <summary>
    /// The 64-bit hashes (<see cref="PrefixHash"/>) of every key of the names <see cref="FindNames"/> looks up (places,
    /// acronyms, demonyms) and of each of its beginnings that ends before a space ("united", "united states" for
    /// "united states of america"); built on first use without a string per prefix. A hash shared by chance with some
    /// other text only means a window is probed as before, so matches do not depend on it.
    /// </summary>
    private HashSet<ulong> NamePrefixes => LazyInitializer.EnsureInitialized(ref _namePrefixes, () =>
    {
        var p = new HashSet<ulong>(_places.Count * 2);
        AddPrefixes(_places.Keys, p);
        AddPrefixes(_acronyms.Keys, p);
        AddPrefixes(_demonyms.Keys, p);
        return p;
    });

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void AddPrefixes(IEnumerable<string> keys, HashSet<ulong> prefixes)
    {
        foreach (var key in keys)
        {
            ulong h = PrefixSeed;
            foreach (char c in key)
            {
                if (c == ' ') prefixes.Add(h);
                h = (h ^ c) * PrefixPrime;
            }
            prefixes.Add(h);
        }
    }

    private const ulong PrefixSeed = 14695981039346656037UL, PrefixPrime = 1099511628211UL;

    /// <summary>FNV-1a over the characters of a key (the hash <see cref="NamePrefixes"/> holds).</summary>
    private static ulong PrefixHash(ReadOnlySpan<char> key)
    {
        ulong h = PrefixSeed;
        foreach (char c in key) h = (h ^ c) * PrefixPrime;
        return h;
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019' or '.';

    private static bool IsNameGap(string text, int from, int to)
    {
        if (to - from != 1) return false;
        char c = text[from];
        return c == ' ' || c == '-';
    }

    private static bool IsUpperAscii(string s) => IsUpperAscii(s.AsSpan());

    private static bool IsUpperAscii(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (c is < 'A' or > 'Z') return false;
        return true;
    }

    private static bool HasLower(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsLower(c)) return true;
        return false;
    }

    /// <summary>Loads the gazetteer files of a folder (countries.tsv, admin1.tsv, cities.tsv.gz; optional admin2.tsv.gz, regions.tsv, aliases.tsv).</summary>
    public static Gazetteer Load(string dir)
    {
        var sw = Stopwatch.StartNew();
        // Nearly every object allocated here lives as long as the process: each gen0 collection during the load would
        // copy the whole growing index again (GC was half the load time). One region without collections instead.
        bool noGc = false;
        try { noGc = GC.TryStartNoGCRegion(NoGcBudget); }
        catch (ArgumentOutOfRangeException) { }
        catch (InvalidOperationException) { }
        try { return LoadCore(dir, sw); }
        finally
        {
            if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                try { GC.EndNoGCRegion(); }
                catch (InvalidOperationException) { } // another thread's allocations ended the region early: nothing to undo
            }
        }
    }

    /// <summary>Bytes the load may allocate without a collection (it allocates about 112 MB).</summary>
    private const long NoGcBudget = 240L << 20;

    private static Gazetteer LoadCore(string dir, Stopwatch sw)
    {
        var b = new Builder();
        b.LoadCountries(Path.Combine(dir, "countries.tsv"));
        b.LoadAdmin1(Path.Combine(dir, "admin1.tsv"));
        var t1 = sw.Elapsed;
        b.LoadCities(Path.Combine(dir, "cities.tsv.gz"));
        var t2 = sw.Elapsed;
        var admin2 = Path.Combine(dir, "admin2.tsv.gz");
        if (File.Exists(admin2)) b.LoadAdmin2(admin2);
        var t3 = sw.Elapsed;
        if (Environment.GetEnvironmentVariable("WIRECHECK_GEO_DEBUG") == "1") Console.Error.WriteLine($"gazetteer: countries+admin1 {t1.TotalMilliseconds:0} ms, cities {(t2 - t1).TotalMilliseconds:0} ms, admin2 {(t3 - t2).TotalMilliseconds:0} ms");
        var regions = Path.Combine(dir, "regions.tsv");
        if (File.Exists(regions)) b.LoadRegions(regions);
        var aliases = Path.Combine(dir, "aliases.tsv");
        if (File.Exists(aliases)) b.LoadAliases(aliases);
        var t4 = sw.Elapsed;
        var g = new Gazetteer(b, sw.Elapsed);
        if (Environment.GetEnvironmentVariable("WIRECHECK_GEO_DEBUG") == "1") Console.Error.WriteLine($"gazetteer: regions+aliases {(t4 - t3).TotalMilliseconds:0} ms, index {(sw.Elapsed - t4).TotalMilliseconds:0} ms");
        return g;
    }

    private sealed class Builder
    {
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
        // Values are arrays grown by one on the rare shared name: no list per key, and no copy into the final index.
        public readonly Dictionary<string, PlaceCandidate[]> Places = new(160_000, StringComparer.Ordinal);
        public readonly Dictionary<string, PlaceCandidate[]> Acronyms = new(StringComparer.Ordinal);
        public readonly Dictionary<string, CountryInfo> CountryNames = new(StringComparer.Ordinal);
        public readonly Dictionary<string, CountryInfo> CountryAcronyms = new(StringComparer.Ordinal);
        public readonly Dictionary<string, CountryInfo> Demonyms = new(StringComparer.Ordinal);
        public readonly Dictionary<string, CountryInfo> ByIso2 = new(StringComparer.Ordinal);
        public readonly Dictionary<string, CountryInfo> ByIso3 = new(StringComparer.Ordinal);
        public readonly Dictionary<string, PlaceCandidate> Admin1 = new(StringComparer.Ordinal);
        public readonly Dictionary<long, PlaceCandidate> ById = new(180_000);
        public readonly Dictionary<string, PlaceCandidate> CountryPlaces = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<PlaceCandidate>> FallbackPlaces = new(StringComparer.Ordinal);
        public readonly List<CountryInfo> CountryList = new();
        private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);

        /// <summary>One string instance per distinct short code (country, admin1, feature): saves memory on 170k entries.</summary>
        private string Code(string s)
        {
            if (_codes.TryGetValue(s, out var c)) return c;
            _codes[s] = s;
            return s;
        }

        private string Code(ReadOnlySpan<char> s)
        {
            var lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(s, out var c)) return c;
            var str = s.ToString();
            _codes[str] = str;
            return str;
        }

        private static IEnumerable<string[]> Rows(TextReader r)
        {
            string? line;
            while ((line = r.ReadLine()) is not null)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                yield return line.Split('\t');
            }
        }

        private static IEnumerable<string[]> Rows(string path)
        {
            using var r = new StreamReader(path);
            foreach (var row in Rows(r)) yield return row;
        }

        private static double D(string s) => double.Parse(s, NumberStyles.Float, Inv);
        private static long L(string s) => s.Length == 0 ? 0 : long.Parse(s, NumberStyles.Integer, Inv);

        public void AddPlace(string name, PlaceCandidate p) => AddPlace(name.AsSpan(), p);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddPlace(ReadOnlySpan<char> name, PlaceCandidate p)
        {
            Span<char> buf = stackalloc char[NameKey.MaxLength];
            int n = NameKey.Write(name, buf);
            if (n <= 0) return;
            var index = (IsAcronym(name) ? Acronyms : Places).GetAlternateLookup<ReadOnlySpan<char>>();
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(index, buf[..n], out bool exists);
            if (!exists || list is null) { list = [p]; return; }
            foreach (var q in list) if (q.GeonameId == p.GeonameId && q.FeatureCode == p.FeatureCode) return;
            Array.Resize(ref list, list.Length + 1);
            list[^1] = p;
        }

        private static bool IsAcronym(ReadOnlySpan<char> name)
        {
            int letters = 0;
            foreach (var c in name)
            {
                if (c == '.') continue;
                if (c is < 'A' or > 'Z') return false;
                letters++;
            }
            return letters is > 0 and <= 5;
        }

        private void AddCountryName(string name, CountryInfo c)
        {
            var key = NameKey.Of(name);
            if (key.Length == 0) return;
            var index = IsAcronym(name) ? CountryAcronyms : CountryNames;
            if (!index.TryGetValue(key, out var old) || old.Population < c.Population) index[key] = c;
        }

        public void AddDemonym(string name, CountryInfo c)
        {
            var key = NameKey.Of(name);
            if (key.Length == 0) return;
            if (!Demonyms.TryGetValue(key, out var old) || old.Population < c.Population) Demonyms[key] = c;
        }

        public void LoadCountries(string path)
        {
            foreach (var f in Rows(path))
            {
                if (f.Length < 11) continue;
                var c = new CountryInfo(f[0], f[1], f[3], L(f[2]), D(f[5]), D(f[6]), f[4]) { Population = L(f[7]), Continent = f[8] };
                CountryList.Add(c);
                ByIso2[c.Iso2] = c;
                ByIso3[c.Iso3] = c;
                var place = new PlaceCandidate(c.GeonameId, c.Name, "A", "PCLI", c.Iso2, null, c.Lat, c.Lon, c.Population);
                CountryPlaces[c.Iso2] = place;
                if (c.GeonameId != 0) ById[c.GeonameId] = place;
                AddPlace(c.Name, place);
                AddCountryName(c.Name, c);
                foreach (var n in f[9].Split('|', StringSplitOptions.RemoveEmptyEntries)) { AddPlace(n, place); AddCountryName(n, c); }
                foreach (var d in f[10].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (d.Contains(", ")) foreach (var part in d.Split(", ")) AddDemonym(part, c);
                    else AddDemonym(d, c);
                }
            }
        }

        public void LoadAdmin1(string path)
        {
            foreach (var f in Rows(path))
            {
                if (f.Length < 8) continue;
                var code = f[0];
                int dot = code.IndexOf('.');
                if (dot <= 0) continue;
                var p = new PlaceCandidate(L(f[1]), f[2], "A", "ADM1", code[..dot], code[(dot + 1)..], D(f[4]), D(f[5]), L(f[6]));
                Admin1[code] = p;
                ById.TryAdd(p.GeonameId, p);
                foreach (var name in f[3].Length > 0 ? new[] { f[2], f[3] } : new[] { f[2] })
                {
                    var baseName = StripAdminWord(name);
                    AddPlace(baseName, p);
                    if (baseName != name) AddPlace(name, p);
                }
            }
        }

        public void LoadAdmin2(string path) => ForEachRow(ReadGzip(path), 6, Admin2Row);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Admin2Row(ReadOnlySpan<byte> line, Span<Range> cols, int count)
        {
                if (count < 6) return;
                var code = line[cols[0]];
                Span<Range> codeParts = stackalloc Range[4];
                if (SplitBytes(code, codeParts, (byte)'.') != 3) return;
                var p = new PlaceCandidate(LongUtf8(line[cols[1]]), Utf8(line[cols[2]]), "A", "ADM2", CodeUtf8(code[codeParts[0]]), CodeUtf8(code[codeParts[1]]),
                    DoubleUtf8(line[cols[3]]), DoubleUtf8(line[cols[4]]), 0);
                ById.TryAdd(p.GeonameId, p);
                var baseName = StripAdminWord(p.Name);
                AddPlace(baseName, p);
                if (baseName != p.Name) AddPlace(p.Name, p);
                foreach (var prefix in DivisionPrefixes)
                    if (p.Name.Length > prefix.Length + 2 && p.Name.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        var key = NameKey.Of(p.Name.AsSpan(prefix.Length));
                        if (key.Length == 0) break;
                        if (!FallbackPlaces.TryGetValue(key, out var list)) FallbackPlaces[key] = list = new List<PlaceCandidate>(1);
                        list.Add(p);
                        break;
                    }
        }

        private static string StripAdminWord(string name)
        {
            foreach (var w in AdminWords)
                if (name.Length > w.Length + 1 && name[^(w.Length + 1)] == ' ' && name.AsSpan(name.Length - w.Length).Equals(w, StringComparison.OrdinalIgnoreCase))
                    return name[..^(w.Length + 1)];
            return name;
        }

        /// <summary>The decompressed bytes of a gzip file (the whole file at once: one buffer instead of a string per line).</summary>
        private static byte[] ReadGzip(string path)
        {
            using var fs = File.OpenRead(path);
            using var gz = new GZipStream(fs, CompressionMode.Decompress);
            using var ms = new MemoryStream(capacity: (int)Math.Min(int.MaxValue / 2, fs.Length * 3));
            gz.CopyTo(ms, 1 << 16);
            return ms.GetBuffer().AsSpan(0, (int)ms.Length).ToArray();
        }

        /// <summary>Calls <paramref name="row"/> with the tab-separated fields of every non-comment UTF-8 line.</summary>
        private delegate void RowAction(ReadOnlySpan<byte> line, Span<Range> cols, int count);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void ForEachRow(byte[] bytes, int maxCols, RowAction row)
        {
            Span<Range> cols = stackalloc Range[maxCols + 1];
            var all = bytes.AsSpan();
            while (!all.IsEmpty)
            {
                int nl = all.IndexOf((byte)'\n');
                var line = nl < 0 ? all : all[..nl];
                all = nl < 0 ? default : all[(nl + 1)..];
                if (!line.IsEmpty && line[^1] == (byte)'\r') line = line[..^1];
                if (line.IsEmpty || line[0] == (byte)'#') continue;
                row(line, cols, SplitBytes(line, cols, (byte)'\t'));
            }
        }

        /// <summary>Like <c>MemoryExtensions.Split</c> for bytes: fills <paramref name="ranges"/>, the last one takes the rest; returns the count.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static int SplitBytes(ReadOnlySpan<byte> s, Span<Range> ranges, byte separator)
        {
            int count = 0, start = 0;
            while (count < ranges.Length - 1)
            {
                int i = s[start..].IndexOf(separator);
                if (i < 0) break;
                ranges[count++] = new Range(start, start + i);
                start += i + 1;
            }
            ranges[count++] = new Range(start, s.Length);
            return count;
        }

        private static string Utf8(ReadOnlySpan<byte> s) => s.IsEmpty ? "" : Encoding.UTF8.GetString(s);

        private string CodeUtf8(ReadOnlySpan<byte> s)
        {
            Span<char> buf = stackalloc char[16];
            if (s.Length > buf.Length) return Code(Utf8(s));
            int n = Encoding.UTF8.GetChars(s, buf);
            return Code(buf[..n]);
        }

        private static long LongUtf8(ReadOnlySpan<byte> s) => s.IsEmpty ? 0 : long.Parse(s, NumberStyles.Integer, Inv);
        private static double DoubleUtf8(ReadOnlySpan<byte> s) => double.Parse(s, NumberStyles.Float, Inv);

        public void LoadCities(string path) => ForEachRow(ReadGzip(path), 8, CityRow);

        // The row readers, the splitter and AddPlace run 170,000 times in the first second of a process, before tiered
        // compilation would have promoted them: they are compiled optimised at once.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void CityRow(ReadOnlySpan<byte> line, Span<Range> cols, int count)
        {
                if (count < 8) return;
                var admin1 = line[cols[3]];
                var p = new PlaceCandidate(
                    long.Parse(line[cols[0]], NumberStyles.Integer, Inv), Utf8(line[cols[1]]), "P",
                    CodeUtf8(line[cols[4]]), CodeUtf8(line[cols[2]]), admin1.IsEmpty ? null : CodeUtf8(admin1),
                    DoubleUtf8(line[cols[6]]), DoubleUtf8(line[cols[7]]), LongUtf8(line[cols[5]]));
                ById.TryAdd(p.GeonameId, p);
                AddPlace(p.Name, p);
        }

        public void LoadRegions(string path)
        {
            foreach (var f in Rows(path))
            {
                if (f.Length < 7) continue;
                var p = new PlaceCandidate(L(f[0]), f[1], f[2], f[3], "", null, D(f[4]), D(f[5]), 0);
                if (p.GeonameId != 0) ById.TryAdd(p.GeonameId, p);
                AddPlace(p.Name, p);
                foreach (var a in f[6].Split('|', StringSplitOptions.RemoveEmptyEntries)) AddPlace(a, p);
            }
        }

        /// <summary>aliases.tsv: <c>alias, target, kind</c>; target is <c>country:XX</c> or <c>id:N</c>; kind is name or demonym.</summary>
        public void LoadAliases(string path)
        {
            foreach (var f in Rows(path))
            {
                if (f.Length < 3) continue;
                string alias = f[0], target = f[1], kind = f[2];
                if (target.StartsWith("country:", StringComparison.Ordinal) && ByIso2.TryGetValue(target[8..], out var c))
                {
                    if (kind == "demonym") AddDemonym(alias, c);
                    else { AddPlace(alias, CountryPlaces[c.Iso2]); AddCountryName(alias, c); }
                }
                else if (target.StartsWith("id:", StringComparison.Ordinal) && ById.TryGetValue(L(target[3..]), out var p))
                {
                    AddPlace(alias, p);
                }
            }
        }
    }
}
