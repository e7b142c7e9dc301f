namespace Wirecheck.Nlp.Numbers;

/// <summary>How a hedge turns a value v into an interval (see data/numbers/hedges.tsv).</summary>
public enum HedgeKind
{
    /// <summary>(v, ∞)</summary>
    Gt,
    /// <summary>[v, ∞)</summary>
    Ge,
    /// <summary>(-∞, v)</summary>
    Lt,
    /// <summary>(-∞, v]</summary>
    Le,
    /// <summary>[0.9v, 1.1v], approximate</summary>
    Approx,
    /// <summary>[0.9v, v), approximate</summary>
    ApproxBelow,
    /// <summary>(v, 1.1v], approximate</summary>
    ApproxAbove,
    /// <summary>[v, v]</summary>
    Exact,
    /// <summary>"between X and Y": [X, Y]</summary>
    Between,
    /// <summary>"from X to Y": [X, Y]</summary>
    From,
    /// <summary>"X or more": [v, ∞)</summary>
    GePost,
    /// <summary>"X or so": approximate</summary>
    ApproxPost,
    /// <summary>"X or fewer": (-∞, v]</summary>
    LePost,
}
