namespace Wirecheck.Nlp.Events;

using Wirecheck.Core.Model;
using Wirecheck.Core.Pipeline;

/// <summary>
/// Fills <see cref="Article.Events"/>: codes every sentence with <see cref="EventCoder"/> and writes each event with
/// its entity ids (actors, recipients, location), argument spans, date and modality. Uses entities, quotes and
/// times when earlier stages filled them; works from the name lexicon alone otherwise.
/// </summary>
public sealed class EventStage : IStage
{
    private readonly EventCoder _coder;

    public EventStage(EventCoder? coder = null) => _coder = coder ?? new EventCoder();

    public StageInfo Info { get; } = StageInfo.Of("events", [Layers.Tokens, Layers.Sentences], [Layers.Events]);

    public void Process(Article article, CancellationToken ct)
    {
        article.Events.Clear();
        var spans = article.Sentences.Count > 0
            ? article.Sentences.Select(s => (s.Start, s.End)).ToList()
            : article.Blocks.Select(b => (b.Start, b.End)).ToList();
        int n = 0;
        for (int si = 0; si < spans.Count; si++)
        {
            ct.ThrowIfCancellationRequested();
            var (start, end) = spans[si];
            if (end - start > 5000) end = start + 5000; // bound the work on a run-on "sentence"
            foreach (var ev in _coder.CodeSentence(article, start, end, si))
                article.Events.Add(ToEvent(article, ev, ++n));
        }
    }

    /// <summary>Confidence of a coded event: grows with its trigger weight (governing verbs highest).</summary>
    public static double ConfidenceOf(int weight) => Math.Round(0.45 + 0.15 * Math.Clamp(weight, 0, 3), 2);

    public static Event ToEvent(Article a, CodedEvent ev, int number)
    {
        var v = new Event
        {
            Id = "v" + number,
            Type = ev.Type,
            Mode = ev.Mode,
            Trigger = new TextSpan(ev.TriggerStart, ev.TriggerEnd),
            Negated = ev.Negated,
            Hypothetical = ev.Hypothetical,
            Future = ev.Future,
            Reported = ev.Reported,
            AttributedTo = ev.AttributedTo,
            Date = ev.Date,
            Confidence = ConfidenceOf(ev.Weight),
        };
        foreach (var x in ev.Actors)
        {
            if (x.Entity is not null && !v.Actors.Contains(x.Entity)) v.Actors.Add(x.Entity);
            v.Arguments.Add(new EventArgument("actor", x.Start, x.End, x.Entity, x.Country, x.Sector));
        }
        foreach (var x in ev.Recipients)
        {
            if (x.Entity is not null && !v.Recipients.Contains(x.Entity)) v.Recipients.Add(x.Entity);
            v.Arguments.Add(new EventArgument("recipient", x.Start, x.End, x.Entity, x.Country, x.Sector));
        }
        if (ev.Location is { } l)
        {
            v.Location = l.Entity;
            v.Arguments.Add(new EventArgument("location", l.Start, l.End, l.Entity, l.Country, null));
        }
        return v;
    }
}
