namespace Wirecheck.Eval.Framework;

using Wirecheck.Eval.Checkworthy;
using Wirecheck.Eval.Attribution;
using Wirecheck.Eval.Events;
using Wirecheck.Eval.Ner;
using Wirecheck.Eval.Seed;

/// <summary>Every evaluation task, in the order the gate runs them. Adding a task is one line here.</summary>
public static class EvalRegistry
{
    public static IReadOnlyList<IEvalTask> All { get; } = new IEvalTask[]
    {
        new SeedEval(),
        new Wirecheck.Eval.Extraction.ExtractionEval(),
        new NerEval(),
        new Geo.GeoEval(),
        new AttributionEval(),
        new CheckworthyEval(),
        new EventsEval(),
        new Wirecheck.Eval.Speakers.SpeakerEval(),
    };

    public static IEvalTask? Find(string name) => All.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
