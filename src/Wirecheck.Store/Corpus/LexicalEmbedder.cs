namespace Wirecheck.Store.Corpus;

/// <summary>
/// The fast, dependency-free embedder: hashed stemmed content words plus character 4-grams of each word,
/// L2-normalised. Catches shared vocabulary and morphology ("captured"/"capture", "soldiers"/"soldier");
/// paraphrases with no word in common need a sentence encoder (MiniLM).
/// </summary>
public sealed class LexicalEmbedder : ITextEmbedder
{
    public const int Dimensions = 1024;
    public string Name => "lexical";

    public float[] Embed(string text)
    {
        var v = new float[Dimensions];
        foreach (var w in LightStemmer.ContentWords(text))
        {
            Add(v, w, 1.0f);
            if (w.Length >= 5)
                for (int i = 0; i + 4 <= w.Length; i++) Add(v, "#" + w.Substring(i, 4), 0.25f);
        }
        Normalize(v);
        return v;
    }

    /// <summary>The dot product of two vectors of one length (their cosine when both are L2-normalised), vectorised.</summary>
    public static float Cosine(float[] a, float[] b)
    {
        int n = Math.Min(a.Length, b.Length);
        var acc = System.Numerics.Vector<float>.Zero;
        int i = 0;
        int w = System.Numerics.Vector<float>.Count;
        var sa = a.AsSpan(0, n);
        var sb = b.AsSpan(0, n);
        for (; i + w <= n; i += w)
            acc += new System.Numerics.Vector<float>(sa[i..]) * new System.Numerics.Vector<float>(sb[i..]);
        float s = System.Numerics.Vector.Sum(acc);
        for (; i < n; i++) s += sa[i] * sb[i];
        return s;
    }

    public static void Normalize(float[] v)
    {
        double n = 0;
        foreach (var x in v) n += x * x;
        if (n <= 0) return;
        float inv = (float)(1 / Math.Sqrt(n));
        for (int i = 0; i < v.Length; i++) v[i] *= inv;
    }

    private static void Add(float[] v, string feature, float weight)
    {
        uint h = 2166136261;
        foreach (char c in feature) { h ^= c; h *= 16777619; }
        v[h % Dimensions] += weight;
    }
}
