namespace Wirecheck.Nlp.Quotes;

/// <summary>
/// The feature hashing shared by the attribution tagger's features and the cue and source rankers (FNV-1a constants
/// and a template/value mix). Model files store these hashes: changing them invalidates every attribution model.
/// </summary>
internal static class FeatureHash
{
    public const ulong Offset = 14695981039346656037UL;
    public const ulong Prime = 1099511628211UL;

    /// <summary>The hash of one feature: its template id and its value.</summary>
    public static ulong Mix(ulong template, ulong value)
    {
        ulong h = (Offset ^ template) * Prime;
        h = (h ^ value) * Prime;
        h ^= h >> 29;
        return h;
    }
}
