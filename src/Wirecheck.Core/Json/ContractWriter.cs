namespace Wirecheck.Core.Json;

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Wirecheck.Core.Model;

/// <summary>Writes an <see cref="Article"/> as the <c>wirecheck/1</c> output contract.</summary>
public static class ContractWriter
{
    public const string Schema = "wirecheck/1";

    public static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    public static readonly JsonWriterOptions Pretty = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The whole contract (extraction and every annotation layer).</summary>
    public static string ToJson(Article a, bool indented = false, bool extractionOnly = false)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, indented ? Pretty : Compact))
            Write(w, a, extractionOnly);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    public static void Write(Utf8JsonWriter w, Article a, bool extractionOnly = false)
    {
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteStartObject("input");
        w.WriteString("path", a.Input.Path);
        w.WriteString("url", a.Input.Url);
        w.WriteString("sha256", a.Input.Sha256);
        w.WriteEndObject();
        WriteMeta(w, a.Meta);
        w.WriteString("text", a.Text);
        w.WriteStartArray("blocks");
        foreach (var b in a.Blocks)
        {
            w.WriteStartObject();
            WriteSpanFields(w, a, b.Start, b.End);
            w.WriteString("kind", Block.KindName(b.Kind));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("repairs");
        foreach (var r in a.Repairs)
        {
            w.WriteStartObject();
            w.WriteString("kind", r.Kind);
            w.WriteNumber("start", r.Start);
            w.WriteNumber("end", r.End);
            w.WriteString("text", a.Covered(r.Start, r.End));
            w.WriteString("before", r.Before);
            w.WriteString("after", r.After);
            if (r.Note is not null) w.WriteString("note", r.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("removed");
        foreach (var r in a.Removed)
        {
            w.WriteStartObject();
            w.WriteString("kind", r.Kind);
            w.WriteString("text", r.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (var warning in a.Warnings) w.WriteStringValue(warning);
        w.WriteEndArray();
        if (!extractionOnly) WriteAnnotations(w, a);
        w.WriteEndObject();
    }

    private static void WriteMeta(Utf8JsonWriter w, ArticleMeta m)
    {
        w.WriteStartObject("meta");
        w.WriteString("title", m.Title);
        w.WriteString("subtitle", m.Subtitle);
        w.WriteStartArray("authors");
        foreach (var au in m.Authors) w.WriteStringValue(au);
        w.WriteEndArray();
        WriteDate(w, "published", m.Published);
        WriteDate(w, "modified", m.Modified);
        w.WriteString("site", m.Site);
        w.WriteString("url", m.Url);
        w.WriteString("language", m.Language);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateTimeOffset? d)
    {
        if (d is null) w.WriteNull(name);
        else w.WriteString(name, d.Value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    private static void WriteAnnotations(Utf8JsonWriter w, Article a)
    {
        w.WriteStartArray("tokens");
        foreach (var t in a.Tokens)
        {
            w.WriteStartArray();
            w.WriteNumberValue(t.Start);
            w.WriteNumberValue(t.End);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteStartArray("sentences");
        foreach (var s in a.Sentences)
        {
            w.WriteStartObject();
            WriteSpanFields(w, a, s.Start, s.End);
            if (s.Checkworthiness is { } cw) w.WriteNumber("checkworthiness", Math.Round(cw, 4));
            else w.WriteNull("checkworthiness");
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in a.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type.ToString());
            w.WriteString("name", e.Name);
            w.WriteStartArray("titles");
            foreach (var t in e.Titles) w.WriteStringValue(t);
            w.WriteEndArray();
            w.WriteString("country", e.Country);
            w.WriteString("sector", e.Sector);
            if (e.Geo is { } g)
            {
                w.WriteStartObject("geo");
                w.WriteNumber("geonameid", g.GeonameId);
                w.WriteString("name", g.Name);
                w.WriteString("feature", g.Feature);
                w.WriteString("country", g.Country);
                w.WriteString("admin1", g.Admin1);
                w.WriteNumber("lat", g.Lat);
                w.WriteNumber("lon", g.Lon);
                w.WriteEndObject();
            }
            else w.WriteNull("geo");
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                WriteSpanFields(w, a, m.Start, m.End);
                if (m.Source is not null) w.WriteString("source", m.Source);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in a.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("id", q.Id);
            w.WriteString("kind", Quote.KindName(q.Kind));
            w.WriteString("speaker", q.Speaker);
            WriteSpan(w, a, "source", q.Source);
            WriteSpan(w, a, "cue", q.Cue);
            w.WriteString("cueLemma", q.CueLemma);
            WriteSpan(w, a, "content", q.Content);
            w.WriteNumber("confidence", Math.Round(q.Confidence, 3));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("claims");
        foreach (var c in a.Claims)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            WriteSpan(w, a, "span", c.Span);
            WriteQuantity(w, c.Quantity);
            WriteSpan(w, a, "quantitySpan", c.QuantitySpan);
            w.WriteString("object", c.Object);
            w.WriteString("predicate", c.Predicate);
            if (c.Time is { } t)
            {
                w.WriteStartObject("time");
                w.WriteString("start", t.From);
                w.WriteString("end", t.To);
                w.WriteString("text", a.Covered(t.Start, t.End));
                w.WriteNumber("textStart", t.Start);
                w.WriteNumber("textEnd", t.End);
                w.WriteEndObject();
            }
            else w.WriteNull("time");
            w.WriteString("place", c.Place);
            w.WriteString("attributedTo", c.AttributedTo);
            if (c.Checkworthiness is { } cw) w.WriteNumber("checkworthiness", Math.Round(cw, 4));
            else w.WriteNull("checkworthiness");
            w.WriteString("sameAs", c.SameAs);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var v in a.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", v.Id);
            w.WriteString("type", v.Type);
            w.WriteString("mode", v.Mode);
            WriteSpan(w, a, "trigger", v.Trigger);
            w.WriteStartArray("actors");
            foreach (var x in v.Actors) w.WriteStringValue(x);
            w.WriteEndArray();
            w.WriteStartArray("recipients");
            foreach (var x in v.Recipients) w.WriteStringValue(x);
            w.WriteEndArray();
            w.WriteString("location", v.Location);
            w.WriteString("date", v.Date);
            w.WriteBoolean("negated", v.Negated);
            w.WriteBoolean("hypothetical", v.Hypothetical);
            w.WriteBoolean("future", v.Future);
            w.WriteString("attributedTo", v.AttributedTo);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static void WriteQuantity(Utf8JsonWriter w, Quantity q)
    {
        w.WriteStartObject("quantity");
        WriteNumberOrNull(w, "value", q.Value);
        WriteNumberOrNull(w, "min", q.Min);
        WriteNumberOrNull(w, "max", q.Max);
        w.WriteBoolean("minInclusive", q.MinInclusive);
        w.WriteBoolean("maxInclusive", q.MaxInclusive);
        w.WriteString("hedge", q.Hedge);
        w.WriteBoolean("approximate", q.Approximate);
        w.WriteBoolean("vague", q.Vague);
        w.WriteString("unit", q.Unit);
        w.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } d && double.IsFinite(d)) w.WriteNumber(name, d);
        else w.WriteNull(name);
    }

    private static void WriteSpan(Utf8JsonWriter w, Article a, string name, TextSpan? span)
    {
        if (span is not { } s) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        WriteSpanFields(w, a, s.Start, s.End);
        w.WriteEndObject();
    }

    private static void WriteSpanFields(Utf8JsonWriter w, Article a, int start, int end)
    {
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
        w.WriteString("text", a.Covered(start, end));
    }
}
