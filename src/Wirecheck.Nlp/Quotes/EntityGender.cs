namespace Wirecheck.Nlp.Quotes;

using Wirecheck.Core.Model;

/// <summary>
/// The gender of each person entity as the article itself shows it, so that "she said" is not given to a man: an
/// honorific before a mention (Mr. / Ms., Mrs., Miss) or a gendered title (spokeswoman, widow, congressman) counts
/// three; each he/him/his/himself or she/her/hers/herself of a sentence (outside quotations) whose only named person is
/// the entity, after that name, counts one (none when a pronoun comes before the name: "She says Bo Diaz ..." is about
/// someone else), and so does a next sentence that opens with He / She. No first-name list: a name the article
/// never genders stays <see cref="PersonGender.Unknown"/> and fits either pronoun.
/// </summary>
public static class EntityGender
{
    private static readonly HashSet<string> MaleHonorifics = new(StringComparer.Ordinal) { "Mr.", "Mr" };
    private static readonly HashSet<string> FemaleHonorifics = new(StringComparer.Ordinal) { "Ms.", "Ms", "Mrs.", "Mrs", "Miss" };
    private static readonly HashSet<string> MaleWords = new(StringComparer.OrdinalIgnoreCase)
        { "spokesman", "congressman", "businessman", "chairman", "father", "husband", "son", "brother", "king", "actor", "grandfather", "uncle", "nephew", "boyfriend" };
    private static readonly HashSet<string> FemaleWords = new(StringComparer.OrdinalIgnoreCase)
        { "spokeswoman", "congresswoman", "businesswoman", "chairwoman", "mother", "wife", "widow", "daughter", "sister", "queen", "actress", "grandmother", "aunt", "niece", "girlfriend", "lady" };

    /// <param name="mentions">Every mention with its entity, sorted by start.</param>
    /// <param name="insideQuote">Whether a character offset lies inside a quotation.</param>
    public static Dictionary<string, PersonGender> Infer(Article a, IReadOnlyList<(Mention M, Entity E)> mentions, Func<int, bool> insideQuote)
    {
        var male = new Dictionary<string, int>(StringComparer.Ordinal);
        var female = new Dictionary<string, int>(StringComparer.Ordinal);
        void Vote(Dictionary<string, int> d, string id, int n) => d[id] = d.GetValueOrDefault(id) + n;
        foreach (var e in a.Entities)
        {
            if (e.Type != EntityType.PERSON) continue;
            foreach (var t in e.Titles)
                foreach (var w in t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (MaleWords.Contains(w)) Vote(male, e.Id, 3);
                    if (FemaleWords.Contains(w)) Vote(female, e.Id, 3);
                }
        }
        foreach (var (m, e) in mentions)
        {
            if (e.Type != EntityType.PERSON) continue;
            var before = WordBefore(a.Text, m.Start);
            var first = FirstWord(a.Text, m.Start, m.End);
            if (MaleHonorifics.Contains(before) || MaleHonorifics.Contains(first)) Vote(male, e.Id, 3);
            if (FemaleHonorifics.Contains(before) || FemaleHonorifics.Contains(first)) Vote(female, e.Id, 3);
        }
        // pronouns in sentences that name exactly one person; a sentence with a pronoun before that name ("She says Trump
        // ...", "used by his rival Hillary Clinton") is about someone named before, not that person: it gives no vote and
        // carries the previous sentence's person on to the next one
        int k = 0;
        string? previousOnly = null;
        foreach (var s in a.Sentences)
        {
            string? only = null; bool several = false; int firstName = s.End;
            while (k < mentions.Count && mentions[k].M.Start < s.Start) k++;
            for (int j = k; j < mentions.Count && mentions[j].M.Start < s.End; j++)
            {
                var (m, e) = mentions[j];
                if (e.Type != EntityType.PERSON || insideQuote(m.Start) || IsPronoun(a.Text, m)) continue;
                if (only is null) { only = e.Id; firstName = m.Start; } else if (only != e.Id) several = true;
            }
            if (several) only = null;
            int he = 0, she = 0; bool opensHe = false, opensShe = false, pronounFirst = false;
            for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount && t < a.Tokens.Count; t++)
            {
                var tok = a.Tokens[t];
                if (insideQuote(tok.Start)) continue;
                var w = a.Text.AsSpan(tok.Start, tok.End - tok.Start);
                bool m1 = OneOf(w, MalePronouns), f1 = OneOf(w, FemalePronouns);
                if (t == s.FirstToken) { opensHe = m1; opensShe = f1; }
                if (tok.Start < firstName) { pronounFirst |= m1 || f1; continue; }
                if (m1) he++;
                if (f1) she++;
            }
            if (only is not null && !pronounFirst) { if (he > 0 && she == 0) Vote(male, only, 1); if (she > 0 && he == 0) Vote(female, only, 1); }
            if (previousOnly is not null && previousOnly != only) { if (opensHe) Vote(male, previousOnly, 1); if (opensShe) Vote(female, previousOnly, 1); }
            // an opening He / She carries the previous sentence's person on to the next sentence
            if (!pronounFirst) previousOnly = only;
        }
        var result = new Dictionary<string, PersonGender>(StringComparer.Ordinal);
        foreach (var e in a.Entities)
        {
            int mv = male.GetValueOrDefault(e.Id), fv = female.GetValueOrDefault(e.Id);
            if (mv != fv) result[e.Id] = mv > fv ? PersonGender.Male : PersonGender.Female;
        }
        return result;
    }

    /// <summary>The gender a person noun carries ("businessman", "mother"), or Unknown.</summary>
    public static PersonGender OfNoun(string noun) =>
        MaleWords.Contains(noun) ? PersonGender.Male : FemaleWords.Contains(noun) ? PersonGender.Female : PersonGender.Unknown;

    internal static bool IsPronoun(string text, Mention m) => OneOf(text.AsSpan(m.Start, m.End - m.Start), Pronouns);

    private static readonly string[] Pronouns = ["he", "she", "it", "they", "him", "her", "them", "his", "its", "their"];
    private static readonly string[] MalePronouns = ["he", "him", "his", "himself"];
    private static readonly string[] FemalePronouns = ["she", "her", "hers", "herself"];

    private static bool OneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var x in words) if (word.Equals(x, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static string WordBefore(string text, int start)
    {
        int e = start;
        while (e > 0 && text[e - 1] == ' ') e--;
        int b = e;
        while (b > 0 && e - b < 6 && !char.IsWhiteSpace(text[b - 1])) b--;
        return text[b..e];
    }

    private static string FirstWord(string text, int start, int end)
    {
        int e = start;
        while (e < end && !char.IsWhiteSpace(text[e])) e++;
        return text[start..e];
    }
}
