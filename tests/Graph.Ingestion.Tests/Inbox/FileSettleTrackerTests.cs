using Graph.Ingestion.Inbox;
using Shouldly;
using Xunit;

namespace Graph.Ingestion.Tests.Inbox;

public sealed class FileSettleTrackerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Written = new(2026, 3, 2, 8, 59, 59, DateTimeKind.Utc);

    /// <summary>The real clock a moment after the file was last written, well within the settle interval.</summary>
    private static DateTime JustAfter(DateTime written) => written.AddSeconds(0.5);

    [Fact]
    public void A_file_is_ready_once_unchanged_for_the_settle_interval()
    {
        var tracker = new FileSettleTracker(TimeSpan.FromSeconds(2));

        tracker.Observe("a", 100, Written, T0, JustAfter(Written)).ShouldBeFalse();
        tracker.Observe("a", 100, Written, T0.AddSeconds(1), JustAfter(Written)).ShouldBeFalse();
        tracker.Observe("a", 100, Written, T0.AddSeconds(2), JustAfter(Written)).ShouldBeTrue();
    }

    [Fact]
    public void A_file_that_grows_starts_settling_again()
    {
        var tracker = new FileSettleTracker(TimeSpan.FromSeconds(2));

        tracker.Observe("a", 100, Written, T0, JustAfter(Written)).ShouldBeFalse();
        var grown = Written.AddSeconds(2);
        tracker.Observe("a", 180, grown, T0.AddSeconds(2), JustAfter(grown)).ShouldBeFalse();
        tracker.Observe("a", 180, grown, T0.AddSeconds(3), JustAfter(grown)).ShouldBeFalse();
        tracker.Observe("a", 180, grown, T0.AddSeconds(4), JustAfter(grown)).ShouldBeTrue();
    }

    [Fact]
    public void A_file_renamed_into_its_final_name_is_ready_at_once()
    {
        var tracker = new FileSettleTracker(TimeSpan.FromSeconds(2));
        tracker.MarkRenamedIn("a");

        tracker.Observe("a", 100, Written, T0, JustAfter(Written)).ShouldBeTrue();
    }

    [Fact]
    public void A_file_last_written_longer_ago_than_the_settle_interval_is_ready_at_the_first_look()
    {
        var tracker = new FileSettleTracker(TimeSpan.FromSeconds(2));

        tracker.Observe("a", 100, Written, T0, Written.AddMinutes(10)).ShouldBeTrue();
        tracker.HasUnsettled.ShouldBeFalse();
    }

    [Fact]
    public void A_file_written_a_moment_ago_waits_even_when_the_worker_clock_has_moved_far_on()
    {
        var tracker = new FileSettleTracker(TimeSpan.FromSeconds(2));

        tracker.Observe("a", 100, Written, T0.AddHours(1), JustAfter(Written)).ShouldBeFalse();
        tracker.HasUnsettled.ShouldBeTrue();
    }

    [Fact]
    public void A_file_dated_in_the_future_is_not_taken_as_old()
    {
        var tracker = new FileSettleTracker(TimeSpan.FromSeconds(2));

        tracker.Observe("a", 100, Written.AddHours(1), T0, Written).ShouldBeFalse();
    }
}
