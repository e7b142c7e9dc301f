namespace Wirecheck.Nlp.Tests.Numbers;

using Wirecheck.Core.Model;
using Wirecheck.Nlp.Numbers;
using Wirecheck.Nlp.Times;

/// <summary>Builds an article by hand and runs the time and number stages on it.</summary>
internal static class NumberTestKit
{
    public static Article Run(string text, DateTimeOffset? published = null)
    {
        var a = new Article(text, new InputInfo(null, null, null));
        a.Meta.Published = published;
        new TimeStage().Process(a, default);
        new NumberStage().Process(a, default);
        return a;
    }
}
