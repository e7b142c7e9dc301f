namespace Wirecheck.Extraction.Tests.Html;

using System.Text;
using AngleSharp.Dom;
using CsCheck;
using Wirecheck.Extraction.Html;
using Wirecheck.Extraction.Html.Dom;

/// <summary>
/// The hand-written parser against AngleSharp (a spec-conformant HTML5 parser) as the reference: on tricky snippets
/// the text blocks collected from both trees must be the same; plus structure, bounds and a never-throws property.
/// </summary>
public class HtmlParserTests
{
    public static TheoryData<string, string> Snippets => new()
    {
        { "unclosed p", "<p>one<p>two<div>three</div>four" },
        { "unclosed li", "<ul><li>one<li>two<li>three</ul><p>after" },
        { "dt dd", "<dl><dt>term<dd>definition<dt>term 2<dd>def 2</dl>" },
        { "table without tbody", "<table><tr><td>a<td>b<tr><td>c</table>after" },
        { "cells without rows", "<table><td>x<td>y</table>" },
        { "nested tables", "<table><tr><td><table><tr><td>inner</td></tr></table>outer cell<td>next</table>" },
        { "stray end tags", "<div>a</span>b</p>c</li>d</div>e</div>f" },
        { "end tag of a closed inline", "<div><span>x</div>y</span>z" },
        { "mis-nested inline", "<p><b>bold <i>both</b> italic</i> plain</p>" },
        { "heading in heading", "<h1>one<h2>two</h2>three" },
        { "entities", "<p>A&amp;B &lt;tag&gt; &quot;q&quot; caf&eacute; &#233; &#xE9; &rsquo; &hellip; &nbsp;x</p>" },
        { "windows-1252 numeric", "<p>&#150; dash &#147;quoted&#148; &#128;</p>" },
        { "legacy entities", "<p>AT&T &amp fish &copy 2019 &nosuch; &</p>" },
        { "comments", "<p>a<!-- hidden <p>not a paragraph</p> -->b<!---->c<!-->d</p>" },
        { "script with markup", "<div>before<script>var s = '<div>not</div>'; if (a < b) {}</script>after</div>" },
        { "style and textarea", "<style>p { color: red }</style><p>text</p><textarea>&lt;raw&gt; <b>x</b></textarea>" },
        { "title in head", "<html><head><title>Page &amp; title</title><meta charset=utf-8></head><body><p>body</p></body></html>" },
        { "no html head body", "text at the start<p>para</p>" },
        { "uppercase and attributes", "<DIV CLASS=main ID='x' data-a=\"1\" hidden2><P Title=\"a>b\">text</P></DIV>" },
        { "less-than in text", "<p>a < b and c <= d, 3<4 and x <y</p>" },
        { "doctype and processing instruction", "<!DOCTYPE html><?xml version=\"1.0\"?><p>text</p>" },
        { "void elements", "<p>a<br>b<br/>c<img src=x>d<hr>e<input value=v>f</p>" },
        { "self-closing div is open", "<div/>inside</div>outside" },
        { "options", "<select><option>one<option>two</select><p>after</p>" },
        { "svg with cdata", "<p>before</p><svg><title>icon</title><![CDATA[ data ]]><path d='M0'/></svg><p>after</p>" },
        { "link inside link", "<p><a href=1>first <a href=2>second</a> rest</p>" },
        { "blockquote", "<blockquote><p>quoted<p>more</blockquote><p>after" },
        { "body attributes twice", "<body class=a><p>x</p><body class=b><p>y</p>" },
        { "unclosed comment", "<p>text</p><!-- never closed <p>gone</p>" },
        { "eof in tag", "<p>text</p><div class=\"unterminated" },
        { "noscript in body", "<p>a</p><noscript><p>enable js</p></noscript><p>b</p>" },
        { "pre and listing", "<pre>  code\n  block</pre><p>after</p>" },
        { "crlf", "<p>line one\r\nline two\rthree</p>" },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Blocks_match_the_reference_parser(string name, string html)
    {
        var ours = OurBlocks(html);
        var reference = ReferenceBlocks(html);
        Assert.True(reference.SequenceEqual(ours), $"{name}:\n reference: [{string.Join(" | ", reference)}]\n ours:      [{string.Join(" | ", ours)}]");
    }

    [Fact]
    public void Implied_end_tags_make_siblings()
    {
        var doc = HtmlParser.Parse("<ul><li>a<li>b</ul><p>x<p>y");
        Assert.Equal(new[] { "html", "head", "body", "ul", "li", "li", "p", "p" }, Elements(doc).Select(e => doc.Name(e)!).ToArray());
        int ul = doc.First("ul");
        var lis = Elements(doc).Where(e => doc.Name(e) == "li").ToArray();
        Assert.All(lis, li => Assert.Equal(ul, doc.Parent(li)));
        var ps = Elements(doc).Where(e => doc.Name(e) == "p").ToArray();
        Assert.All(ps, p => Assert.Equal(doc.Body, doc.Parent(p)));
    }

    [Fact]
    public void Rows_without_tbody_get_one_as_in_html5()
    {
        var doc = HtmlParser.Parse("<table><tr><td>a</table>");
        Assert.Equal(new[] { "html", "head", "body", "table", "tbody", "tr", "td" }, Elements(doc).Select(e => doc.Name(e)!).ToArray());
    }

    [Fact]
    public void Head_elements_go_to_head_and_text_maps_to_the_source()
    {
        const string html = "<title>T &amp; U</title><meta name=description content=\"d &amp; e\"><p>Hello <b>world</b></p>";
        var doc = HtmlParser.Parse(html);
        int title = doc.First("title");
        Assert.Equal(doc.Head, doc.Parent(title));
        Assert.Equal("T & U", doc.TextContent(title));
        int meta = doc.First("meta");
        Assert.Equal("d & e", doc.GetAttr(meta, "CONTENT"));
        Assert.Equal("description", doc.GetAttr(meta, "name"));
        Assert.Null(doc.GetAttr(meta, "property"));
        int p = doc.First("p");
        Assert.Equal(doc.Body, doc.Parent(p));
        int hello = doc.FirstChild(p);
        Assert.True(doc.IsVerbatim(hello));
        Assert.Equal("Hello ", html.Substring(doc.SourceStart(hello), doc.SourceLength(hello)));
    }

    [Fact]
    public void The_first_of_duplicate_attributes_wins()
    {
        var doc = HtmlParser.Parse("<div id=a ID=b class=c>x</div>");
        int div = doc.First("div");
        Assert.Equal("a", doc.GetAttr(div, "id"));
        Assert.Equal("c", doc.GetAttr(div, "class"));
    }

    [Fact]
    public void Deep_nesting_is_bounded()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) sb.Append("<div>");
        sb.Append("deep text");
        for (int i = 0; i < 100_000; i++) sb.Append("</div>");
        var doc = HtmlParser.Parse(sb.ToString(), maxDepth: 512);
        Assert.True(doc.DroppedDeepTags > 0);
        Assert.True(MaxDepth(doc) <= 520, $"depth {MaxDepth(doc)}");
        Assert.Contains("deep text", doc.TextContent(doc.Body));
    }

    [Fact]
    public void Raw_text_ends_only_at_its_own_end_tag()
    {
        var doc = HtmlParser.Parse("<script>if (a</scripts) x = '</div>';</script><p>after</p>");
        int script = doc.First("script");
        Assert.Equal("if (a</scripts) x = '</div>';", doc.TextContent(script));
        Assert.Equal("after", doc.TextContent(doc.First("p")));
    }

    [Theory]
    [InlineData("a &amp; b", "a & b")]
    [InlineData("&#8220;q&#8221;", "\u201Cq\u201D")]
    [InlineData("&#x1F600;", "\U0001F600")]
    [InlineData("&#150;", "\u2013")]
    [InlineData("&#0;&#xD800;&#x110000;", "\uFFFD\uFFFD\uFFFD")]
    [InlineData("&nbsp&amp", "\u00A0&")]
    [InlineData("&unknown; & &#; &#x;", "&unknown; & &#; &#x;")]
    [InlineData("x\0y", "xy")]
    public void Character_references_are_decoded(string raw, string expected) =>
        Assert.Equal(expected, HtmlEntities.Decode(raw, attribute: false));

    [Fact]
    public void In_attributes_a_legacy_reference_before_a_letter_stays()
    {
        Assert.Equal("?a=1&copyx=2", HtmlEntities.Decode("?a=1&copyx=2", attribute: true));
        Assert.Equal("\u00A9 x", HtmlEntities.Decode("&copy x", attribute: true));
    }

    [Fact]
    public void Any_input_parses_into_a_consistent_bounded_tree()
    {
        var pieces = Gen.OneOf("<", ">", "</", "<p>", "</p>", "<div class=x>", "</div>", "<li>", "<td>", "<tr>", "<table>",
            "</table>", "<!--", "-->", "<![CDATA[", "]]>", "<script>", "</script>", "<svg>", "<a href='", "'", "\"", "=", "&amp;",
            "&#x", "&", ";", "text ", " ", "\n", "<br/>", "<title>", "<!doctype html>", "<body>", "<html>", "</body>", "\0", "é");
        pieces.Array[0, 60].Select(a => string.Concat(a)).Sample(html =>
        {
            var doc = HtmlParser.Parse(html, maxDepth: 16);
            Assert.True(MaxDepth(doc) <= 16 + 4);
            Assert.True(doc.Body > 0 && doc.Html > 0);
            for (int i = 1; i < doc.Count; i++)
            {
                int p = doc.Parent(i);
                Assert.True(p >= 0 && p < i && i < doc.SubtreeEnd(p), $"node {i} outside its parent's range");
                Assert.True(doc.SourceStart(i) >= 0 && doc.SourceStart(i) + doc.SourceLength(i) <= html.Length);
            }
            var set = BlockCollector.Collect(doc, doc.Body, default);
            Assert.All(set.Blocks, b => Assert.False(string.IsNullOrWhiteSpace(b.Text)));
        }, iter: 3000);
    }

    private static IEnumerable<int> Elements(HtmlDocument doc)
    {
        for (int i = 0; i < doc.Count; i++) if (doc.IsElement(i)) yield return i;
    }

    private static int MaxDepth(HtmlDocument doc)
    {
        int max = 0;
        for (int i = 1; i < doc.Count; i++)
        {
            int d = 0;
            for (int a = i; a > 0; a = doc.Parent(a)) d++;
            max = Math.Max(max, d);
        }
        return max;
    }

    private static List<string> OurBlocks(string html)
    {
        var doc = HtmlParser.Parse(html);
        return BlockCollector.Collect(doc, doc.Body, default).Blocks.Select(b => b.Text).ToList();
    }

    /// <summary>The same block walk (block tags, whitespace collapsing) over AngleSharp's tree.</summary>
    private static List<string> ReferenceBlocks(string html)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        using var doc = parser.ParseDocument(html);
        var blocks = new List<string>();
        var sb = new StringBuilder();
        bool pending = false;
        void Close()
        {
            if (sb.Length > 0) blocks.Add(sb.ToString());
            sb.Clear();
            pending = false;
        }
        void Walk(INode node)
        {
            if (node is IText t)
            {
                foreach (var ch in t.Data)
                {
                    if (char.IsWhiteSpace(ch)) { pending = sb.Length > 0; continue; }
                    if (pending) { sb.Append(' '); pending = false; }
                    sb.Append(ch);
                }
                return;
            }
            if (node is not IElement el) return;
            var name = el.LocalName;
            if (name is "br" or "hr") { Close(); return; }
            bool block = BlockCollector.IsBlock(name);
            if (block) Close();
            if (name is "img" or "input") pending = true;
            for (var c = el.FirstChild; c is not null; c = c.NextSibling) Walk(c);
            if (block) Close();
        }
        Walk(doc.Body!);
        Close();
        return blocks;
    }
}
