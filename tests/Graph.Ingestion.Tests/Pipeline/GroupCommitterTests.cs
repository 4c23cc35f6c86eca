using Graph.Ingestion.Tests.Fakes;
using Graph.Ingestion.Tests.Worker;
using Shouldly;
using Xunit;

namespace Graph.Ingestion.Tests.Pipeline;

/// <summary>The worker on a store that takes batches: articles are written and marked done in groups.</summary>
public sealed class GroupCommitterTests
{
    private static readonly string[] People = ["Marta", "Paolo", "Giulia", "Luca", "Sara", "Enzo", "Chiara", "Bruno", "Elena", "Dario", "Irene", "Fabio"];

    private static string Meeting(int i) => $"{People[i % People.Length]} met {People[(i + 5) % People.Length]}.";

    private static WorkerHarness Harness()
    {
        var h = new WorkerHarness();
        h.Settings["Graph:Worker:QueueCapacity"] = "64";
        return h;
    }

    [Fact]
    public async Task Articles_that_wait_while_a_group_commits_go_into_the_store_together_and_all_are_done()
    {
        await using var h = Harness();
        var batches = new FakeBatchGraphStore(h.Store);
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // The first group is held after committing, so the articles extracted meanwhile gather into the next.
        batches.AfterBatch = async (_, _) =>
        {
            if (first.TrySetResult()) await release.Task;
        };
        await h.StartAsync(batches);
        for (var i = 0; i < 20; i++)
        {
            h.Drop($"a{i:00}.txt", WorkerHarness.Article($"{Meeting(i)} Report number {i}.", $"2025-10-{10 + i}"));
        }
        await h.WaitUntilAsync(() => first.Task.IsCompleted, "the first group committed");
        var extractor = (FakeEventExtractor)h.Extractor;
        await h.WaitUntilAsync(() => extractor.Calls == 20, "the other articles are extracted and wait behind the first group");
        release.SetResult();

        await h.WaitUntilAsync(() => h.DoneAsync(20), "all 20 are done");
        await h.WaitUntilAsync(() => h.FilesIn(h.Processed).Length == 20, "all 20 files are processed");
        batches.Batches.Max().ShouldBeGreaterThan(1, "articles that waited were written in one transaction");
        batches.Batches.Sum().ShouldBe(20);
        h.Store.Articles.Count.ShouldBe(20);
        h.Store.Events.Count.ShouldBe(20);
        (await h.StatusAsync()).Pending.ShouldBe(0);
    }

    [Fact]
    public async Task Stopping_while_a_group_hangs_after_its_commit_then_restarting_loses_nothing_and_duplicates_nothing()
    {
        await using var h = Harness();
        h.Settings["Graph:Worker:ShutdownTimeoutSeconds"] = "0";
        var batches = new FakeBatchGraphStore(h.Store);
        var hung = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var groups = 0;
        // The second group commits, then the process "dies" before the ledger hears of it.
        batches.AfterBatch = async (_, ct) =>
        {
            if (Interlocked.Increment(ref groups) != 2) return;
            hung.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
        };
        await h.StartAsync(batches);
        for (var i = 0; i < 12; i++)
        {
            h.Drop($"batch-{i:00}.txt", WorkerHarness.Article(Meeting(i), $"2025-10-{10 + i}"));
        }
        await h.WaitUntilAsync(() => hung.Task.IsCompleted, "the second group hangs after committing");

        await h.StopAsync();
        var afterStop = await h.StatusAsync();
        afterStop.Done.ShouldBeLessThan(12);
        afterStop.Pending.ShouldBeGreaterThanOrEqualTo(1, "the hung group stays pending");
        (h.FilesIn(h.Inbox).Length + h.FilesIn(h.Processed).Length).ShouldBe(12, "no file is lost");

        batches.AfterBatch = null;
        await h.StartAsync(batches);
        await h.WaitUntilAsync(() => h.DoneAsync(12), "all 12 are done after the restart", TimeSpan.FromSeconds(1));
        await h.WaitUntilAsync(() => h.FilesIn(h.Processed).Length == 12, "all 12 files are processed");

        h.Store.Articles.Count.ShouldBe(12);
        h.Store.Events.Count.ShouldBe(12);
        h.Store.Events.ShouldAllBe(e => e.Mentions.Length == 1);
        h.Store.Writes.Count(w => w.Result.ArticleAdded).ShouldBe(12);
        (await h.StatusAsync()).Pending.ShouldBe(0);
    }

    [Fact]
    public async Task An_article_the_store_refuses_fails_alone_while_the_rest_of_its_group_is_written()
    {
        await using var h = Harness();
        h.Store.Refuse = x => x.Article.Text.Contains("Irene met Fabio", StringComparison.Ordinal) ? new InvalidOperationException("constraint failed: event_key") : null;
        var batches = new FakeBatchGraphStore(h.Store);
        await h.StartAsync(batches);
        h.Drop("a-poison.txt", WorkerHarness.Article("Irene met Fabio."));
        for (var i = 0; i < 6; i++)
        {
            h.Drop($"fine-{i}.txt", WorkerHarness.Article(Meeting(i)));
        }

        await h.WaitUntilAsync(() => h.FilesIn(h.Failed).Length == 2 && h.FilesIn(h.Processed).Length == 6, "the refused article failed and the others are processed", TimeSpan.FromSeconds(1));

        (await File.ReadAllTextAsync(Path.Combine(h.Failed, "a-poison.txt.error.txt"), TestContext.Current.CancellationToken)).ShouldContain("constraint failed: event_key");
        var status = await h.StatusAsync();
        (status.Done, status.Failed, status.Pending).ShouldBe((6L, 1L, 0L));
        h.Store.Articles.Count.ShouldBe(6);
    }

    [Fact]
    public async Task A_store_outage_under_group_commits_is_logged_once_and_everything_is_written_once_when_it_returns()
    {
        await using var h = Harness();
        h.Store.Available = false;
        var batches = new FakeBatchGraphStore(h.Store);
        await h.StartAsync(batches);
        for (var i = 0; i < 6; i++)
        {
            h.Drop($"a{i}.txt", WorkerHarness.Article(Meeting(i)));
        }

        await h.WaitUntilAsync(() => h.Store.Refused >= 12, "the store refused a dozen attempts");
        (await h.StatusAsync()).Done.ShouldBe(0);
        h.FilesIn(h.Processed).ShouldBeEmpty("nothing is moved before it is written");

        h.Store.Available = true;
        await h.WaitUntilAsync(() => h.DoneAsync(6), "all 6 are done after the store came back", TimeSpan.FromSeconds(1));
        h.Store.Articles.Count.ShouldBe(6);
        h.Store.Writes.Count(w => w.Result.ArticleAdded).ShouldBe(6);
        h.Log.Count(6).ShouldBe(1, "the outage is logged once when it starts");
        h.Log.Messages(7).ShouldHaveSingleItem().ShouldContain("reachable again after");
    }
}
