using System.Globalization;
using AngleSharp.Html.Parser;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Reports.Charts;
using Shouldly;
using Xunit;

namespace Graph.Reports.Tests.Charts;

public sealed class SvgChartsTests
{
    private static IReadOnlyList<MonthBucket> Months(int count) =>
        MonthSeries.Build(Enumerable.Range(0, count).Select(i => (EventDate.OfDay(new DateOnly(2020, 1, 15).AddMonths(i)), i % 3 == 0 ? EventType.ATTACK : EventType.MEET)));

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(30)]
    [InlineData(70)]
    [InlineData(300)]
    public void Month_labels_never_overlap_however_long_the_span(int count)
    {
        var svg = new HtmlParser().ParseDocument("<body>" + SvgCharts.StackedBars(Months(count), "t", "c") + "</body>").QuerySelector("svg")!;

        var labels = svg.QuerySelectorAll("text.tick[text-anchor=middle]:not(.year)")
            .Select(t => double.Parse(t.GetAttribute("x")!, CultureInfo.InvariantCulture)).ToList();
        var years = svg.QuerySelectorAll("text.year").Select(t => double.Parse(t.GetAttribute("x")!, CultureInfo.InvariantCulture)).ToList();
        labels.Zip(labels.Skip(1), (a, b) => b - a).ShouldAllBe(gap => gap >= 40);
        years.Zip(years.Skip(1), (a, b) => b - a).ShouldAllBe(gap => gap >= 40);
        (labels.Count + years.Count).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Empty_months_between_events_are_kept_so_time_is_to_scale()
    {
        var months = MonthSeries.Build([(EventDate.OfDay(2025, 1, 2), EventType.MEET), (EventDate.OfMonth(2025, 4), EventType.ATTACK), (EventDate.OfYear(2025), EventType.AID), (EventDate.Unknown, EventType.AID)]);

        months.Select(m => (m.Month.Iso, m.Total)).ShouldBe([("2025-01", 1), ("2025-02", 0), ("2025-03", 0), ("2025-04", 1)]);
    }

    [Fact]
    public void The_count_axis_uses_whole_numbers()
    {
        var months = MonthSeries.Build(Enumerable.Repeat((EventDate.OfDay(2025, 1, 2), EventType.MEET), 3));
        var svg = new HtmlParser().ParseDocument("<body>" + SvgCharts.StackedBars(months, "t", "c") + "</body>").QuerySelector("svg")!;

        svg.QuerySelectorAll("text.tick[text-anchor=end]").Select(t => t.TextContent).ShouldBe(["0", "1", "2", "3"]);
    }
}
