namespace Wirecheck.Eval.Events;

/// <summary>
/// The three parts of the PLOVER gold sentences (see <see cref="PloverGold.Split"/>): the half the rules were
/// written on, the quarter opened for error analysis, and the sealed quarter that is only ever scored in aggregate.
/// </summary>
public enum PloverSplit
{
    /// <summary>Odd record numbers: the rules and lexicons were written looking at these.</summary>
    Tuned,
    /// <summary>Record numbers divisible by 4: held out in session 2, opened for error analysis in session 3.</summary>
    Analysis,
    /// <summary>Record numbers 2 mod 4: sealed; never printed, only their aggregate scores are reported.</summary>
    Sealed,
}
