using Graph.Analysis.Actors;
using Graph.Analysis.Centrality;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Reports.Charts;
using Graph.Reports.Common;
using Graph.Storage.Abstractions;

namespace Graph.Reports.Summary;

/// <summary>Counts a snapshot into a <see cref="SummaryReport"/>.</summary>
public sealed class SummaryBuilder(TimeProvider time)
{
    public SummaryReport Build(GraphSnapshot snapshot, DateOnly? from = null, DateOnly? to = null, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var filter = new SnapshotFilter { From = from, To = to, IncludeUndated = from is null && to is null };
        var events = snapshot.Events.Where(filter.Matches).DistinctBy(e => e.Key).ToList();

        var byType = events.GroupBy(e => e.Type)
            .Select(g => new TypeCount(g.Key, g.Key.Info().Label, g.Key.Info().Goldstein, g.Count()))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Type)
            .ToList();

        var pairs = events.Where(e => e.Target is not null && e.Target.Id != e.Source.Id)
            .GroupBy(e => string.CompareOrdinal(e.Source.Id, e.Target!.Id) < 0 ? (e.Source.Id, e.Target.Id) : (e.Target.Id, e.Source.Id))
            .Select(g =>
            {
                var first = g.First();
                var (a, b) = string.CompareOrdinal(first.Source.Id, first.Target!.Id) < 0 ? (first.Source, first.Target) : (first.Target, first.Source);
                var dated = g.Where(e => e.Date.IsKnown).OrderBy(e => e.Date).ToList();
                return new PairRow(
                    ActorRef.From(a), ActorRef.From(b), g.Count(),
                    g.Count(e => e.Info.IsCooperation), g.Count(e => e.Info.IsConflict),
                    Math.Round(g.Sum(e => e.Info.Goldstein), 6),
                    dated.FirstOrDefault()?.Date.Iso, dated.LastOrDefault()?.Date.Iso);
            })
            .OrderByDescending(p => p.Events).ThenBy(p => p.A.Name, StringComparer.Ordinal).ThenBy(p => p.B.Name, StringComparer.Ordinal)
            .Take(top)
            .ToList();

        var ends = events.SelectMany(e => e.Target is null || e.Target.Id == e.Source.Id
                ? new[] { (Actor: e.Source, Event: e, IsSource: true, Other: (string?)null) }
                : [(e.Source, e, true, e.Target.Id), (e.Target, e, false, e.Source.Id)])
            .ToList();
        // PageRank ranks who is acted upon by those who matter; it complements the raw counts, it does not order the table.
        var graph = ActorGraph.FromSnapshot(snapshot with { Events = events });
        var rank = PageRank.Compute(graph.Directed(EdgeWeighting.EventCount)).Scores;
        double RankOf(string id) => graph.IndexOf(id) is var i and >= 0 ? Math.Round(rank[i], 6) : 0;
        var actors = ends.GroupBy(x => x.Actor.Id)
            .Select(g => new ActorRow(
                ActorRef.From(g.First().Actor),
                g.Count(),
                g.Count(x => x.IsSource),
                g.Count(x => !x.IsSource),
                g.Where(x => x.Other is not null).Select(x => x.Other).Distinct(StringComparer.Ordinal).Count(),
                Math.Round(g.Sum(x => x.Event.Info.Goldstein), 6),
                RankOf(g.Key)))
            .OrderByDescending(a => a.Events).ThenByDescending(a => a.Counterparts).ThenBy(a => a.Actor.Name, StringComparer.Ordinal)
            .ToList();

        var articles = events.SelectMany(e => e.Mentions.IsDefault ? [] : e.Mentions).Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count();
        return new SummaryReport(
            time.GetUtcNow(), from, to,
            events.Count,
            articles,
            actors.Count,
            events.Count(e => e.Date.Precision == DatePrecision.Unknown),
            byType,
            MonthSeries.Build(events.Select(e => (e.Date, e.Type))).ToList(),
            pairs,
            actors.Take(top).ToList());
    }
}
