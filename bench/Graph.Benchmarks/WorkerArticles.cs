using System.Globalization;
using System.Text;

namespace Graph.Benchmarks;

/// <summary>Synthetic news articles for the worker benchmark: a few templates, varied actors, places and dates.</summary>
internal static class WorkerArticles
{
    private static readonly (string Name, string Role)[] Leaders =
    [
        ("Vladimir Putin", "Il presidente russo"),
        ("Alexander Lukashenko", "Il presidente bielorusso"),
        ("Emmanuel Macron", "Il presidente francese"),
        ("Recep Tayyip Erdogan", "Il presidente turco"),
        ("Volodymyr Zelensky", "Il presidente ucraino"),
        ("Xi Jinping", "Il presidente cinese"),
        ("Narendra Modi", "Il primo ministro indiano"),
        ("Giorgia Meloni", "La presidente del Consiglio"),
    ];

    private static readonly string[] Places = ["Mosca", "Parigi", "Ankara", "Kiev", "Pechino", "Nuova Delhi", "Roma", "Minsk"];

    private static readonly string[] Templates =
    [
        "{0} {1} ha incontrato ieri a {4} {2} {3}. Al centro dei colloqui la sicurezza regionale e l'energia.",
        "{0} {1} ha avuto un colloquio telefonico con {2} {3}, ha reso noto il suo portavoce. I due leader hanno discusso della crisi.",
        "{0} {1} ha criticato duramente {2} {3} durante una conferenza stampa a {4}.",
        "{0} {1} si è recato in visita a {4}, dove è stato ricevuto da {2} {3}.",
    ];

    public static void Write(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var day = new DateOnly(2023, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var a = Leaders[random.Next(Leaders.Length)];
            var b = Leaders[random.Next(Leaders.Length)];
            while (b == a) b = Leaders[random.Next(Leaders.Length)];
            var published = day.AddDays(random.Next(3 * 365));
            var body = string.Format(CultureInfo.InvariantCulture, Templates[random.Next(Templates.Length)],
                a.Role, a.Name, b.Role.ToLowerInvariant(), b.Name, Places[random.Next(Places.Length)]);
            var text = new StringBuilder()
                .Append("---\n")
                .Append(CultureInfo.InvariantCulture, $"title: Notizia {seed}-{i}\n")
                .Append(CultureInfo.InvariantCulture, $"published: {published:yyyy-MM-dd}\n")
                .Append("language: it\n")
                .Append("---\n")
                .Append(body).Append('\n')
                // A serial sentence keeps every article's content (and so its id) unique.
                .Append(CultureInfo.InvariantCulture, $"Aggiornamento numero {seed}-{i} della redazione esteri.\n")
                .ToString();
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"article-{seed}-{i:D6}.txt")), text);
        }
    }
}
