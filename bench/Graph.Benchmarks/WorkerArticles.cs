using System.Globalization;
using System.Text;

namespace Graph.Benchmarks;

/// <summary>
/// Synthetic news articles for the worker benchmark. <see cref="Write"/> makes news-sized articles
/// (several paragraphs, 2–4 KB, Italian or English, several actors and events each) from paragraph
/// templates; <see cref="WriteShort"/> makes one- or two-sentence snippets, where the per-file cost
/// of the worker (ledger, store transaction, file move) dominates.
/// </summary>
internal static class WorkerArticles
{
    private sealed record Leader(string Name, string Surname, string RoleIt, string RoleEn, string CountryIt, string CountryEn);

    private static readonly Leader[] Leaders =
    [
        new("Vladimir Putin", "Putin", "il presidente russo", "Russian President", "Russia", "Russia"),
        new("Alexander Lukashenko", "Lukashenko", "il presidente bielorusso", "Belarusian President", "Bielorussia", "Belarus"),
        new("Emmanuel Macron", "Macron", "il presidente francese", "French President", "Francia", "France"),
        new("Recep Tayyip Erdogan", "Erdogan", "il presidente turco", "Turkish President", "Turchia", "Turkey"),
        new("Volodymyr Zelensky", "Zelensky", "il presidente ucraino", "Ukrainian President", "Ucraina", "Ukraine"),
        new("Xi Jinping", "Xi", "il presidente cinese", "Chinese President", "Cina", "China"),
        new("Narendra Modi", "Modi", "il primo ministro indiano", "Indian Prime Minister", "India", "India"),
        new("Giorgia Meloni", "Meloni", "la presidente del Consiglio", "Italian Prime Minister", "Italia", "Italy"),
        new("Olaf Scholz", "Scholz", "il cancelliere tedesco", "German Chancellor", "Germania", "Germany"),
        new("Keir Starmer", "Starmer", "il primo ministro britannico", "British Prime Minister", "Regno Unito", "Britain"),
        new("Benjamin Netanyahu", "Netanyahu", "il primo ministro israeliano", "Israeli Prime Minister", "Israele", "Israel"),
        new("Masoud Pezeshkian", "Pezeshkian", "il presidente iraniano", "Iranian President", "Iran", "Iran"),
    ];

    private static readonly (string It, string En)[] Places =
    [
        ("Mosca", "Moscow"), ("Parigi", "Paris"), ("Ankara", "Ankara"), ("Kiev", "Kyiv"), ("Pechino", "Beijing"),
        ("Nuova Delhi", "New Delhi"), ("Roma", "Rome"), ("Minsk", "Minsk"), ("Berlino", "Berlin"), ("Londra", "London"),
        ("Ginevra", "Geneva"), ("Istanbul", "Istanbul"), ("Bruxelles", "Brussels"), ("Vienna", "Vienna"),
    ];

    private static readonly string[] MonthsIt =
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];

    // {A}/{B}/{C}: full names; {a}/{b}/{c}: surnames; {RA}/{RB}: roles; {KA}/{KB}: countries; {P}/{Q}: places; {D}: a date.
    private static readonly string[] LeadsIt =
    [
        "{P}, {D} – {RA} {A} ha incontrato {RB} {B} per un vertice dedicato alla sicurezza regionale e alle forniture di energia. L'incontro, preparato da settimane dalle due diplomazie, si è svolto in un clima definito cordiale dai portavoce.",
        "Il {D} {RA} {A} ha avuto un colloquio telefonico con {RB} {B}, ha reso noto il suo ufficio stampa. Secondo la nota diffusa in serata, i due leader hanno discusso della crisi in corso e delle prossime tappe del negoziato.",
        "{P}, {D} – {RA} {A} si è recato in visita a {P}, dove è stato ricevuto da {RB} {B}. Si tratta della prima visita ufficiale da oltre due anni, dopo un lungo periodo di rapporti freddi tra i due governi.",
        "{RA} {A} ha criticato duramente {RB} {B} durante una conferenza stampa a {P} il {D}, accusandolo di alimentare le tensioni nella regione con scelte che, a suo dire, mettono a rischio la stabilità di tutto il continente.",
    ];

    private static readonly string[] BodyIt =
    [
        "Durante l'incontro {a} ha ribadito l'importanza della collaborazione tra {KA} e {KB}, sottolineando come l'intesa sia fondamentale per affrontare le sfide economiche dei prossimi anni. Gli osservatori notano che il tono è cambiato rispetto ai mesi scorsi.",
        "{B}, dal canto suo, ha espresso sostegno alle proposte di {a}, evidenziando la necessità di rafforzare i legami commerciali e di aprire nuove rotte per il trasporto delle merci. Le delegazioni hanno lavorato fino a tarda notte su un documento comune.",
        "Nel pomeriggio {a} e {b} hanno firmato un accordo di cooperazione sull'energia che prevede investimenti congiunti nelle reti elettriche e nei gasdotti. Il testo dovrà ora essere ratificato dai rispettivi parlamenti.",
        "{C} ha condannato l'incontro, definendolo un segnale preoccupante per la sicurezza europea. In una dichiarazione diffusa dal suo ufficio, {c} ha chiesto chiarimenti sulle intese militari discusse a porte chiuse.",
        "Il giorno successivo {b} ha respinto le accuse di {c}, sostenendo che la cooperazione tra i due paesi non è rivolta contro nessuno. \"Non accettiamo lezioni da chi ha fallito\", ha dichiarato ai giornalisti.",
        "{a} ha invitato {b} a partecipare al prossimo vertice di {Q}, previsto per l'autunno. L'invito è stato accolto con favore, anche se la data definitiva non è ancora stata fissata.",
        "Sullo sfondo restano le sanzioni economiche: {C} ha minacciato nuove misure contro {KA} se i colloqui non porteranno a risultati concreti entro la fine dell'anno.",
        "Gli analisti ricordano che i rapporti tra {KA} e {KB} hanno attraversato fasi alterne negli ultimi dieci anni, tra accordi commerciali, dispute di confine e lunghe trattative rimaste senza esito. Molti diplomatici restano prudenti sulle prospettive.",
        "La stampa locale ha dedicato ampio spazio al vertice, con commenti spesso divisi: alcuni quotidiani parlano di svolta storica, altri di una semplice operazione di immagine in vista delle elezioni.",
        "{c} ha elogiato l'impegno di {a} per una soluzione negoziata, pur ricordando che molte questioni restano aperte, a partire dal destino dei prigionieri e dalla ricostruzione delle infrastrutture danneggiate.",
        "Secondo fonti diplomatiche, {a} avrebbe proposto a {b} l'apertura di un canale permanente di consultazione tra i rispettivi ministeri degli Esteri, con riunioni a cadenza trimestrale e un gruppo di lavoro dedicato alle questioni di confine.",
        "In serata {C} ha avuto un colloquio telefonico con {A}: al centro della conversazione, secondo il Cremlino e le cancellerie europee, la sicurezza delle centrali nucleari e lo scambio di prigionieri concordato la settimana scorsa.",
        "Le opposizioni in {KB} hanno accusato {b} di aver fatto troppe concessioni, mentre i partiti di governo difendono la linea del dialogo. Nei prossimi giorni il parlamento discuterà una mozione sul tema.",
        "Sul piano economico, le due delegazioni hanno esaminato un pacchetto di progetti comuni nei trasporti, nell'agricoltura e nelle telecomunicazioni, per un valore complessivo stimato in diversi miliardi di euro. I dettagli saranno resi noti nelle prossime settimane.",
    ];

    private static readonly string[] LeadsEn =
    [
        "{Q}, {D} – {RA} {A} met {RB} {B} in {Q} on Tuesday for talks on regional security and energy supplies. The meeting, prepared for weeks by both foreign ministries, took place in what aides described as a constructive atmosphere.",
        "{RA} {A} spoke by phone with {RB} {B} on {D}, his office said. According to a statement released in the evening, the two leaders discussed the ongoing crisis and the next steps of the negotiations.",
        "{RA} {A} arrived in {Q} on {D} for an official visit and was received by {RB} {B}. It is the first such visit in more than two years, after a long period of cold relations between the two governments.",
        "{RA} {A} sharply criticised {RB} {B} at a press conference in {Q} on {D}, accusing him of stoking tensions in the region with decisions that, in his words, put the stability of the whole continent at risk.",
    ];

    private static readonly string[] BodyEn =
    [
        "During the meeting {a} stressed the importance of cooperation between {KA} and {KB}, saying the partnership was essential to face the economic challenges of the coming years. Observers noted a change of tone compared with previous months.",
        "{B}, for his part, backed the proposals made by {a}, pointing to the need to strengthen trade links and to open new routes for freight. The delegations worked late into the night on a joint document.",
        "In the afternoon {a} and {b} signed an energy cooperation agreement that provides for joint investment in power grids and pipelines. The text must now be ratified by both parliaments.",
        "{C} condemned the meeting, calling it a worrying signal for European security. In a statement issued by his office, {c} demanded clarification on the military arrangements discussed behind closed doors.",
        "The next day {b} rejected the accusations made by {c}, insisting that cooperation between the two countries was not aimed at anyone. \"We do not take lessons from those who have failed\", he told reporters.",
        "{a} invited {b} to attend the next summit in {P}, planned for the autumn. The invitation was welcomed, although a final date has not yet been set.",
        "Sanctions remain in the background: {C} threatened new measures against {KA} if the talks fail to bring concrete results by the end of the year.",
        "Analysts recall that relations between {KA} and {KB} have gone through ups and downs over the past decade, with trade deals, border disputes and long negotiations that led nowhere. Many diplomats remain cautious about the outlook.",
        "Local newspapers gave the summit wide coverage, with sharply divided comments: some spoke of a historic turning point, others of a mere public relations exercise ahead of the elections.",
        "{c} praised the commitment of {a} to a negotiated solution, while recalling that many issues remain open, starting with the fate of prisoners and the reconstruction of damaged infrastructure.",
        "According to diplomatic sources, {a} proposed to {b} a permanent consultation channel between the two foreign ministries, with quarterly meetings and a working group dedicated to border issues.",
        "In the evening {C} held a phone call with {A}: the conversation focused on the safety of nuclear power plants and on the prisoner exchange agreed last week, officials on both sides said.",
        "The opposition in {KB} accused {b} of making too many concessions, while the governing parties defended the policy of dialogue. Parliament is expected to debate a motion on the issue in the coming days.",
        "On the economic side, the two delegations reviewed a package of joint projects in transport, agriculture and telecommunications, worth several billion euros in total. Details will be released in the coming weeks.",
    ];

    /// <summary>News-sized articles, half Italian and half English, each with a serial sentence that keeps its content (and so its id) unique.</summary>
    public static void Write(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var day = new DateOnly(2023, 1, 1);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var italian = random.Next(2) == 0;
            var (a, b, c) = ThreeLeaders(random);
            var published = day.AddDays(random.Next(3 * 365));
            var place = Places[random.Next(Places.Length)];
            var other = Places[random.Next(Places.Length)];
            var date = italian
                ? string.Create(CultureInfo.InvariantCulture, $"{published.Day} {MonthsIt[published.Month - 1]} {published.Year}")
                : published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            string Fill(string template) => template
                .Replace("{RA}", Capitalise(italian ? a.RoleIt : a.RoleEn), StringComparison.Ordinal)
                .Replace("{RB}", italian ? b.RoleIt : b.RoleEn, StringComparison.Ordinal)
                .Replace("{KA}", italian ? a.CountryIt : a.CountryEn, StringComparison.Ordinal)
                .Replace("{KB}", italian ? b.CountryIt : b.CountryEn, StringComparison.Ordinal)
                .Replace("{A}", a.Name, StringComparison.Ordinal).Replace("{B}", b.Name, StringComparison.Ordinal).Replace("{C}", c.Name, StringComparison.Ordinal)
                .Replace("{a}", a.Surname, StringComparison.Ordinal).Replace("{b}", b.Surname, StringComparison.Ordinal).Replace("{c}", c.Surname, StringComparison.Ordinal)
                .Replace("{P}", italian ? place.It : place.En, StringComparison.Ordinal)
                .Replace("{Q}", italian ? other.It : other.En, StringComparison.Ordinal)
                .Replace("{D}", date, StringComparison.Ordinal);

            var leads = italian ? LeadsIt : LeadsEn;
            var bodies = italian ? BodyIt : BodyEn;
            text.Clear()
                .Append("---\n")
                .Append(CultureInfo.InvariantCulture, $"title: {(italian ? "Notizia" : "Story")} {seed}-{i}, {a.Surname} {(italian ? "e" : "and")} {b.Surname}\n")
                .Append(CultureInfo.InvariantCulture, $"published: {published:yyyy-MM-dd}\n")
                .Append(italian ? "language: it\n" : "language: en\n")
                .Append("---\n")
                .Append(Fill(leads[random.Next(leads.Length)])).Append("\n\n");
            // 8–13 of the body paragraphs, in a random order: 2–4 KB with the lead.
            foreach (var paragraph in bodies.OrderBy(_ => random.Next()).Take(8 + random.Next(6)))
            {
                text.Append(Fill(paragraph)).Append("\n\n");
            }
            if (italian) text.Append(CultureInfo.InvariantCulture, $"Aggiornamento numero {seed}-{i} della redazione esteri.\n");
            else text.Append(CultureInfo.InvariantCulture, $"Update number {seed}-{i} from the foreign desk.\n");
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"article-{seed}-{i:D6}.txt")), text.ToString());
        }
    }

    private static readonly string[] ShortTemplates =
    [
        "{RA} {A} ha incontrato ieri a {P} {RB} {B}. Al centro dei colloqui la sicurezza regionale e l'energia.",
        "{RA} {A} ha avuto un colloquio telefonico con {RB} {B}, ha reso noto il suo portavoce. I due leader hanno discusso della crisi.",
        "{RA} {A} ha criticato duramente {RB} {B} durante una conferenza stampa a {P}.",
        "{RA} {A} si è recato in visita a {P}, dove è stato ricevuto da {RB} {B}.",
    ];

    /// <summary>One or two Italian sentences per article (about 250 bytes): the worst case for per-file overhead.</summary>
    public static void WriteShort(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var day = new DateOnly(2023, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var (a, b, _) = ThreeLeaders(random);
            var published = day.AddDays(random.Next(3 * 365));
            var body = ShortTemplates[random.Next(ShortTemplates.Length)]
                .Replace("{RA}", Capitalise(a.RoleIt), StringComparison.Ordinal).Replace("{RB}", b.RoleIt, StringComparison.Ordinal)
                .Replace("{A}", a.Name, StringComparison.Ordinal).Replace("{B}", b.Name, StringComparison.Ordinal)
                .Replace("{P}", Places[random.Next(Places.Length)].It, StringComparison.Ordinal);
            var text = new StringBuilder()
                .Append("---\n")
                .Append(CultureInfo.InvariantCulture, $"title: Notizia {seed}-{i}\n")
                .Append(CultureInfo.InvariantCulture, $"published: {published:yyyy-MM-dd}\n")
                .Append("language: it\n")
                .Append("---\n")
                .Append(body).Append('\n')
                .Append(CultureInfo.InvariantCulture, $"Aggiornamento numero {seed}-{i} della redazione esteri.\n")
                .ToString();
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"article-{seed}-{i:D6}.txt")), text);
        }
    }

    private static (Leader A, Leader B, Leader C) ThreeLeaders(Random random)
    {
        var a = Leaders[random.Next(Leaders.Length)];
        var b = Leaders[random.Next(Leaders.Length)];
        while (b == a) b = Leaders[random.Next(Leaders.Length)];
        var c = Leaders[random.Next(Leaders.Length)];
        while (c == a || c == b) c = Leaders[random.Next(Leaders.Length)];
        return (a, b, c);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
