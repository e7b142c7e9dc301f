namespace Wirecheck.Nlp.Numbers;

/// <summary>A unit or currency from data/numbers/units.tsv: its code and where it is written.</summary>
public sealed record UnitInfo(string Unit, string Kind)
{
    public bool IsPrefix => Kind == "prefix";
    public bool IsPercent => Kind == "percent";
}
