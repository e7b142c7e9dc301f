namespace Wirecheck.Nlp.Quotes;

/// <summary>The BIO tags of the attribution tagger: outside, then begin/inside for source, cue and content.</summary>
public static class RoleTags
{
    public const int O = 0, BSource = 1, ISource = 2, BCue = 3, ICue = 4, BContent = 5, IContent = 6;
    public const int Count = 7;

    /// <summary>The role of a tag: 0 none, 1 source, 2 cue, 3 content.</summary>
    public static int Role(int tag) => (tag + 1) / 2;

    public static bool IsBegin(int tag) => tag != O && (tag & 1) == 1;

    /// <summary>An inside tag may only follow a tag of the same role.</summary>
    public static bool Allowed(int previous, int tag) => IsBegin(tag) || tag == O || (previous >= 0 && Role(previous) == Role(tag));
}
