namespace Wirecheck.TestSupport;

using Wirecheck.Core.Model;
using Xunit;

/// <summary>
/// Checks that hold for every layer of every document: ranges inside the text and well-formed, tokens
/// disjoint and covering every non-space character, sentences disjoint and covering every token, every
/// referenced id existing, and every offset mapping back into the input.
/// </summary>
public static class Invariants
{
    public static void Check(Article a)
    {
        int n = a.Text.Length;
        void InText(int start, int end, string what)
        {
            Assert.True(start >= 0 && start <= end && end <= n, $"{what} [{start},{end}) outside text of length {n}");
            int s = a.SourceMap.ToInput(start), e = a.SourceMap.ToInput(end);
            Assert.True(s >= 0 && s <= a.SourceMap.InputLength && e >= s && e <= a.SourceMap.InputLength,
                $"{what} [{start},{end}) maps to input [{s},{e}) outside input of length {a.SourceMap.InputLength}");
        }

        foreach (var b in a.Blocks) InText(b.Start, b.End, "block");
        for (int i = 1; i < a.Blocks.Count; i++)
            Assert.True(a.Blocks[i].Start >= a.Blocks[i - 1].End, "blocks overlap or are out of order");
        foreach (var r in a.Repairs)
        {
            InText(r.Start, r.End, "repair");
            Assert.Equal(r.After, a.Covered(r.Start, r.End));
        }

        if (a.IsAssigned(Layers.Tokens))
        {
            int prev = 0;
            foreach (var t in a.Tokens)
            {
                InText(t.Start, t.End, "token");
                Assert.True(t.End > t.Start, $"empty token at {t.Start}");
                Assert.True(t.Start >= prev, $"token at {t.Start} overlaps the previous one");
                for (int k = prev; k < t.Start; k++)
                    Assert.True(char.IsWhiteSpace(a.Text[k]), $"character {k} '{a.Text[k]}' is in no token");
                prev = t.End;
            }
            for (int k = prev; k < n; k++) Assert.True(char.IsWhiteSpace(a.Text[k]), $"character {k} is in no token");
        }
        if (a.IsAssigned(Layers.Sentences))
        {
            int nextToken = 0, prevEnd = 0;
            foreach (var s in a.Sentences)
            {
                InText(s.Start, s.End, "sentence");
                Assert.Equal(nextToken, s.FirstToken);
                Assert.True(s.TokenCount > 0, "empty sentence");
                Assert.True(s.Start >= prevEnd, "sentences overlap");
                Assert.Equal(a.Tokens[s.FirstToken].Start, s.Start);
                Assert.Equal(a.Tokens[s.FirstToken + s.TokenCount - 1].End, s.End);
                nextToken += s.TokenCount;
                prevEnd = s.End;
                if (s.Checkworthiness is { } cw) Assert.InRange(cw, 0.0, 1.0);
            }
            Assert.Equal(a.Tokens.Count, nextToken);
        }

        var entityIds = new HashSet<string>();
        foreach (var e in a.Entities)
        {
            Assert.True(entityIds.Add(e.Id), $"duplicate entity id {e.Id}");
            Assert.False(string.IsNullOrWhiteSpace(e.Name), $"entity {e.Id} has no name");
            foreach (var m in e.Mentions) InText(m.Start, m.End, $"mention of {e.Id}");
            if (e.Country is not null) Assert.Matches("^[A-Z]{3}$", e.Country);
        }
        var quoteIds = new HashSet<string>();
        foreach (var q in a.Quotes)
        {
            Assert.True(quoteIds.Add(q.Id), $"duplicate quote id {q.Id}");
            InText(q.Content.Start, q.Content.End, $"content of {q.Id}");
            if (q.Source is { } src) InText(src.Start, src.End, $"source of {q.Id}");
            if (q.Cue is { } cue) InText(cue.Start, cue.End, $"cue of {q.Id}");
            if (q.Speaker is not null) Assert.Contains(q.Speaker, entityIds);
            Assert.InRange(q.Confidence, 0.0, 1.0);
        }
        foreach (var c in a.Claims)
        {
            InText(c.Span.Start, c.Span.End, $"claim {c.Id}");
            if (c.AttributedTo is not null) Assert.Contains(c.AttributedTo, quoteIds);
            if (c.Place is not null) Assert.Contains(c.Place, entityIds);
            if (c.Time is { } t) InText(t.Start, t.End, $"time of {c.Id}");
        }
        foreach (var v in a.Events)
        {
            InText(v.Trigger.Start, v.Trigger.End, $"trigger of {v.Id}");
            foreach (var x in v.Actors) Assert.Contains(x, entityIds);
            foreach (var x in v.Recipients) Assert.Contains(x, entityIds);
            if (v.Location is not null) Assert.Contains(v.Location, entityIds);
            if (v.AttributedTo is not null) Assert.Contains(v.AttributedTo, quoteIds);
        }
    }
}
