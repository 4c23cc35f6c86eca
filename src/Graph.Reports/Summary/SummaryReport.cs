using Graph.Domain.Events;
using Graph.Reports.Charts;
using Graph.Reports.Common;

namespace Graph.Reports.Summary;

/// <summary>An overview of the stored graph (or of a date range): what happened, when, between whom, and who is most involved.</summary>
public sealed record SummaryReport(
    DateTimeOffset Generated,
    DateOnly? From,
    DateOnly? To,
    int Events,
    int Articles,
    int Actors,
    int Undated,
    EquatableArray<TypeCount> ByType,
    EquatableArray<MonthBucket> ByMonth,
    EquatableArray<PairRow> TopPairs,
    EquatableArray<ActorRow> TopActors)
{
    public bool IsEmpty => Events == 0;
}

public sealed record TypeCount(EventType Type, string Label, double Goldstein, int Count);

/// <summary>Two actors and what passed between them, in either direction.</summary>
public sealed record PairRow(ActorRef A, ActorRef B, int Events, int Cooperation, int Conflict, double GoldsteinSum, string? First, string? Last);

/// <summary>An actor's involvement: events at either end, distinct counterparts, Goldstein sum, and PageRank over the directed event-count graph.</summary>
public sealed record ActorRow(ActorRef Actor, int Events, int AsSource, int AsTarget, int Counterparts, double GoldsteinSum, double PageRank);
