namespace Wirecheck.Eval.Geo;

using System.Diagnostics;
using System.Globalization;
using Wirecheck.Core.Model;
using Wirecheck.Eval.Framework;
using Wirecheck.Nlp.Geo;
using Wirecheck.Nlp.Sentences;
using Wirecheck.Nlp.Tokens;

/// <summary>
/// Geoparsing on GeoVirus. Recognition: the gazetteer toponym layer (<see cref="ToponymStage"/>, GPE/LOC candidates)
/// against the gold spans, exact-span P/R/F1. Resolution, measured apart from recognition on the gold toponyms
/// (grouped per article by name, as one entity): accuracy within 161 km, mean error, AUC (CamCoder's definitions),
/// and exact-id match against the gold entry's GeoNames id, taken as the gazetteer candidate of the gold name nearest to
/// the gold coordinates (only where one lies within 161 km; the share of such mentions is reported as id_coverage).
/// </summary>
public sealed class GeoEval : IEvalTask
{
    public string Name => "geo";
    public string Description => "toponym recognition F1 and resolution accuracy@161km / exact id on GeoVirus";
    public string DefaultDataPath => "datasets/geo";

    public EvalReport Run(EvalContext context)
    {
        var articles = GeoVirusReader.Read(context.DataDir);
        if (context.Limit is { } lim) articles = articles.Take(lim).ToList();
        var gaz = Gazetteer.Default;
        var geocoder = new Geocoder(gaz);
        var toponyms = new ToponymStage(gaz);
        var tokenizer = new TokenizerStage();
        var sentences = new SentenceStage();
        var report = new EvalReport(Name);
        var rec = new PrfCounts();
        var distances = new List<double>();
        int idKnown = 0, idMatch = 0, mentions = 0, unresolved = 0;
        var misses = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int justOver = 0;
        var sw = Stopwatch.StartNew();

        foreach (var a in articles)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            // Recognition.
            var article = new Article(a.Text, new InputInfo(null, a.Source, null));
            tokenizer.Process(article, context.CancellationToken);
            sentences.Process(article, context.CancellationToken);
            toponyms.Process(article, context.CancellationToken);
            var predicted = article.EntityCandidates.Where(c => c.Type is EntityType.GPE or EntityType.LOC)
                .Select(c => (c.Start, c.End)).ToHashSet();
            var gold = a.Toponyms.Select(t => (t.Start, t.End)).ToHashSet();
            int tp = predicted.Count(gold.Contains);
            rec.Tp += tp; rec.Fp += predicted.Count - tp; rec.Fn += gold.Count - tp;
            if (context.Verbose)
            {
                foreach (var p in predicted.Where(p => !gold.Contains(p))) context.Log.WriteLine($"  FP  {a.Text[p.Start..p.End]}");
                foreach (var g in gold.Where(g => !predicted.Contains(g))) context.Log.WriteLine($"  FN  {a.Text[g.Start..g.End]}");
            }

            // Resolution on the gold mentions, one query per distinct name.
            var groups = a.Toponyms.GroupBy(t => NameKey.Of(a.Text.AsSpan(t.Start, t.End - t.Start))).ToList();
            var queries = groups.Select(gr => new PlaceQuery(a.Text[gr.First().Start..gr.First().End],
                gr.Select(t => new TextSpan(t.Start, t.End)).ToList())).ToList();
            var resolved = geocoder.Resolve(a.Text, queries, context.CancellationToken);
            for (int i = 0; i < groups.Count; i++)
            {
                var r = resolved[i];
                foreach (var t in groups[i])
                {
                    mentions++;
                    double d = r.Place is { } p ? Geocoder.DistanceKm(p.Lat, p.Lon, t.Lat, t.Lon) : 20039;
                    if (r.Place is null) unresolved++;
                    distances.Add(d);
                    var goldId = GoldId(gaz, t);
                    if (goldId != 0)
                    {
                        idKnown++;
                        if (r.Place?.GeonameId == goldId) idMatch++;
                    }
                    if (d < 160) continue;
                    var bucket = MissBucket(r, t);
                    misses[bucket] = misses.GetValueOrDefault(bucket) + 1;
                    if (d < 250) justOver++;
                    if (context.Verbose)
                        context.Log.WriteLine($"  FAR {d,7:0} km  [{bucket}] {t.Name} -> {r.Place?.Name}/{r.Place?.FeatureCode}/{r.Place?.CountryIso2} (gold {t.Lat},{t.Lon} {t.Page})");
                }
            }
        }

        report.Rows.Add(MetricRow.From("toponym", rec));
        report.Metrics["recognition_precision"] = rec.Precision;
        report.Metrics["recognition_recall"] = rec.Recall;
        report.Metrics["recognition_f1"] = rec.F1;
        report.Metrics["accuracy_161km"] = distances.Count == 0 ? 0 : distances.Count(d => d < 160.0) / (double)distances.Count;
        report.Metrics["mean_error_km"] = distances.Count == 0 ? 0 : distances.Average();
        report.Metrics["auc"] = Auc(distances);
        report.Metrics["exact_id"] = idKnown == 0 ? 0 : idMatch / (double)idKnown;
        report.Metrics["id_coverage"] = mentions == 0 ? 0 : idKnown / (double)mentions;
        report.Notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Count} articles, {mentions} gold toponyms ({unresolved} with no gazetteer candidate), {sw.Elapsed.TotalSeconds:0.0} s"));
        int missed = misses.Values.Sum();
        report.Notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"misses (>= 160 km) {missed}: {string.Join(", ", misses.Select(kv => $"{kv.Key} {kv.Value}"))}; of them {justOver} within 160-250 km"));
        report.Notes.Add("accuracy_161km, mean_error_km and auc: CamCoder's definitions (ln(1+d) < ln(161); AUC of ln(1+d)/ln(20039))");
        return report;
    }

    /// <summary>
    /// Why a resolution missed (>= 160 km): <c>unresolved</c> (no candidate); <c>wrong-homonym</c> or
    /// <c>admin-vs-city</c> (another candidate lies within 160 km of the gold point: a choice error; the second when
    /// one is a division and the other a town); <c>country-point</c>, <c>admin-point</c>, <c>region-point</c> (the
    /// chosen area entry has no candidate near the gold point: the representative points disagree, or the gold is a
    /// different area); <c>missing-referent</c> (a town chosen, and no candidate of the name is near the gold point).
    /// </summary>
    private static string MissBucket(PlaceResolution r, GoldToponym t)
    {
        if (r.Place is not { } p) return "unresolved";
        PlaceCandidate? near = null;
        foreach (var c in r.Candidates)
            if (!ReferenceEquals(c, p) && Geocoder.DistanceKm(c.Lat, c.Lon, t.Lat, t.Lon) < 160) { near = c; break; }
        if (near is not null) return near.IsPopulatedPlace != p.IsPopulatedPlace ? "admin-vs-city" : "wrong-homonym";
        if (p.IsCountry) return "country-point";
        if (p.IsAdmin1 || p.IsAdmin2) return "admin-point";
        if (p.IsRegion) return "region-point";
        return "missing-referent";
    }

    /// <summary>The GeoNames id of the gazetteer candidate of the gold name nearest to the gold point, if within 161 km; else 0.</summary>
    private static long GoldId(Gazetteer gaz, GoldToponym t)
    {
        long best = 0;
        double bestD = 161;
        foreach (var name in new[] { t.Name, t.AltName })
        {
            if (string.IsNullOrEmpty(name)) continue;
            foreach (var c in gaz.Lookup(name))
            {
                var d = Geocoder.DistanceKm(c.Lat, c.Lon, t.Lat, t.Lon);
                if (d < bestD) { bestD = d; best = c.GeonameId; }
            }
        }
        return best;
    }

    /// <summary>CamCoder's AUC: trapezoidal integral of sorted ln(1+d) with unit spacing over (n-1)·ln(20039).</summary>
    private static double Auc(List<double> distances)
    {
        if (distances.Count < 2) return 0;
        var v = distances.Select(d => Math.Log(1 + d)).OrderBy(x => x).ToArray();
        double area = 0;
        for (int i = 1; i < v.Length; i++) area += (v[i] + v[i - 1]) / 2;
        return area / ((v.Length - 1) * Math.Log(20039));
    }
}
