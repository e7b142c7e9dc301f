namespace Wirecheck.Bench.Store;

using System.Globalization;
using System.Text;

/// <summary>
/// Deterministic synthetic news articles (title and paragraphs with people, places, organisations, numbers and
/// quotes) for store benchmarks and the crash test. Every article is different (its index is part of the text).
/// </summary>
public sealed class ArticleGenerator(int seed)
{
    private static readonly string[] People = { "Maria Lopez", "Ahmed Karimi", "Olena Shevchenko", "John Carter", "Li Wei", "Fatima Diallo", "Pierre Martin", "Anna Kowalska", "Kenji Sato", "Grace Okafor" };
    private static readonly string[] Places = { "Kharkiv", "Lagos", "Lyon", "Osaka", "Gdansk", "Mombasa", "Porto", "Tucson", "Hanoi", "Quito", "Bergen", "Izmir" };
    private static readonly string[] Orgs = { "the health ministry", "the city council", "the central bank", "the port authority", "the electoral commission", "the national guard", "the teachers' union", "the weather service" };
    private static readonly string[] Subjects = { "flood", "strike", "election", "budget", "wildfire", "bridge collapse", "vaccine campaign", "power outage", "trade deal", "bus crash", "heat wave", "protest" };
    private static readonly string[] Verbs = { "said", "told reporters", "announced", "confirmed", "warned", "added", "wrote in a statement" };
    private static readonly string[] Objects = { "residents were evacuated", "people were injured", "homes were damaged", "workers joined the action", "schools were closed", "flights were cancelled", "arrests were made", "million euros were pledged" };
    private static readonly string[] Filler =
    {
        "Officials said the situation was being monitored closely and that further updates would follow.",
        "Local media reported long queues outside public offices as people waited for information.",
        "The opposition criticised the response and called for an independent review.",
        "Analysts said the events could weigh on the regional economy in the coming months.",
        "Emergency teams worked through the night, according to a spokesperson.",
        "Several roads remained closed on Tuesday morning while repairs continued.",
    };

    public (string Title, string Text, DateTimeOffset Published) Article(int index, int paragraphs = 6)
    {
        var rng = new Random(HashCode.Combine(seed, index));
        string place = Pick(rng, Places), subject = Pick(rng, Subjects), person = Pick(rng, People), org = Pick(rng, Orgs);
        var title = $"{Cap(subject)} in {place}: {Pick(rng, Objects).Split(' ')[0]} affected, {org} says (report {index})";
        var sb = new StringBuilder();
        sb.Append(title).Append("\n\n");
        for (int p = 0; p < paragraphs; p++)
        {
            int n = rng.Next(2, 5000);
            switch (rng.Next(4))
            {
                case 0:
                    sb.Append($"\"We are doing everything we can,\" {person} of {org} {Pick(rng, Verbs)}, adding that {n.ToString("N0", CultureInfo.InvariantCulture)} {Pick(rng, Objects)} in {place} since {Day(rng)}. ");
                    break;
                case 1:
                    sb.Append($"According to {org}, at least {n} {Pick(rng, Objects)} after the {subject} hit {place} on {Day(rng)}. ");
                    break;
                case 2:
                    sb.Append($"{person} {Pick(rng, Verbs)} that about {n} {Pick(rng, Objects)}, more than in any year since {rng.Next(1950, 2020)}. ");
                    break;
                default:
                    sb.Append($"The {subject} in {place} is the {Ordinal(rng.Next(2, 9))} this year, reference {index}-{p}. ");
                    break;
            }
            sb.Append(Pick(rng, Filler)).Append(' ').Append(Pick(rng, Filler)).Append("\n\n");
        }
        var published = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(index * 7 + rng.Next(7));
        return (title, sb.ToString().TrimEnd(), published);
    }

    private static string Pick(Random r, string[] a) => a[r.Next(a.Length)];
    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];
    private static string Day(Random r) => new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" }[r.Next(7)];
    private static string Ordinal(int n) => n switch { 2 => "second", 3 => "third", 4 => "fourth", 5 => "fifth", 6 => "sixth", 7 => "seventh", _ => "eighth" };

    /// <summary>Writes <paramref name="count"/> articles as .txt files into <paramref name="dir"/>.</summary>
    public void WriteFiles(string dir, int count)
    {
        Directory.CreateDirectory(dir);
        for (int i = 0; i < count; i++)
        {
            var (_, text, _) = Article(i);
            File.WriteAllText(Path.Combine(dir, $"a{i:D6}.txt"), text);
        }
    }

    public static string[] QueryWords => People.SelectMany(p => p.Split(' ')).Concat(Places).Concat(Subjects).Concat(new[] { "evacuated", "injured", "statement", "opposition", "queues", "economy", "repairs" }).ToArray();
}
