namespace Wirecheck.Store.Embeddings;

/// <summary>A sentence encoder: texts to unit vectors (cosine = dot product), one batch at a time.</summary>
public interface ISentenceEncoder
{
    /// <summary>The model's name, stored with the corpus so vectors of different models are never compared.</summary>
    string Name { get; }

    int Dimensions { get; }

    /// <summary>One unit vector per text, in input order.</summary>
    float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct);
}
