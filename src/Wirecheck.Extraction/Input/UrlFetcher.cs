namespace Wirecheck.Extraction.Input;

using System.Net;

/// <summary>Fetches a URL with a timeout, a size cap, a redirect cap and automatic decompression.</summary>
public static class UrlFetcher
{
    public const string UserAgent = "Wirecheck/0.1 (+https://example.invalid/wirecheck; news attribution research)";

    private static readonly Lazy<HttpClient> Client = new(() =>
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        var c = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        c.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        c.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
        return c;
    });

    public static async Task<RawInput> FetchAsync(string url, ExtractionOptions options, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            throw new InputException($"{url}: not an http(s) URL");
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(options.Timeout);
        try
        {
            using var resp = await Client.Value.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            if (!resp.IsSuccessStatusCode)
                throw new InputException($"{url}: HTTP {(int)resp.StatusCode} {resp.ReasonPhrase}");
            if (resp.Content.Headers.ContentLength is long len && len > options.MaxInputBytes)
                throw new InputException($"{url}: {len} bytes, larger than the limit");
            await using var stream = await resp.Content.ReadAsStreamAsync(cts.Token);
            var bytes = await InputReader.ReadBoundedAsync(stream, options.MaxInputBytes, url, cts.Token);
            var ctype = resp.Content.Headers.ContentType?.ToString();
            var final = resp.RequestMessage?.RequestUri?.ToString() ?? url;
            var kind = ctype is not null && ctype.Contains("html", StringComparison.OrdinalIgnoreCase) ? InputKind.Html
                : ctype is not null && ctype.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) ? InputKind.Text
                : InputReader.Sniff(bytes, uri.AbsolutePath);
            return new RawInput(bytes, null, final, ctype, kind);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new InputException($"{url}: timed out after {options.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            throw new InputException($"{url}: {e.Message}", e);
        }
    }
}
