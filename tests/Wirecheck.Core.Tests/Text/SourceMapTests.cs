namespace Wirecheck.Core.Tests.Text;

using CsCheck;
using Wirecheck.Core.Text;

public class SourceMapTests
{
    [Fact]
    public void Maps_copied_repaired_and_synthetic_text_back_to_the_input()
    {
        //          0123456789012345678901
        var input = "<p>he cat</p><p>dog</p>";
        var tb = new TextBuilder();
        tb.AppendRepair("drop-cap", "he", "The", 3, "lost initial");
        tb.AppendFromInput(input.AsSpan(5, 4), 5); // " cat"
        tb.AppendSynthetic("\n\n");
        tb.AppendFromInput(input.AsSpan(16, 3), 16); // "dog"
        var text = tb.ToText();
        var map = tb.ToSourceMap(input.Length);
        Assert.Equal("The cat\n\ndog", text);
        Assert.Equal(3, map.ToInput(0));                 // "The" starts where "he" started
        Assert.Equal(5, map.ToInput(3));                 // " cat"
        Assert.Equal(6, map.ToInput(4));                 // "c"
        Assert.Equal(16, map.ToInput(text.IndexOf("dog")));
        Assert.Equal(19, map.ToInput(text.Length));
        var r = Assert.Single(tb.Repairs);
        Assert.Equal("The", text[r.Start..r.End]);
    }

    [Fact]
    public void Copied_text_maps_to_identical_input_characters() =>
        Gen.String[Gen.Char.AlphaNumeric, 1, 60].Array[1, 8].Sample(pieces =>
        {
            var input = string.Join("||", pieces);
            var tb = new TextBuilder();
            int pos = 0;
            foreach (var p in pieces)
            {
                if (tb.Length > 0) tb.AppendSynthetic("\n");
                tb.AppendFromInput(p, pos);
                pos += p.Length + 2;
            }
            var text = tb.ToText();
            var map = tb.ToSourceMap(input.Length);
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n') continue;
                if (input[map.ToInput(i)] != text[i]) return false;
            }
            return true;
        });

    [Fact]
    public void TrimEnd_keeps_the_map_consistent()
    {
        var tb = new TextBuilder();
        tb.AppendFromInput("abc  ", 10);
        tb.TrimEnd();
        Assert.Equal("abc", tb.ToText());
        var map = tb.ToSourceMap(20);
        Assert.Equal(12, map.ToInput(2));
        Assert.Equal(13, map.ToInput(3));
    }
}
