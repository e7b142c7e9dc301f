namespace Wirecheck.Nlp.Entities;

/// <summary>The BIO tags the tagger predicts: <c>O</c>, then <c>B-</c>/<c>I-</c> for each of the corpus types.</summary>
public static class NerTagSet
{
    /// <summary>The corpus types, in the order their tags are numbered.</summary>
    public static readonly string[] Types = ["PER", "ORG", "LOC", "NORP", "MISC"];

    public static int Count => 1 + 2 * Types.Length;

    public const int Outside = 0;

    public static int Begin(int type) => 1 + 2 * type;
    public static int Inside(int type) => 2 + 2 * type;
    public static bool IsBegin(int tag) => tag > 0 && tag % 2 == 1;
    public static bool IsInside(int tag) => tag > 0 && tag % 2 == 0;
    public static int TypeOf(int tag) => (tag - 1) / 2;

    public static string Name(int tag) => tag == 0 ? "O" : (IsBegin(tag) ? "B-" : "I-") + Types[TypeOf(tag)];

    /// <summary>Tag index of a tag name; unknown types (e.g. GPE) map to LOC, malformed ones to O.</summary>
    public static int Parse(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-') return Outside;
        var type = tag.AsSpan(2);
        if (type.SequenceEqual("GPE")) type = "LOC";
        for (int t = 0; t < Types.Length; t++)
            if (type.SequenceEqual(Types[t])) return tag[0] == 'B' ? Begin(t) : tag[0] == 'I' ? Inside(t) : Outside;
        return Outside;
    }
}
