namespace Wirecheck.Nlp.Events;

/// <summary>Regular English inflection for trigger lemmas: verb forms and noun plurals (over-generation is harmless).</summary>
public static class EnglishForms
{
    public static IEnumerable<string> Verb(string lemma, IReadOnlyDictionary<string, string[]> irregular)
    {
        yield return lemma;
        if (irregular.TryGetValue(lemma, out var forms))
        {
            foreach (var f in forms) yield return f;
            yield break;
        }
        yield return ThirdPerson(lemma);
        bool e = lemma.EndsWith('e');
        bool consY = lemma.Length > 1 && lemma[^1] == 'y' && !IsVowel(lemma[^2]);
        if (e) { yield return lemma + "d"; }
        else if (consY) { yield return lemma[..^1] + "ied"; }
        else { yield return lemma + "ed"; }
        if (e && !lemma.EndsWith("ee") && lemma.Length > 2) yield return lemma[..^1] + "ing";
        else yield return lemma + "ing";
        if (IsCvc(lemma))
        {
            var dbl = lemma + lemma[^1];
            yield return dbl + "ed";
            yield return dbl + "ing";
        }
        if (lemma.EndsWith('l')) { yield return lemma + "led"; yield return lemma + "ling"; }
    }

    public static string ThirdPerson(string w)
    {
        if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch") || w.EndsWith("sh")) return w + "es";
        if (w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2])) return w[..^1] + "ies";
        return w + "s";
    }

    public static string Plural(string w) => ThirdPerson(w);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsCvc(string w) =>
        w.Length >= 3 && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && !IsVowel(w[^3]);
}
