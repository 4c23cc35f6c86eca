using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Reports.Timeline;
using Shouldly;
using Xunit;
using static Graph.Reports.Tests.Samples;

namespace Graph.Reports.Tests.Timeline;

public sealed class TimelineBuilderTests
{
    private static TimelineReport Build(TimelineQuery query) => new TimelineBuilder(Clock).Build(PutinYear(), query);

    [Fact]
    public void Timeline_lists_the_actors_events_in_date_order_grouped_by_month()
    {
        var report = Build(new TimelineQuery(Putin.Id));

        report.Periods.Select(p => p.Key).ShouldBe(["2025", "2025-09", "2025-10", "2025-12"]);
        report.Periods.Select(p => p.Title).ShouldBe(["2025 (month not known)", "September 2025", "October 2025", "December 2025"]);
        report.Dated.Select(e => e.Date).ShouldBe(["2025", "2025-09-27", "2025-09-27", "2025-10", "2025-12-30"]);
        report.Periods[1].Events.Select(e => e.Type).ShouldBe([EventType.MEET, EventType.DENY]);
    }

    [Fact]
    public void Events_of_other_actors_are_left_out()
    {
        var report = Build(new TimelineQuery(Putin.Id));

        report.AllEntries.ShouldNotContain(e => e.Type == EventType.ATTACK);
        report.EventCount.ShouldBe(6);
    }

    [Fact]
    public void Undated_events_are_listed_apart_at_the_end()
    {
        var report = Build(new TimelineQuery(Putin.Id));

        report.Undated.Count.ShouldBe(1);
        report.Undated[0].Type.ShouldBe(EventType.CRITICIZE);
        report.Undated[0].DateLabel.ShouldBe("date unknown");
        report.Dated.ShouldNotContain(e => e.Date == null);
        report.AllEntries.Last().ShouldBe(report.Undated[0]);
    }

    [Fact]
    public void Dates_are_labelled_as_precisely_as_they_are_known()
    {
        var labels = Build(new TimelineQuery(Putin.Id)).AllEntries.Select(e => (e.Date, e.Precision, e.DateLabel)).ToList();

        labels.ShouldContain(("2025-09-27", DatePrecision.Day, "27 Sep 2025"));
        labels.ShouldContain(("2025-10", DatePrecision.Month, "Oct 2025"));
        labels.ShouldContain(("2025", DatePrecision.Year, "2025"));
    }

    [Fact]
    public void Each_event_says_who_the_counterpart_is_and_which_way_it_went()
    {
        var report = Build(new TimelineQuery(Putin.Id));
        var meet = report.AllEntries.Single(e => e.Type == EventType.MEET);
        var accuse = report.AllEntries.Single(e => e.Type == EventType.ACCUSE);
        var deny = report.AllEntries.Single(e => e.Type == EventType.DENY);

        (meet.Counterpart!.Name, meet.Direction, meet.Place, meet.TypeLabel).ShouldBe(("Alexander Lukashenko", Direction.Mutual, "Moscow", "meet"));
        (accuse.Counterpart!.Name, accuse.Direction, accuse.Alleged).ShouldBe(("Ukraine", Direction.Incoming, true));
        (deny.Counterpart!.Name, deny.Direction, deny.Confidence).ShouldBe(("NATO", Direction.Outgoing, 0.7));
    }

    [Fact]
    public void Quotes_link_to_the_url_when_known_else_to_the_file()
    {
        var report = Build(new TimelineQuery(Putin.Id));

        var meet = report.AllEntries.Single(e => e.Type == EventType.MEET).Quotes.ShouldHaveSingleItem();
        meet.Sentence.ShouldBe("Putin ha accolto Lukashenko a Mosca.");
        meet.Link.ShouldBe("https://news.example.org/vertice?id=1");
        meet.ArticleTitle.ShouldBe("Vertice a Mosca");
        report.AllEntries.Single(e => e.Type == EventType.PHONE_CALL).Quotes[0].Link.ShouldBe("seeds/002.txt");
    }

    [Fact]
    public void A_quote_from_an_article_not_in_the_snapshot_links_to_the_article_id()
    {
        var snapshot = Snapshot(Ev(Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 1, 2), "Met.", "deadbeef"));

        var report = new TimelineBuilder(Clock).Build(snapshot, new TimelineQuery(Putin.Id));

        report.Dated.Single().Quotes[0].Link.ShouldBe("deadbeef");
    }

    [Fact]
    public void With_a_second_actor_only_events_between_the_two_are_kept()
    {
        var report = Build(new TimelineQuery(Putin.Id, WithId: Lukashenko.Id));

        report.With!.Name.ShouldBe("Alexander Lukashenko");
        report.AllEntries.Select(e => e.Type).ShouldBe([EventType.MEET, EventType.PHONE_CALL]);
        report.Title.ShouldBe("Timeline: Vladimir Putin and Alexander Lukashenko");
    }

    [Fact]
    public void A_date_range_keeps_events_inside_it_and_drops_the_undated()
    {
        var report = Build(new TimelineQuery(Putin.Id, From: new DateOnly(2025, 10, 1), To: new DateOnly(2025, 12, 31)));

        report.AllEntries.Select(e => e.Date).ShouldBe(["2025", "2025-10", "2025-12-30"]);
        report.Undated.Count.ShouldBe(0);
    }

    [Fact]
    public void Types_restrict_the_timeline()
    {
        var report = Build(new TimelineQuery(Putin.Id, Types: new HashSet<EventType> { EventType.PHONE_CALL, EventType.MEET }));

        report.AllEntries.Select(e => e.Type).ShouldBe([EventType.MEET, EventType.PHONE_CALL]);
        report.Types.ShouldBe([EventType.MEET, EventType.PHONE_CALL]);
    }

    [Fact]
    public void Nothing_matching_gives_an_empty_report()
    {
        var report = Build(new TimelineQuery(Putin.Id, From: new DateOnly(2030, 1, 1)));

        report.IsEmpty.ShouldBeTrue();
        report.Periods.Count.ShouldBe(0);
    }

    [Fact]
    public void The_report_records_when_it_was_made()
    {
        Build(new TimelineQuery(Putin.Id)).Generated.ShouldBe(Now);
    }
}
