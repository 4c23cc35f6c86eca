using Graph.Ingestion.Inbox;
using Shouldly;
using Xunit;

namespace Graph.Ingestion.Tests.Inbox;

public sealed class FileSettleTrackerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Written = new(2026, 3, 2, 8, 59, 59, DateTimeKind.Utc);

    [Fact]
    public void A_file_is_ready_once_unchanged_for_the_settle_interval()
    {
        var tracker = new FileSettleTracker(TimeSpan.FromSeconds(2));

        tracker.Observe("a", 100, Written, T0).ShouldBeFalse();
        tracker.Observe("a", 100, Written, T0.AddSeconds(1)).ShouldBeFalse();
        tracker.Observe("a", 100, Written, T0.AddSeconds(2)).ShouldBeTrue();
    }

    [Fact]
    public void A_file_that_grows_starts_settling_again()
    {
        var tracker = new FileSettleTracker(TimeSpan.FromSeconds(2));

        tracker.Observe("a", 100, Written, T0).ShouldBeFalse();
        tracker.Observe("a", 180, Written.AddSeconds(2), T0.AddSeconds(2)).ShouldBeFalse();
        tracker.Observe("a", 180, Written.AddSeconds(2), T0.AddSeconds(3)).ShouldBeFalse();
        tracker.Observe("a", 180, Written.AddSeconds(2), T0.AddSeconds(4)).ShouldBeTrue();
    }

    [Fact]
    public void A_file_renamed_into_its_final_name_is_ready_at_once()
    {
        var tracker = new FileSettleTracker(TimeSpan.FromSeconds(2));
        tracker.MarkRenamedIn("a");

        tracker.Observe("a", 100, Written, T0).ShouldBeTrue();
    }
}
