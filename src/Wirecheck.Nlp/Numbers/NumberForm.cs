namespace Wirecheck.Nlp.Numbers;

/// <summary>What kind of number a scanned core is.</summary>
public enum NumberForm : byte { Cardinal, Ordinal, Fraction, Multiplier, Vague }
