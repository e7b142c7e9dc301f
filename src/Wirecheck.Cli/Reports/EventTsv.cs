namespace Wirecheck.Cli.Reports;

using System.Globalization;
using Wirecheck.Core.Model;

/// <summary>
/// Events as GDELT-like tab-separated rows, one row per event, with a header row (see docs/events-tsv.md).
/// Columns, in order:
/// <list type="number">
/// <item>EventID: <c>{DocID}-{event id}</c>, unique within an export.</item>
/// <item>DocID: the first 12 hex digits of the input's SHA-256 (or the input name when unknown).</item>
/// <item>Date: the event date, ISO yyyy-MM-dd, empty when the text gives none.</item>
/// <item>PubDate: the article's publication date (GDELT DATEADDED), ISO, or empty.</item>
/// <item>Actor1Name, Actor1CountryCode, Actor1Sector: the first actor (entity name or the words on the page),
/// ISO 3166-1 alpha-3 (or IGO/NGO), PLOVER sector code.</item>
/// <item>Actor2Name, Actor2CountryCode, Actor2Sector: the first recipient, same fields.</item>
/// <item>EventType, EventMode: PLOVER event type and mode.</item>
/// <item>QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (as GDELT).</item>
/// <item>Negated, Hypothetical, Future, Reported: 1 or 0.</item>
/// <item>AttributedTo, SourceName: the quote id the event was read from, and who said it ("outlet" when the outlet itself reports it).</item>
/// <item>ActionGeo_FullName, ActionGeo_CountryCode, ActionGeo_Lat, ActionGeo_Long, ActionGeo_FeatureID: the location
/// (GeoNames country code alpha-2, coordinates and geonameid when the place was geocoded).</item>
/// <item>TriggerStart, TriggerEnd, TriggerText: the trigger as half-open UTF-16 offsets into the article text.</item>
/// <item>SentenceStart, SentenceEnd: the sentence the event was coded from.</item>
/// <item>Confidence: the coder's confidence in [0, 1].</item>
/// <item>SourceURL: the article's URL, or the input path.</item>
/// </list>
/// Tabs and line breaks inside values are written as spaces.
/// </summary>
public static class EventTsv
{
    public static readonly string[] Columns =
    [
        "EventID", "DocID", "Date", "PubDate",
        "Actor1Name", "Actor1CountryCode", "Actor1Sector",
        "Actor2Name", "Actor2CountryCode", "Actor2Sector",
        "EventType", "EventMode", "QuadClass",
        "Negated", "Hypothetical", "Future", "Reported", "AttributedTo", "SourceName",
        "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "TriggerStart", "TriggerEnd", "TriggerText", "SentenceStart", "SentenceEnd", "Confidence", "SourceURL",
    ];

    public static void WriteHeader(TextWriter w) => w.WriteLine(string.Join('\t', Columns));

    public static int QuadClass(string type) => type switch
    {
        "AGREE" or "CONSULT" or "SUPPORT" or "CONCEDE" => 1,
        "COOPERATE" or "AID" or "RETREAT" => 2,
        "REQUEST" or "ACCUSE" or "REJECT" or "THREATEN" => 3,
        _ => 4,
    };

    public static void WriteRows(TextWriter w, Article a)
    {
        var doc = a.Input.Sha256 is { Length: >= 12 } sha ? sha[..12] : Path.GetFileName(a.Input.Path ?? a.Input.Url ?? "stdin");
        var pub = a.Meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        var url = a.Meta.Url ?? a.Input.Url ?? a.Input.Path ?? "";
        foreach (var v in a.Events)
        {
            var actor = v.Arguments.FirstOrDefault(x => x.Role == "actor");
            var recip = v.Arguments.FirstOrDefault(x => x.Role == "recipient");
            var place = v.Arguments.FirstOrDefault(x => x.Role == "location");
            var placeEntity = a.FindEntity(place?.Entity);
            var geo = placeEntity?.Geo;
            var sentence = a.Sentences.FirstOrDefault(s => s.Start <= v.Trigger.Start && v.Trigger.End <= s.End);
            string source = "outlet";
            if (a.FindQuote(v.AttributedTo) is { } q) source = a.FindEntity(q.Speaker)?.Name ?? (q.Source is { } s ? a[s] : "quoted");
            var row = new[]
            {
                $"{doc}-{v.Id}", doc, v.Date ?? "", pub,
                ArgName(a, actor), actor?.Country ?? "", actor?.Sector ?? "",
                ArgName(a, recip), recip?.Country ?? "", recip?.Sector ?? "",
                v.Type, v.Mode ?? "", QuadClass(v.Type).ToString(CultureInfo.InvariantCulture),
                B(v.Negated), B(v.Hypothetical), B(v.Future), B(v.Reported), v.AttributedTo ?? "", source,
                place is null ? "" : (placeEntity?.Name ?? a.Covered(place.Start, place.End)), geo?.Country ?? "",
                geo is null ? "" : geo.Lat.ToString("0.#####", CultureInfo.InvariantCulture),
                geo is null ? "" : geo.Lon.ToString("0.#####", CultureInfo.InvariantCulture),
                geo is null ? "" : geo.GeonameId.ToString(CultureInfo.InvariantCulture),
                v.Trigger.Start.ToString(CultureInfo.InvariantCulture), v.Trigger.End.ToString(CultureInfo.InvariantCulture), a[v.Trigger],
                sentence is null ? "" : sentence.Start.ToString(CultureInfo.InvariantCulture),
                sentence is null ? "" : sentence.End.ToString(CultureInfo.InvariantCulture),
                v.Confidence.ToString("0.00", CultureInfo.InvariantCulture), url,
            };
            w.WriteLine(string.Join('\t', row.Select(Clean)));
        }
    }

    private static string ArgName(Article a, EventArgument? arg) =>
        arg is null ? "" : a.FindEntity(arg.Entity)?.Name ?? a.Covered(arg.Start, arg.End);

    private static string B(bool b) => b ? "1" : "0";

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
