using System.Collections.Immutable;
using Graph.Domain.Actors;
using Graph.Domain.Articles;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Storage.Abstractions;

namespace Graph.Analysis.Tests;

/// <summary>Small snapshots of actors and events for the actor-graph and export tests.</summary>
internal static class SampleGraphs
{
    public static readonly Actor Putin = Actor.Create("Vladimir Putin", ActorKind.Person, "RUS", ["Putin"], "President of Russia");
    public static readonly Actor Lukashenko = Actor.Create("Alexander Lukashenko", ActorKind.Person, "BLR", ["Lukashenko"]);
    public static readonly Actor Ukraine = Actor.Create("Ukraine", ActorKind.State, "UKR");
    public static readonly Actor Russia = Actor.Create("Russia", ActorKind.State, "RUS");
    public static readonly Actor Nato = Actor.Create("NATO", ActorKind.Organization);

    public static Event Event(Actor source, EventType type, Actor? target, string? date = "2025-09-27", string? place = null) =>
        new(source, type, target, EventDate.Parse(date), place, 0.9, false,
            [new Mention("article-1", $"{source.Name} {type} {target?.Name}.", new TextSpan(0, 10))]);

    /// <summary>
    /// Putin meets Lukashenko twice; Russia attacks Ukraine twice and is sanctioned by NATO;
    /// Ukraine appeals to NATO; NATO supports Ukraine; Putin criticises NATO.
    /// </summary>
    public static GraphSnapshot Snapshot()
    {
        Event[] events =
        [
            Event(Putin, EventType.MEET, Lukashenko, "2025-09-27", "Moscow"),
            Event(Lukashenko, EventType.MEET, Putin, "2025-10-05", "Minsk"),
            Event(Russia, EventType.ATTACK, Ukraine, "2025-10-01"),
            Event(Russia, EventType.ATTACK, Ukraine, "2025-10-02"),
            Event(Nato, EventType.SANCTION, Russia, "2025-10-03"),
            Event(Ukraine, EventType.APPEAL, Nato, "2025-10-04"),
            Event(Nato, EventType.SUPPORT, Ukraine, "2025-10-04"),
            Event(Putin, EventType.CRITICIZE, Nato, null),
        ];
        return new GraphSnapshot([Putin, Lukashenko, Ukraine, Russia, Nato], events, []);
    }

    public static GraphSnapshot With(params Event[] events) =>
        new(events.SelectMany(e => e.Target is null ? [e.Source] : new[] { e.Source, e.Target }).DistinctBy(a => a.Id).ToList(), events, []);
}
