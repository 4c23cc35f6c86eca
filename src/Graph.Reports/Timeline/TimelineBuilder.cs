using Graph.Domain.Actors;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Reports.Common;
using Graph.Storage.Abstractions;

namespace Graph.Reports.Timeline;

/// <summary>Builds a <see cref="TimelineReport"/> from a snapshot.</summary>
public sealed class TimelineBuilder(TimeProvider time)
{
    public TimelineReport Build(GraphSnapshot snapshot, TimelineQuery query)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(query);
        var actor = FindActor(snapshot, query.ActorId);
        var with = query.WithId is null ? null : FindActor(snapshot, query.WithId);
        var filter = new SnapshotFilter
        {
            From = query.From,
            To = query.To,
            IncludeUndated = query.From is null && query.To is null,
            Types = query.Types ?? new HashSet<EventType>(),
            ActorId = actor.Id,
        };
        var articles = snapshot.Articles.DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal);

        var events = snapshot.Events
            .Where(filter.Matches)
            .Where(e => with is null || e.Source.Id == with.Id || e.Target?.Id == with.Id)
            .DistinctBy(e => e.Key)
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Type)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => ToEntry(e, actor.Id, articles))
            .ToList();

        var periods = events
            .Where(e => e.Precision != DatePrecision.Unknown)
            .GroupBy(e => PeriodKey(e.EventDate))
            .Select(g =>
            {
                var first = g.First().EventDate;
                return new TimelinePeriod(
                    g.Key,
                    first.Precision == DatePrecision.Year ? DatePrecision.Year : DatePrecision.Month,
                    first.Precision == DatePrecision.Year ? $"{first.Year} (month not known)" : DateText.MonthTitle(first.Year, first.Month),
                    g.ToList());
            })
            .ToList();

        return new TimelineReport(
            TimelineReport.FormatName,
            time.GetUtcNow(),
            ActorRef.From(actor),
            with is null ? null : ActorRef.From(with),
            query.From,
            query.To,
            (query.Types ?? new HashSet<EventType>()).Order().ToList(),
            periods,
            events.Where(e => e.Precision == DatePrecision.Unknown).ToList());
    }

    private static Actor FindActor(GraphSnapshot snapshot, string id) =>
        snapshot.Actors.FirstOrDefault(a => a.Id == id)
        ?? snapshot.Events.SelectMany(e => e.Target is null ? [e.Source] : new[] { e.Source, e.Target }).FirstOrDefault(a => a.Id == id)
        ?? throw new ArgumentException($"The snapshot holds no actor with id '{id}'.", nameof(id));

    // Year-only dates sort before the months of their year (EventDate orders coarse before fine on the same start),
    // so the groups come out in order without further sorting.
    private static string PeriodKey(EventDate date) =>
        date.Precision == DatePrecision.Year ? date.Iso! : new YearMonth(date.Year, date.Month).Iso;

    private static TimelineEntry ToEntry(Event e, string actorId, IReadOnlyDictionary<string, Domain.Articles.ArticleInfo> articles)
    {
        var info = e.Info;
        var isSource = e.Source.Id == actorId;
        var counterpart = isSource ? e.Target : e.Source;
        var direction = e.Target is null ? Direction.None
            : info.Symmetric ? Direction.Mutual
            : isSource ? Direction.Outgoing
            : Direction.Incoming;
        var quotes = (e.Mentions.IsDefault ? [] : e.Mentions)
            .DistinctBy(m => (m.ArticleId, m.Sentence))
            .Select(m =>
            {
                articles.TryGetValue(m.ArticleId, out var a);
                var link = !string.IsNullOrWhiteSpace(a?.Url) ? a.Url : !string.IsNullOrWhiteSpace(a?.File) ? a.File : m.ArticleId;
                return new TimelineQuote(m.Sentence.Trim(), m.ArticleId, a?.Title, a?.Source, a?.Published, a?.Url, a?.File, link);
            })
            .ToList();
        return new TimelineEntry(
            e.Key,
            e.Date.Iso,
            e.Date.Precision,
            DateText.Label(e.Date),
            e.Type,
            info.Label,
            info.Goldstein,
            ActorRef.From(e.Source),
            e.Target is null ? null : ActorRef.From(e.Target),
            counterpart is null ? null : ActorRef.From(counterpart),
            direction,
            e.Place,
            e.Confidence,
            e.Alleged,
            quotes);
    }
}
