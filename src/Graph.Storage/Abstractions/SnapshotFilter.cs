using Graph.Domain.Actors;
using Graph.Domain.Events;

namespace Graph.Storage.Abstractions;

/// <summary>
/// Which events a snapshot holds. Dates compare on the event's first possible day; events with an
/// unknown date are kept unless a range is given and <see cref="IncludeUndated"/> is false.
/// </summary>
public sealed record SnapshotFilter
{
    public static readonly SnapshotFilter All = new();

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public bool IncludeUndated { get; init; } = true;

    /// <summary>Empty means every type.</summary>
    public IReadOnlySet<EventType> Types { get; init; } = new HashSet<EventType>();

    /// <summary>Empty means every kind; an event is kept when both its ends are of a listed kind.</summary>
    public IReadOnlySet<ActorKind> ActorKinds { get; init; } = new HashSet<ActorKind>();

    /// <summary>Keep only events with this actor at either end (by id).</summary>
    public string? ActorId { get; init; }

    public bool Matches(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (Types.Count > 0 && !Types.Contains(e.Type)) return false;
        if (ActorId is not null && e.Source.Id != ActorId && e.Target?.Id != ActorId) return false;
        if (ActorKinds.Count > 0 && (!ActorKinds.Contains(e.Source.Kind) || (e.Target is not null && !ActorKinds.Contains(e.Target.Kind)))) return false;
        if (From is null && To is null) return true;
        if (e.Date.Start is not { } start) return IncludeUndated;
        if (From is { } from && e.Date.End < from) return false;
        if (To is { } to && start > to) return false;
        return true;
    }
}
