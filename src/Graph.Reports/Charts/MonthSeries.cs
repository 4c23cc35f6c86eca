using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Reports.Common;

namespace Graph.Reports.Charts;

/// <summary>Events counted per calendar month and type, every month of the span present (empty ones too), plus their Goldstein sum.</summary>
public sealed record MonthBucket(YearMonth Month, IReadOnlyDictionary<EventType, int> Counts, double GoldsteinSum)
{
    public int Total => Counts.Values.Sum();
}

public static class MonthSeries
{
    /// <summary>
    /// Buckets dated events by month; events known only by year or not at all are not placed
    /// (a chart would have to invent their month), and callers say how many were left out.
    /// </summary>
    public static IReadOnlyList<MonthBucket> Build(IEnumerable<(EventDate Date, EventType Type)> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var placed = events.Where(e => e.Date.Precision is DatePrecision.Day or DatePrecision.Month)
            .Select(e => (Month: new YearMonth(e.Date.Year, e.Date.Month), e.Type))
            .ToList();
        if (placed.Count == 0) return [];
        var byMonth = placed.GroupBy(e => e.Month).ToDictionary(g => g.Key, g => g.ToList());
        return YearMonth.Range(byMonth.Keys.Min(), byMonth.Keys.Max())
            .Select(m =>
            {
                var items = byMonth.TryGetValue(m, out var list) ? list : [];
                var counts = items.GroupBy(i => i.Type).ToDictionary(g => g.Key, g => g.Count());
                return new MonthBucket(m, counts, items.Sum(i => i.Type.Info().Goldstein));
            })
            .ToList();
    }
}
