using Graph.Ingestion.Ledger;
using Shouldly;
using Xunit;

namespace Graph.Ingestion.Tests.Ledger;

public sealed class LedgerStatusTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static LedgerStatus Status(long pending, DateTimeOffset? lastSuccess, DateTimeOffset? heartbeat) =>
        new(pending, 10, 0, lastSuccess, null, 0, 0, heartbeat);

    [Fact]
    public void A_live_worker_with_nothing_to_do_is_healthy_however_old_its_last_success()
    {
        Status(0, Now.AddDays(-3), Now.AddSeconds(-20)).Problems(Now, TimeSpan.FromMinutes(15)).ShouldBeEmpty();
    }

    [Fact]
    public void Pending_work_without_a_success_for_too_long_is_unhealthy()
    {
        Status(42, Now.AddMinutes(-16), Now.AddSeconds(-20)).Problems(Now, TimeSpan.FromMinutes(15))
            .ShouldHaveSingleItem().ShouldBe("42 articles pending but no success for 16m00s (limit 15m00s)");
    }

    [Fact]
    public void A_worker_that_never_ran_is_unhealthy()
    {
        Status(0, null, null).Problems(Now, TimeSpan.FromMinutes(15)).ShouldHaveSingleItem().ShouldContain("never run");
    }

    [Theory]
    [InlineData(40, "40s")]
    [InlineData(192, "3m12s")]
    [InlineData(7500, "2h05m")]
    [InlineData(90_000, "1d01h")]
    public void Durations_read_as_short_words(int seconds, string expected)
    {
        LedgerStatus.Describe(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);
    }
}
