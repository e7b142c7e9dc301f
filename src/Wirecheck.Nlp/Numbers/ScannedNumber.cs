namespace Wirecheck.Nlp.Numbers;

/// <summary>A number read at a position, before hedges and ranges: value, form, unit and piece range.</summary>
internal struct ScannedNumber
{
    public int First;       // index of the first Lex piece (currency prefix included)
    public int End;         // index after the last piece
    public double Value;    // the value (for Vague: the lower bound)
    public NumberForm Form;
    public string? Unit;
    public double Scale;    // 1, or the scale word's factor ("million")
    public bool Words;      // written in words
}
