using Graph.Domain.Events;
using Graph.Reports.Summary;
using Shouldly;
using Xunit;
using static Graph.Reports.Tests.Samples;

namespace Graph.Reports.Tests.Summary;

public sealed class SummaryBuilderTests
{
    [Fact]
    public void The_summary_counts_events_by_type_most_frequent_first()
    {
        var report = new SummaryBuilder(Clock).Build(Busy());

        report.Events.ShouldBe(30);
        report.Undated.ShouldBe(1);
        report.ByType[0].ShouldBe(new TypeCount(EventType.MEET, "meet", 1.0, 4));
        report.ByType.Sum(t => t.Count).ShouldBe(30);
    }

    [Fact]
    public void Months_run_without_gaps_from_the_first_to_the_last()
    {
        var report = new SummaryBuilder(Clock).Build(PutinYear());

        report.ByMonth.Select(m => m.Month.Iso).ShouldBe(["2025-09", "2025-10", "2025-11", "2025-12"]);
        report.ByMonth.Select(m => m.Total).ShouldBe([2, 1, 1, 1]);
        report.ByMonth[2].GoldsteinSum.ShouldBe(-10);
    }

    [Fact]
    public void The_most_active_pair_comes_first_whatever_the_direction()
    {
        var report = new SummaryBuilder(Clock).Build(Busy(), top: 3);

        report.TopPairs.Count.ShouldBe(3);
        var first = report.TopPairs[0];
        (first.A.Name, first.B.Name, first.Events, first.Conflict, first.First, first.Last)
            .ShouldBe(("Alexander Lukashenko", "Vladimir Putin", 12, 0, "2025-05-09", "2025-12-30"));
    }

    [Fact]
    public void The_most_involved_actor_is_counted_at_either_end()
    {
        var report = new SummaryBuilder(Clock).Build(Busy());

        var putin = report.TopActors[0];
        putin.Actor.Name.ShouldBe("Vladimir Putin");
        putin.Events.ShouldBe(30);
        (putin.AsSource + putin.AsTarget).ShouldBe(30);
        putin.Counterparts.ShouldBe(5);
        report.TopActors.ShouldAllBe(a => a.PageRank > 0 && a.PageRank < 1);
        report.TopActors.Sum(a => a.PageRank).ShouldBe(1, 1e-5);
    }

    [Fact]
    public void A_date_range_limits_the_summary()
    {
        var report = new SummaryBuilder(Clock).Build(Busy(), new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31));

        report.Events.ShouldBe(3);
        report.Undated.ShouldBe(0);
        new SummaryBuilder(Clock).Build(Busy(), new DateOnly(2031, 1, 1)).IsEmpty.ShouldBeTrue();
    }
}
