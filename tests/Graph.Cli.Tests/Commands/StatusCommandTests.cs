using Graph.Domain.Articles;
using Graph.Ingestion.Ledger;
using Shouldly;
using Xunit;

namespace Graph.Cli.Tests.Commands;

public sealed class StatusCommandTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static async Task WriteLedgerAsync(string path, TimeProvider clock, int done, int pending, string? failure = null)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var ledger = await IngestionLedger.OpenAsync(path, clock, ct);
        await ledger.HeartbeatAsync(ct);
        for (var i = 0; i < done + pending; i++)
        {
            var id = Article.ComputeId($"article {i}");
            await ledger.MarkPendingAsync(id, $"data/inbox/a{i}.txt", null, ct);
            if (i < done) await ledger.MarkDoneAsync(id, 2, ct);
        }
        if (failure is not null)
        {
            await ledger.MarkFailedAsync("unreadable:1", "data/inbox/bad.txt", null, failure, ct);
        }
    }

    [Fact]
    public async Task Status_shows_counts_last_success_throughput_and_last_error_and_exits_0_when_healthy()
    {
        using var dir = new TempDirectory();
        var ledger = dir.File("ledger.db");
        await WriteLedgerAsync(ledger, TimeProvider.System, done: 30, pending: 2, failure: "binary file, not text");

        var result = await CliRunner.RunAsync("status", "--ledger", ledger);

        result.ExitCode.ShouldBe(0, result.Out + result.Error);
        result.Out.ShouldContain("Articles: 30 done, 2 pending, 1 failed");
        result.Out.ShouldContain("Last success: ");
        result.Out.ShouldContain("Throughput: 6 articles/min over the last 5 min, 2 over the last 15 min");
        result.Out.ShouldContain("Last error: ");
        result.Out.ShouldContain("data/inbox/bad.txt: binary file, not text");
        result.Out.ShouldContain("Health: OK");
    }

    [Fact]
    public async Task Status_exits_1_when_work_is_pending_but_nothing_succeeded_for_too_long()
    {
        using var dir = new TempDirectory();
        var ledger = dir.File("ledger.db");
        await WriteLedgerAsync(ledger, new FixedClock(DateTimeOffset.UtcNow.AddHours(-1)), done: 3, pending: 4);
        // The worker is alive (fresh heartbeat) but stuck, e.g. the store has been down for an hour.
        await using (var alive = await IngestionLedger.OpenAsync(ledger, TimeProvider.System, TestContext.Current.CancellationToken))
        {
            await alive.HeartbeatAsync(TestContext.Current.CancellationToken);
        }

        var result = await CliRunner.RunAsync("status", "--ledger", ledger, "--unhealthy-after", "20");

        result.ExitCode.ShouldBe(1);
        result.Out.ShouldContain("UNHEALTHY: 4 articles pending but no success for 1h00m");
    }

    [Fact]
    public async Task Status_exits_1_when_the_worker_has_not_written_the_ledger_recently()
    {
        using var dir = new TempDirectory();
        var ledger = dir.File("ledger.db");
        await WriteLedgerAsync(ledger, new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-30)), done: 3, pending: 0);

        var result = await CliRunner.RunAsync("status", "--ledger", ledger);

        result.ExitCode.ShouldBe(1);
        result.Out.ShouldContain("the worker has not written the ledger for 30m");
    }

    [Fact]
    public async Task Status_exits_1_when_there_is_no_ledger()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync("status", "--ledger", dir.File("missing.db"));

        result.ExitCode.ShouldBe(1);
        result.Out.ShouldContain("does not exist");
        result.Out.ShouldContain("UNHEALTHY");
    }
}
