namespace Wirecheck.Store.Corpus;

using System.Globalization;
using Wirecheck.Store.Rows;

/// <summary>The set of values a claim's quantity allows: exact values are points (widened 10% when approximate).</summary>
public readonly record struct QuantityInterval(double Lo, bool LoInclusive, double Hi, bool HiInclusive)
{
    public static QuantityInterval? Of(ClaimRow c)
    {
        bool hedged = !string.IsNullOrWhiteSpace(c.Hedge);
        if (c.Value is { } v && (!hedged || (c.Min is null && c.Max is null)))
        {
            if (c.Approximate || (hedged && c.Min is null && c.Max is null)) return new(v * 0.9, true, v * 1.1, true);
            return new(v, true, v, true);
        }
        if (c.Min is null && c.Max is null) return null;
        return new(c.Min ?? double.NegativeInfinity, c.Min is not null && c.MinInclusive, c.Max ?? double.PositiveInfinity, c.Max is not null && c.MaxInclusive);
    }

    /// <summary>True when no value satisfies both ("two" vs "six"; "more than 150" vs "100").</summary>
    public static bool Disjoint(QuantityInterval a, QuantityInterval b) => Before(a, b) || Before(b, a);

    private static bool Before(QuantityInterval a, QuantityInterval b) =>
        a.Hi < b.Lo || (a.Hi == b.Lo && !(a.HiInclusive && b.LoInclusive));

    /// <summary>A representative magnitude (the finite bound or midpoint), for order-of-magnitude checks.</summary>
    public double? Magnitude => double.IsFinite(Lo) && double.IsFinite(Hi) ? (Lo + Hi) / 2 : double.IsFinite(Lo) ? Lo : double.IsFinite(Hi) ? Hi : null;

    public override string ToString()
    {
        static string F(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);
        if (Lo == Hi) return F(Lo);
        var lo = double.IsFinite(Lo) ? (LoInclusive ? "[" : "(") + F(Lo) : "(-∞";
        var hi = double.IsFinite(Hi) ? F(Hi) + (HiInclusive ? "]" : ")") : "∞)";
        return lo + ", " + hi;
    }
}
