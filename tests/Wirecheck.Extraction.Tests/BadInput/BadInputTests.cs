namespace Wirecheck.Extraction.Tests.BadInput;

using System.IO.Compression;
using System.Text;
using Wirecheck.Core.Model;
using Wirecheck.Extraction.Input;
using Wirecheck.TestSupport;

/// <summary>
/// Hostile or broken input: each case must give an article or a clear <see cref="InputException"/> /
/// <see cref="TimeoutException"/>, within a bounded time, never a crash or a hang.
/// </summary>
public class BadInputTests
{
    static BadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Prose = "The regional parliament approved the new water law on Thursday after a long debate about prices.";

    public sealed record Case(string Name, Func<byte[]> Bytes, string? ContentType, InputKind Kind, Func<Article, bool>? Check, bool ErrorAllowed = false)
    {
        public override string ToString() => Name;
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
    private static string Html(string body, string head = "") => $"<html><head>{head}</head><body>{body}</body></html>";
    private static string Article(string text) => $"<article><p>{text}</p><p>{Prose}</p><p>{Prose} Again.</p></article>";

    public static IEnumerable<object[]> Cases()
    {
        var cases = new List<Case>
        {
            new("empty", () => Array.Empty<byte>(), null, InputKind.Html, a => a.Text.Length == 0),
            new("whitespace only", () => Utf8("  \n\t  \r\n"), null, InputKind.Html, a => a.Text.Length == 0),
            new("binary", () => { var b = new byte[200_000]; new Random(1).NextBytes(b); return b; }, null, InputKind.Html, _ => true),
            new("50 MB page", () => Utf8(Html(string.Concat(Enumerable.Repeat($"<div><p>{Prose}</p></div>", 50_000_000 / 110)))), null, InputKind.Html, a => a.Text.Length > 1000, ErrorAllowed: true),
            new("100,000 nested elements", () => Utf8(Html(string.Concat(Enumerable.Repeat("<div>", 100_000)) + $"<p>{Prose}</p>" + string.Concat(Enumerable.Repeat("</div>", 100_000)))), null, InputKind.Html, _ => true),
            new("100,000 nested inline elements", () => Utf8(Html("<p>" + string.Concat(Enumerable.Repeat("<b>", 100_000)) + Prose + "</p>")), null, InputKind.Html, _ => true),
            new("unclosed tags", () => Utf8($"<html><body><article><p>{Prose}<p>{Prose} Two.<div><span><b>{Prose} Three."), null, InputKind.Html, a => a.Text.Contains("Three")),
            new("script-only page", () => Utf8(Html("<script>var a = '<p>not text</p>'; for (;;) {}</script><script>document.write('x')</script>")), null, InputKind.Html, a => a.Text.Length == 0 && a.Warnings.Count > 0),
            new("frameset", () => Utf8("<html><head><title>Frames</title></head><frameset cols=\"50%,50%\"><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>"), null, InputKind.Html, a => a.Text.Length == 0 && a.Warnings.Any(w => w.Contains("frame"))),
            new("invalid UTF-8", () => [.. Utf8("<html><body><article><p>Caf"), 0xC3, 0x28, 0xFF, .. Utf8($" au lait. {Prose}</p><p>{Prose}</p></article></body></html>")], null, InputKind.Html, a => a.Text.Contains('\uFFFD') && a.Warnings.Any(w => w.Contains("UTF-8"))),
            new("mixed encodings", () => [.. Utf8($"<html><body><article><p>Zürich {Prose}</p><p>"), .. Encoding.Latin1.GetBytes($"Zürich again. {Prose}"), .. Utf8("</p></article></body></html>")], null, InputKind.Html, a => a.Text.Contains("Zürich") && a.Warnings.Count > 0),
            new("no article (navigation only)", () => Utf8(Html("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/a\">About</a></li></ul></nav><footer>© 2020</footer>")), null, InputKind.Html, a => !a.Text.Contains("Home")),
            new("windows-1251 page", () => Encoding.GetEncoding(1251).GetBytes(Html(Article("Парламент принял новый закон о воде в четверг."), "<meta charset=\"windows-1251\">")), null, InputKind.Html, a => a.Text.Contains("Парламент принял")),
            new("KOI8-U page", () => Encoding.GetEncoding("koi8-u").GetBytes(Html(Article("Парламент ухвалив новий закон про воду у четвер, повідомляє їхня служба."), "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-u\">")), null, InputKind.Html, a => a.Text.Contains("Парламент ухвалив") && a.Text.Contains("їхня")),
            new("GB18030 page", () => Encoding.GetEncoding("GB18030").GetBytes(Html(Article("议会周四通过了新的水法。"), "<meta charset=\"gb18030\">")), null, InputKind.Html, a => a.Text.Contains("议会周四通过了新的水法")),
            new("Shift_JIS page", () => Encoding.GetEncoding("shift_jis").GetBytes(Html(Article("議会は木曜日に新しい水法を可決した。"))), "text/html; charset=Shift_JIS", InputKind.Html, a => a.Text.Contains("議会は木曜日に新しい水法を可決した")),
            new("UTF-16 with BOM", () => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Html(Article("Die Regierung hat entschieden.")))], null, InputKind.Html, a => a.Text.Contains("Die Regierung hat entschieden")),
            new("one 5 MB word", () => Utf8(Html("<p>" + new string('x', 5_000_000) + "</p>")), null, InputKind.Html, _ => true),
            new("broken JSON-LD and meta", () => Utf8(Html(Article("Text."), "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":</script><meta property=\"article:published_time\" content=\"not a date\"><meta name=\"author\">")), null, InputKind.Html, a => a.Meta.Published is null && a.Text.Contains("Text.")),
            new("200,000 attributes", () => Utf8(Html("<div " + string.Join(' ', Enumerable.Range(0, 200_000).Select(i => $"a{i}=\"{i}\"")) + $"><p>{Prose}</p></div>")), null, InputKind.Html, _ => true),
            new("NUL characters in text", () => Utf8($"plain\0text with NUL\0 characters.\n{Prose}\n"), null, InputKind.Text, a => !a.Text.Contains('\0') && a.Warnings.Count > 0),
            // found by the fuzzer: a UTF-7 label crashed the decoder
            new("UTF-7 charset label", () => Utf8(Html(Article("Plain ASCII text."), "<meta charset=\"utf-7\">")), null, InputKind.Html, a => a.Text.Contains("Plain ASCII text.")),
            new("UTF-7 in the HTTP header", () => Utf8(Html(Article("Plain ASCII text."))), "text/html; charset=UTF-7", InputKind.Html, a => a.Text.Contains("Plain ASCII text.")),
            new("comment bomb", () => Utf8(Html("<!--" + string.Concat(Enumerable.Repeat("<p>x</p>", 500_000)) + $"<p>{Prose}</p>")), null, InputKind.Html, a => !a.Text.Contains("<p>x")),
        };
        return cases.Select(c => new object[] { c });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gives_a_result_or_a_clear_error_in_bounded_time(Case c)
    {
        var bytes = c.Bytes();
        var raw = new RawInput(bytes, null, null, c.ContentType, c.Kind);
        var options = ExtractionOptions.Default with { Timeout = TimeSpan.FromSeconds(60) };
        var task = Task.Run(() => ArticleExtractor.Extract(raw, options));
        var first = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(120)));
        Assert.True(first == task, $"{c.Name}: no answer within the bound");
        if (task.IsFaulted)
        {
            var e = task.Exception!.InnerException!;
            Assert.True(c.ErrorAllowed && e is InputException or TimeoutException, $"{c.Name}: {e.GetType().Name}: {e.Message}");
            return;
        }
        var article = await task;
        Assert.True(c.Check is null || c.Check(article), $"{c.Name}: unexpected result: text '{Trunc(article.Text)}', warnings [{string.Join("; ", article.Warnings)}]");
        Invariants.Check(article);
    }

    [Fact]
    public async Task A_gzip_bomb_is_stopped_at_the_size_limit()
    {
        var path = Path.Combine(Path.GetTempPath(), $"wirecheck-bomb-{Guid.NewGuid():N}.html.gz");
        try
        {
            using (var fs = File.Create(path))
            using (var gz = new GZipStream(fs, CompressionLevel.SmallestSize))
            {
                var zeros = new byte[1 << 20];
                for (int i = 0; i < 64; i++) gz.Write(zeros); // 64 MB of zeros, a few KB on disk
            }
            Assert.True(new FileInfo(path).Length < 1_000_000);
            var options = ExtractionOptions.Default with { MaxInputBytes = 8L * 1024 * 1024 };
            var e = await Assert.ThrowsAsync<InputException>(() => InputReader.ReadAsync(path, options, CancellationToken.None));
            Assert.Contains("limit", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task Corrupt_gzip_is_a_clear_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"wirecheck-corrupt-{Guid.NewGuid():N}.html.gz");
        try
        {
            File.WriteAllBytes(path, [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
            var e = await Assert.ThrowsAsync<InputException>(() => InputReader.ReadAsync(path, ExtractionOptions.Default, CancellationToken.None));
            Assert.Contains("gzip", e.Message);
        }
        finally { File.Delete(path); }
    }

    private static string Trunc(string s) => s.Length > 200 ? s[..200] + "…" : s;
}
