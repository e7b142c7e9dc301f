namespace Wirecheck.Eval.Seed;

using Wirecheck.Eval.Framework;

internal sealed class SeedChecker(string goldPath)
{
    public EvalReport Run(EvalContext context)
    {
        var r = new EvalReport("seed");
        r.Metrics["passed"] = 0;
        return r;
    }
}
