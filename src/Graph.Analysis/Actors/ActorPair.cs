using Graph.Domain.Actors;
using Graph.Domain.Events;

namespace Graph.Analysis.Actors;

/// <summary>Everything that happened between two actors, in either direction (A is the one listed first in the graph's actor order).</summary>
public sealed record ActorPair(Actor A, Actor B, IReadOnlyList<Event> Events)
{
    public int EventCount => Events.Count;

    /// <summary>Net Goldstein: cooperation minus conflict.</summary>
    public double GoldsteinSum => Events.Sum(e => e.Info.Goldstein);

    public double CooperationSum => Events.Where(e => e.Info.IsCooperation).Sum(e => e.Info.Goldstein);

    /// <summary>Sum of |Goldstein| over the conflictual events (a positive number).</summary>
    public double ConflictSum => Events.Where(e => e.Info.IsConflict).Sum(e => -e.Info.Goldstein);

    public double Weight(EdgeWeighting weighting) => weighting switch
    {
        EdgeWeighting.EventCount => EventCount,
        EdgeWeighting.Cooperation => CooperationSum,
        EdgeWeighting.Conflict => ConflictSum,
        _ => throw new ArgumentOutOfRangeException(nameof(weighting), weighting, null),
    };
}
