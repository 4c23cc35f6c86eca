using Graph.Domain.Events;

namespace Graph.Reports.Timeline;

/// <summary>What a timeline covers: an actor (by id), optionally a counterpart, a date range and event types.</summary>
/// <param name="From">Events whose date may fall on or after this day; with a range, undated events are left out.</param>
public sealed record TimelineQuery(string ActorId, string? WithId = null, DateOnly? From = null, DateOnly? To = null, IReadOnlySet<EventType>? Types = null);
