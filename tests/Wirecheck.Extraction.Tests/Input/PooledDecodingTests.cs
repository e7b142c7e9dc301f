namespace Wirecheck.Extraction.Tests.Input;

using System.Text;
using Wirecheck.Core.Model;
using Wirecheck.Extraction.Input;

/// <summary>Decoding into a pooled buffer gives the same text and warnings as decoding into a string.</summary>
public class PooledDecodingTests
{
    static PooledDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[], string?> Inputs => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes("<p>Grüße, café — “quoted”</p>"), null },
        { "utf-8 with BOM", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<p>x</p>")).ToArray(), null },
        { "invalid utf-8", new byte[] { (byte)'<', (byte)'p', (byte)'>', 0xC3, 0x28, 0xFF, (byte)'a' }, null },
        { "NUL characters", Encoding.UTF8.GetBytes("<p>a\0b\0\0c</p>\0"), null },
        { "windows-1251 by meta", Encoding.GetEncoding(1251).GetBytes("<meta charset=\"windows-1251\"><p>Привет, мир</p>"), null },
        { "koi8-u by header", Encoding.GetEncoding("koi8-u").GetBytes("<p>Київ</p>"), "text/html; charset=koi8-u" },
        { "shift_jis", Encoding.GetEncoding("shift_jis").GetBytes("<meta charset=shift_jis><p>東京都</p>"), null },
        { "utf-16 with BOM", new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("<p>wide</p>")).ToArray(), null },
        { "empty", Array.Empty<byte>(), null },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Pooled_decoding_equals_string_decoding(string name, byte[] bytes, string? contentType)
    {
        var w1 = new List<string>();
        var w2 = new List<string>();
        var expected = TextDecoder.Decode(bytes, contentType, w1);
        using var pooled = TextDecoder.DecodePooled(bytes, contentType, w2);
        Assert.True(expected == pooled.ToString(), name);
        Assert.Equal(w1, w2);
    }

    [Fact]
    public void The_byte_path_and_the_string_path_extract_the_same_article()
    {
        var html = "<html lang=de><head><title>Titel | Zeitung</title></head><body><article><p>Die Stadt hat am Dienstag den neuen Haushalt beschlossen, der mehr Geld für Schulen vorsieht.</p>" +
                   "<p>Die Opposition kritisierte die Pläne als zu optimistisch und warnte vor Kürzungen im nächsten Jahr.</p></article></body></html>";
        var bytes = Encoding.UTF8.GetBytes(html);
        var fromBytes = ArticleExtractor.Extract(new RawInput(bytes, null, null, null, InputKind.Html), ExtractionOptions.Default);
        var fromString = ArticleExtractor.ExtractString(html, InputKind.Html, new InputInfo(null, null, null), ExtractionOptions.Default);
        Assert.Equal(fromString.Text, fromBytes.Text);
        Assert.Equal(fromString.Meta.Title, fromBytes.Meta.Title);
        Assert.Equal("de", fromBytes.Meta.Language);
        Assert.Equal(fromString.Blocks.Count, fromBytes.Blocks.Count);
    }
}
