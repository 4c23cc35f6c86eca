using Graph.Ingestion.Pipeline;
using Shouldly;
using Xunit;

namespace Graph.Ingestion.Tests.Pipeline;

public sealed class BackoffTests
{
    [Fact]
    public void Waits_double_up_to_the_cap_with_jitter_of_at_most_half()
    {
        var random = new Random(7);
        var initial = TimeSpan.FromSeconds(1);
        var cap = TimeSpan.FromMinutes(5);
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var ceiling = Math.Min(cap.TotalSeconds, Math.Pow(2, Math.Min(attempt, 30)));
            var delay = Backoff.Delay(attempt, initial, cap, random).TotalSeconds;
            delay.ShouldBeInRange(ceiling / 2, ceiling);
        }
    }

    [Fact]
    public void Two_waiting_articles_do_not_retry_in_lock_step()
    {
        var random = new Random(11);
        var delays = Enumerable.Range(0, 20).Select(_ => Backoff.Delay(5, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), random)).Distinct().Count();

        delays.ShouldBeGreaterThan(15);
    }
}
