using Graph.Ingestion.Tests.Worker;
using Shouldly;
using Xunit;

namespace Graph.Ingestion.Tests.Inbox;

public sealed class InboxWatcherTests
{
    [Fact]
    public async Task A_file_last_written_long_ago_is_taken_at_the_first_look_without_waiting_to_settle()
    {
        await using var h = new WorkerHarness();
        // Settling by two looks would take an hour of the worker's clock.
        h.Settings["Graph:Worker:SettleSeconds"] = "3600";
        await h.StartAsync();
        var started = h.Time.GetUtcNow();
        var staging = Path.Combine(h.Root, "old.txt");
        await File.WriteAllTextAsync(staging, WorkerHarness.Article("Marta met Paolo."), TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(staging, DateTime.UtcNow.AddHours(-3));
        File.Move(staging, Path.Combine(h.Inbox, "old.txt"));

        await h.WaitUntilAsync(() => h.DoneAsync(1), "the old file is ingested");

        (h.Time.GetUtcNow() - started).ShouldBeLessThan(TimeSpan.FromMinutes(10));
        h.FilesIn(h.Processed).ShouldBe(["old.txt"]);
    }

    [Fact]
    public async Task A_file_still_growing_is_not_taken_however_far_the_worker_clock_moves_within_the_settle_interval()
    {
        await using var h = new WorkerHarness();
        h.Settings["Graph:Worker:SettleSeconds"] = "60";
        await h.StartAsync();
        var path = Path.Combine(h.Inbox, "growing.txt");
        await using (var writer = new StreamWriter(path))
        {
            await writer.WriteAsync(WorkerHarness.Article("Marta met Paolo.").TrimEnd());
            await writer.FlushAsync(TestContext.Current.CancellationToken);
            for (var i = 0; i < 3; i++)
            {
                await h.WaitForScanAsync();
                await writer.WriteAsync(" Then Giulia met Luca.");
                await writer.FlushAsync(TestContext.Current.CancellationToken);
            }
            h.Store.Writes.ShouldBeEmpty("a file written moments ago must not be read");
            await writer.WriteAsync(" The end.\n");
        }

        await h.WaitUntilAsync(() => h.DoneAsync(1), "the finished file is ingested once it settled", TimeSpan.FromSeconds(5));
        h.Store.Articles.ShouldHaveSingleItem().Text.ShouldEndWith("The end.");
    }
}
