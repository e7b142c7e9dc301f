namespace Wirecheck.Nlp.Tests.Events;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Events;

/// <summary>Codes one hand-written sentence with the events stage alone, and reads its headline event.</summary>
internal static class EventSentence
{
    /// <summary>The sentence as an article of one paragraph and one sentence, before any stage has run.</summary>
    public static Article Prepare(string text, DateTimeOffset? published = null)
    {
        var a = new Article(text, new InputInfo("test.txt", null, null));
        a.Blocks.Add(new Block(0, text.Length, BlockKind.Paragraph));
        a.Sentences.Add(new Sentence(0, text.Length, 0, 0));
        if (published is not null) a.Meta.Published = published;
        return a;
    }

    /// <summary>Runs the events stage on <paramref name="a"/> and returns it.</summary>
    public static Article Run(Article a)
    {
        new EventStage().Process(a, CancellationToken.None);
        return a;
    }

    /// <summary>The sentence coded; <paramref name="layers"/> adds layers (entities, quotes) first.</summary>
    public static Article Code(string text, Action<Article>? layers = null)
    {
        var a = Prepare(text);
        layers?.Invoke(a);
        return Run(a);
    }

    /// <summary>The event the eval scores: highest confidence, then earliest trigger.</summary>
    public static Event Headline(Article a)
    {
        Assert.NotEmpty(a.Events);
        return a.Events.OrderByDescending(e => e.Confidence).ThenBy(e => e.Trigger.Start).First();
    }

    public static string? Country(Event e, string role) => e.Arguments.FirstOrDefault(x => x.Role == role)?.Country;
}
