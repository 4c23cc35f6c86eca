using Graph.Ingestion.Ledger;
using Graph.Ingestion.Tests.Fakes;
using Shouldly;
using Xunit;

namespace Graph.Ingestion.Tests.Ledger;

public sealed class IngestionLedgerTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "graph-ledger-" + Guid.NewGuid().ToString("N")[..12], "ledger.db");
    private readonly ManualTimeProvider _time = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_article_goes_from_pending_to_done_with_its_attempts_and_times()
    {
        await using var ledger = await IngestionLedger.OpenAsync(_path, _time, Ct);
        (await ledger.MarkPendingAsync("a1", "inbox/a.txt", "Vertice", Ct)).ShouldBeTrue();
        await ledger.NoteRetryAsync("a1", "store unavailable: refused", Ct);
        await ledger.MarkPendingAsync("a1", "inbox/a.txt", "Vertice", Ct);
        _time.Advance(TimeSpan.FromSeconds(3));
        await ledger.MarkDoneAsync("a1", 4, Ct);

        var entry = (await ledger.GetAsync("a1", Ct)).ShouldNotBeNull();
        entry.State.ShouldBe(LedgerState.Done);
        entry.Attempts.ShouldBe(2);
        entry.Events.ShouldBe(4);
        entry.LastError.ShouldBeNull();
        (entry.DoneAt - entry.FirstSeen).ShouldBe(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Marks_reach_the_file_once_an_article_finishes_and_when_the_ledger_closes()
    {
        var ledger = await IngestionLedger.OpenAsync(_path, _time, Ct);
        await ledger.MarkPendingAsync("a1", "inbox/a.txt", null, Ct);
        await ledger.MarkPendingAsync("a2", "inbox/b.txt", null, Ct);
        await ledger.MarkDoneAsync("a1", 2, Ct);
        await ledger.MarkPendingAsync("a3", "inbox/c.txt", null, Ct);

        await using (var status = (await IngestionLedger.OpenReadOnlyAsync(_path, _time, Ct)).ShouldNotBeNull())
        {
            var seen = await status.ReadStatusAsync(Ct);
            (seen.Done, seen.Pending).ShouldBe((1L, 1L), "graph status sees a finished article and the start committed with it");
        }
        await ledger.DisposeAsync();

        await using var reopened = await IngestionLedger.OpenAsync(_path, _time, Ct);
        var after = await reopened.ReadStatusAsync(Ct);
        (after.Done, after.Pending).ShouldBe((1L, 2L), "closing the ledger keeps the articles still in progress pending");
    }

    [Fact]
    public async Task Done_is_final_even_if_the_same_content_is_marked_again()
    {
        await using var ledger = await IngestionLedger.OpenAsync(_path, _time, Ct);
        await ledger.MarkPendingAsync("a1", "inbox/a.txt", null, Ct);
        await ledger.MarkDoneAsync("a1", 1, Ct);
        (await ledger.MarkPendingAsync("a1", "inbox/copy.txt", null, Ct)).ShouldBeFalse("an article already done is not started again");
        await ledger.MarkFailedAsync("a1", "inbox/copy.txt", null, "boom", Ct);

        var entry = (await ledger.GetAsync("a1", Ct)).ShouldNotBeNull();
        entry.State.ShouldBe(LedgerState.Done);
        entry.Source.ShouldBe("inbox/a.txt");
    }

    [Fact]
    public async Task Status_counts_states_and_throughput_over_the_last_5_and_15_minutes()
    {
        await using var ledger = await IngestionLedger.OpenAsync(_path, _time, Ct);
        for (var i = 0; i < 9; i++)
        {
            await ledger.MarkPendingAsync($"a{i}", $"inbox/{i}.txt", null, Ct);
            await ledger.MarkDoneAsync($"a{i}", 1, Ct);
            // Three articles every 5 minutes.
            if (i % 3 == 2) _time.Advance(TimeSpan.FromMinutes(5));
        }
        _time.Advance(TimeSpan.FromSeconds(1));
        await ledger.MarkPendingAsync("p", "inbox/p.txt", null, Ct);
        await ledger.MarkFailedAsync("f", "inbox/f.txt", null, "binary file", Ct);
        await ledger.HeartbeatAsync(Ct);

        var status = await ledger.ReadStatusAsync(Ct);

        (status.Done, status.Pending, status.Failed).ShouldBe((9L, 1L, 1L));
        status.DoneLast5Minutes.ShouldBe(0);
        status.DoneLast15Minutes.ShouldBe(6);
        status.LastError.ShouldNotBeNull().Source.ShouldBe("inbox/f.txt");
        status.Heartbeat.ShouldBe(_time.GetUtcNow().AddTicks(-(_time.GetUtcNow().Ticks % TimeSpan.TicksPerMillisecond)));
        status.Problems(_time.GetUtcNow(), TimeSpan.FromMinutes(15)).ShouldBeEmpty();
        status.Problems(_time.GetUtcNow().AddMinutes(20), TimeSpan.FromMinutes(15)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_ledger_that_does_not_exist_is_not_created_by_reading_it()
    {
        (await IngestionLedger.OpenReadOnlyAsync(_path, _time, Ct)).ShouldBeNull();
        File.Exists(_path).ShouldBeFalse();
    }

    [Fact]
    public async Task Feed_validators_and_links_are_remembered()
    {
        await using var ledger = await IngestionLedger.OpenAsync(_path, _time, Ct);
        await ledger.SaveFeedValidatorsAsync("https://f.example/rss", "\"v7\"", "Sat, 27 Sep 2025 10:00:00 GMT", Ct);
        await ledger.MarkFeedItemAsync("https://f.example/rss", "https://f.example/a", LedgerState.Pending, Ct);

        (await ledger.GetFeedValidatorsAsync("https://f.example/rss", Ct)).ShouldBe(("\"v7\"", "Sat, 27 Sep 2025 10:00:00 GMT"));
        (await ledger.CountUnfinishedFeedItemsAsync("https://f.example/rss", Ct)).ShouldBe(1);
        await ledger.MarkFeedItemAsync("https://f.example/rss", "https://f.example/a", LedgerState.Done, Ct);
        (await ledger.GetFeedItemAsync("https://f.example/rss", "https://f.example/a", Ct)).ShouldBe(LedgerState.Done);
        (await ledger.CountUnfinishedFeedItemsAsync("https://f.example/rss", Ct)).ShouldBe(0);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
        }
        catch (IOException)
        {
            // Never created, or still open on a slow machine: best effort.
        }
    }
}
