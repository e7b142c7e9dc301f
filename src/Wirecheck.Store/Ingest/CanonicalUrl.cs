namespace Wirecheck.Store.Ingest;

using System.Text;

/// <summary>
/// The key two URLs share when they name the same article: lower-case scheme and host without "www.",
/// no fragment, no default port, no tracking parameters (utm_*, fbclid, gclid…), other parameters sorted,
/// no trailing slash, and http = https.
/// </summary>
public static class CanonicalUrl
{
    private static readonly HashSet<string> Tracking = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "cmpid", "ito", "smid", "share", "ocid", "taid", "at_medium", "at_campaign",
    };

    public static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            return url.Trim();
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        if (host.StartsWith("m.", StringComparison.Ordinal) || host.StartsWith("amp.", StringComparison.Ordinal)) host = host[(host.IndexOf('.') + 1)..];
        var path = uri.AbsolutePath;
        if (path.EndsWith("/amp", StringComparison.OrdinalIgnoreCase)) path = path[..^4];
        while (path.Length > 1 && path.EndsWith('/')) path = path[..^1];
        if (path == "/") path = "";
        var kept = new List<string>();
        foreach (var part in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Split('=', 2)[0];
            if (name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || Tracking.Contains(name)) continue;
            kept.Add(part);
        }
        kept.Sort(StringComparer.Ordinal);
        var sb = new StringBuilder("//").Append(host);
        if (!uri.IsDefaultPort) sb.Append(':').Append(uri.Port);
        sb.Append(path);
        if (kept.Count > 0) sb.Append('?').Append(string.Join('&', kept));
        return sb.ToString();
    }
}
