using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Reports.Common;

namespace Graph.Reports.Timeline;

/// <summary>
/// The events of one actor (or of one pair), in date order and grouped by month, each with the
/// sentences that report it. This is also the JSON form (<c>graph report timeline --format json</c>);
/// see TIMELINE-JSON.md beside this file.
/// </summary>
/// <param name="Format">Names the structure and its version: <see cref="FormatName"/>.</param>
/// <param name="With">The counterpart when the report is about a pair; null otherwise.</param>
/// <param name="Types">The event types asked for; empty means every type.</param>
/// <param name="Periods">Dated events, earliest first: one period per month, plus one per year for events known only by their year.</param>
/// <param name="Undated">Events whose date is not known, listed apart.</param>
public sealed record TimelineReport(
    string Format,
    DateTimeOffset Generated,
    ActorRef Actor,
    ActorRef? With,
    DateOnly? From,
    DateOnly? To,
    EquatableArray<EventType> Types,
    EquatableArray<TimelinePeriod> Periods,
    EquatableArray<TimelineEntry> Undated)
{
    public const string FormatName = "graph-timeline/1";

    public int EventCount => Periods.Sum(p => p.Events.Count) + Undated.Count;

    public bool IsEmpty => EventCount == 0;

    public IEnumerable<TimelineEntry> Dated => Periods.SelectMany(p => p.Events);

    public IEnumerable<TimelineEntry> AllEntries => Dated.Concat(Undated);

    public string Title => With is null ? $"Timeline: {Actor.Name}" : $"Timeline: {Actor.Name} and {With.Name}";
}

/// <summary>A month (key <c>2025-09</c>) or, for events known only by their year, a year (key <c>2025</c>).</summary>
public sealed record TimelinePeriod(string Key, DatePrecision Precision, string Title, EquatableArray<TimelineEntry> Events);

/// <summary>How the event stands to the report's actor.</summary>
public enum Direction
{
    /// <summary>The actor acted on the counterpart.</summary>
    Outgoing,

    /// <summary>The counterpart acted on the actor.</summary>
    Incoming,

    /// <summary>A symmetric type (meeting, call, agreement): direction carries no meaning.</summary>
    Mutual,

    /// <summary>The event has no target.</summary>
    None,
}

/// <summary>One event as the report shows it.</summary>
/// <param name="Date">ISO date as precise as known (<c>2025-09-27</c>, <c>2025-09</c>, <c>2025</c>), null when unknown.</param>
/// <param name="DateLabel">The date for people: "27 Sep 2025", "Sep 2025", "2025", "date unknown".</param>
/// <param name="TypeLabel">The type in words ("phone call").</param>
/// <param name="Goldstein">The type's Goldstein score, conflict (−10) to cooperation (+10).</param>
/// <param name="Counterpart">The other end, seen from the report's actor; null when the event has no target.</param>
/// <param name="Confidence">The extractor's confidence in [0, 1].</param>
/// <param name="Alleged">Reported by one side or hedged.</param>
public sealed record TimelineEntry(
    string Key,
    string? Date,
    DatePrecision Precision,
    string DateLabel,
    EventType Type,
    string TypeLabel,
    double Goldstein,
    ActorRef Source,
    ActorRef? Target,
    ActorRef? Counterpart,
    Direction Direction,
    string? Place,
    double Confidence,
    bool Alleged,
    EquatableArray<TimelineQuote> Quotes)
{
    public EventDate EventDate => EventDate.Parse(Date);
}

/// <summary>A sentence that reports the event and the article it comes from.</summary>
/// <param name="Link">Where to read the article: its URL when known, else the file it was read from, else its id.</param>
public sealed record TimelineQuote(
    string Sentence,
    string ArticleId,
    string? ArticleTitle,
    string? ArticleSource,
    DateTimeOffset? Published,
    string? Url,
    string? File,
    string Link);
