namespace Wirecheck.Store.Corpus;

/// <summary>Maps a short text (a claim's object and predicate) to a unit vector; cosine = dot product.</summary>
public interface ITextEmbedder
{
    string Name { get; }
    float[] Embed(string text);
}
