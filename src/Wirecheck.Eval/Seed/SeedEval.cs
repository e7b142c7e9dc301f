namespace Wirecheck.Eval.Seed;

using Wirecheck.Eval.Framework;

/// <summary>Checks <c>gold/seed.expected.json</c> item by item (see the gold README for the matching rules).</summary>
public sealed class SeedEval : IEvalTask
{
    public string Name => "seed";
    public string Description => "the founding article's expected facts, item by item";
    public string DefaultDataPath => "gold";

    public EvalReport Run(EvalContext context)
    {
        var gold = Path.Combine(context.DataDir, "seed.expected.json");
        if (!File.Exists(gold)) throw new FileNotFoundException($"{gold}: not found");
        var checker = new SeedChecker(gold);
        return checker.Run(context);
    }
}
