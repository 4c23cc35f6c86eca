using System.Collections.Immutable;
using Graph.Domain.Actors;
using Graph.Domain.Articles;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Storage.Abstractions;

namespace Graph.Reports.Tests;

/// <summary>Snapshots built by hand, so report tests do not depend on extraction or a store.</summary>
internal static class Samples
{
    public static readonly Actor Putin = Actor.Create("Vladimir Putin", ActorKind.Person, "RUS", ["Putin"], "President of Russia");
    public static readonly Actor Lukashenko = Actor.Create("Alexander Lukashenko", ActorKind.Person, "BLR", ["Lukashenko", "Lukašenko"]);
    public static readonly Actor Zelensky = Actor.Create("Volodymyr Zelensky", ActorKind.Person, "UKR", ["Zelensky", "Zelenskyy"]);
    public static readonly Actor Russia = Actor.Create("Russia", ActorKind.State, "RUS", ["Mosca", "Moscow"]);
    public static readonly Actor Ukraine = Actor.Create("Ukraine", ActorKind.State, "UKR", ["Kiev", "Kyiv"]);
    public static readonly Actor Nato = Actor.Create("NATO", ActorKind.Organization, null, ["Alleanza Atlantica"]);
    public static readonly Actor EvilActor = new("evil", "<script>alert(1)</script>", ActorKind.Group, null, []);
    public static readonly Actor PutinaFan = Actor.Create("Anna Putina", ActorKind.Person, "RUS");

    public static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    public static TimeProvider Clock => new FixedClock(Now);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    public static readonly ArticleInfo Web = new("a-web", "Vertice a Mosca", new DateTimeOffset(2025, 9, 28, 8, 0, 0, TimeSpan.Zero), "Agenzia", "https://news.example.org/vertice?id=1", "it", null);
    public static readonly ArticleInfo Local = new("a-file", null, new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero), null, null, "it", "seeds/002.txt");

    public static Event Ev(Actor source, EventType type, Actor? target, EventDate date, string sentence, string articleId = "a-web", string? place = null, double confidence = 0.9, bool alleged = false) =>
        new(source, type, target, date, place, confidence, alleged, [new Mention(articleId, sentence, new(0, sentence.Length))]);

    public static GraphSnapshot Snapshot(params Event[] events)
    {
        var actors = events.SelectMany(e => e.Target is null ? [e.Source] : new[] { e.Source, e.Target }).DistinctBy(a => a.Id).ToList();
        var ids = events.SelectMany(e => e.Mentions).Select(m => m.ArticleId).ToHashSet();
        var articles = new[] { Web, Local }.Where(a => ids.Contains(a.Id)).ToList();
        return new GraphSnapshot(actors, events, articles);
    }

    /// <summary>Putin and Lukashenko over three months, an event known only by month, one by year, and one undated.</summary>
    public static GraphSnapshot PutinYear() => Snapshot(
        Ev(Putin, EventType.PHONE_CALL, Lukashenko, EventDate.OfDay(2025, 12, 30), "Putin e Lukashenko si sono sentiti al telefono.", "a-file"),
        Ev(Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 9, 27), "Putin ha accolto Lukashenko a Mosca.", place: "Moscow", confidence: 0.92),
        Ev(Putin, EventType.DENY, Nato, EventDate.OfDay(2025, 9, 27), "Putin ha negato ogni responsabilità.", confidence: 0.7),
        Ev(Ukraine, EventType.ACCUSE, Putin, EventDate.OfMonth(2025, 10), "Kiev accusa Putin.", alleged: true),
        Ev(Putin, EventType.REJECT, Zelensky, EventDate.OfYear(2025), "Putin respinse la proposta di Zelensky."),
        Ev(Zelensky, EventType.CRITICIZE, Putin, EventDate.Unknown, "Zelensky ha criticato Putin."),
        Ev(Russia, EventType.ATTACK, Ukraine, EventDate.OfDay(2025, 11, 2), "La Russia ha attaccato l'Ucraina."));

    /// <summary>About thirty events over eight months and many types: what a real report looks like.</summary>
    public static GraphSnapshot Busy()
    {
        var rows = new (Actor S, EventType T, Actor O, EventDate D, string Text)[]
        {
            (Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 5, 9), "Putin received Lukashenko for the parade."),
            (Putin, EventType.PHONE_CALL, Lukashenko, EventDate.OfDay(2025, 5, 20), "The two presidents spoke by phone."),
            (Putin, EventType.AGREE, Lukashenko, EventDate.OfDay(2025, 6, 3), "They signed a treaty on security guarantees."),
            (Putin, EventType.SUPPORT, Lukashenko, EventDate.OfDay(2025, 6, 18), "Putin praised Minsk's loyalty."),
            (Nato, EventType.CRITICIZE, Putin, EventDate.OfDay(2025, 6, 25), "NATO condemned the deployment."),
            (Putin, EventType.MOBILIZE, Nato, EventDate.OfDay(2025, 7, 2), "Drills began on the western border."),
            (Putin, EventType.THREATEN, Nato, EventDate.OfDay(2025, 7, 4), "Putin warned of retaliation."),
            (Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 7, 15), "The leaders met in Valaam."),
            (Putin, EventType.NEGOTIATE, Zelensky, EventDate.OfMonth(2025, 7), "Delegations negotiated in Istanbul."),
            (Zelensky, EventType.ACCUSE, Putin, EventDate.OfDay(2025, 7, 28), "Zelensky accused Putin of stalling."),
            (Putin, EventType.DENY, Zelensky, EventDate.OfDay(2025, 7, 29), "The Kremlin denied it."),
            (Putin, EventType.ATTACK, Ukraine, EventDate.OfDay(2025, 8, 3), "Missiles struck Kyiv overnight."),
            (Putin, EventType.ATTACK, Ukraine, EventDate.OfDay(2025, 8, 17), "A second wave of drones hit Odesa."),
            (Ukraine, EventType.APPEAL, Putin, EventDate.OfDay(2025, 8, 19), "Kyiv urged Moscow to accept a ceasefire."),
            (Putin, EventType.REJECT, Ukraine, EventDate.OfDay(2025, 8, 20), "Moscow rejected the ceasefire."),
            (Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 9, 27), "Putin hosted Lukashenko in Moscow."),
            (Putin, EventType.INTEND_MEET, Lukashenko, EventDate.OfDay(2025, 9, 28), "They agreed to meet again in winter."),
            (Nato, EventType.CONCERN, Putin, EventDate.OfDay(2025, 9, 30), "NATO voiced concern over drones."),
            (Putin, EventType.RELEASE, Ukraine, EventDate.OfDay(2025, 10, 2), "Prisoners were exchanged."),
            (Putin, EventType.PHONE_CALL, Lukashenko, EventDate.OfDay(2025, 10, 7), "A birthday call from Minsk."),
            (Nato, EventType.SANCTION, Putin, EventDate.OfDay(2025, 10, 15), "New sanctions targeted the Kremlin."),
            (Putin, EventType.REDUCE_RELATIONS, Nato, EventDate.OfDay(2025, 10, 16), "Moscow expelled two diplomats."),
            (Putin, EventType.AID, Lukashenko, EventDate.OfDay(2025, 11, 5), "Russia sent a loan to Belarus."),
            (Putin, EventType.EASE_SANCTIONS, Lukashenko, EventDate.OfDay(2025, 11, 6), "Import limits were lifted."),
            (Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 11, 28), "The leaders met at the CSTO summit."),
            (Zelensky, EventType.CRITICIZE, Putin, EventDate.OfDay(2025, 12, 3), "Zelensky called the summit a farce."),
            (Putin, EventType.PHONE_CALL, Lukashenko, EventDate.OfDay(2025, 12, 30), "The presidents discussed the Valdai attack."),
            (Putin, EventType.ACCUSE, Ukraine, EventDate.OfDay(2025, 12, 30), "Moscow blamed Kyiv for the attack."),
            (Putin, EventType.CONCERN, Zelensky, EventDate.Unknown, "Putin said he was <worried> about \"terrorists\" & drones."),
            (EvilActor, EventType.THREATEN, Putin, EventDate.OfDay(2025, 8, 8), "<script>alert(1)</script> threatened Putin."),
        };
        return Snapshot(rows.Select(r => Ev(r.S, r.T, r.O, r.D, r.Text, place: r.T == EventType.MEET ? "Moscow" : null, confidence: 0.6 + r.Text.Length % 4 / 10.0)).ToArray());
    }
}
