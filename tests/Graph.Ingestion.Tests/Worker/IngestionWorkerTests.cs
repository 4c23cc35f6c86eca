using Graph.Domain.Articles;
using Graph.Domain.Events;
using Graph.Ingestion.Ledger;
using Graph.Ingestion.Tests.Fakes;
using Shouldly;
using Xunit;

namespace Graph.Ingestion.Tests.Worker;

public sealed class IngestionWorkerTests
{
    private static readonly string[] People = ["Marta", "Paolo", "Giulia", "Luca", "Sara", "Enzo", "Chiara", "Bruno", "Elena", "Dario", "Irene", "Fabio"];

    private static string Meeting(int i) => $"{People[i % People.Length]} met {People[(i + 5) % People.Length]}.";

    [Fact]
    public async Task Dropped_files_are_all_ingested_with_their_events_and_moved_to_processed()
    {
        await using var h = new WorkerHarness();
        await h.StartAsync();
        for (var i = 0; i < 8; i++)
        {
            h.Drop($"article-{i}.txt", WorkerHarness.Article(Meeting(i), $"2025-09-{10 + i}"));
        }

        await h.WaitUntilAsync(() => h.DoneAsync(8), "all 8 articles are done");
        await h.WaitUntilAsync(() => h.FilesIn(h.Processed).Length == 8, "all files are in processed/");

        h.Store.Articles.Count.ShouldBe(8);
        h.Store.Events.Count.ShouldBe(8);
        var marta = h.Store.Events.Single(e => e.Source.Name == "Marta");
        marta.Target.ShouldNotBeNull().Name.ShouldBe("Enzo");
        marta.Type.ShouldBe(EventType.MEET);
        marta.Date.Iso.ShouldBe("2025-09-10");
        h.FilesIn(h.Inbox).ShouldBeEmpty();
        var status = await h.StatusAsync();
        (status.Pending, status.Failed).ShouldBe((0L, 0L));
        status.LastSuccess.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_same_content_dropped_again_under_another_name_is_skipped()
    {
        await using var h = new WorkerHarness();
        await h.StartAsync();
        var content = WorkerHarness.Article("Marta met Paolo.");
        h.Drop("first.txt", content);
        await h.WaitUntilAsync(() => h.FilesIn(h.Processed).Length == 1, "the first copy is processed");

        h.Drop("copy-with-another-name.txt", content);
        await h.WaitUntilAsync(() => h.FilesIn(h.Processed).Length == 2, "the second copy is moved to processed/");

        h.Store.Writes.Count.ShouldBe(1, "the second copy must not reach the store");
        h.Log.Messages(4).ShouldHaveSingleItem().ShouldContain("copy-with-another-name.txt");
        (await h.StatusAsync()).Done.ShouldBe(1);
    }

    [Fact]
    public async Task A_bad_file_goes_to_failed_with_its_reason_while_the_others_are_ingested()
    {
        await using var h = new WorkerHarness();
        await h.StartAsync();
        h.Drop("good-1.txt", WorkerHarness.Article("Marta met Paolo."));
        h.Drop("broken.txt", "abc\0\0\0def");
        h.Drop("good-2.txt", WorkerHarness.Article("Sara met Enzo."));
        h.Drop("slides.pptx", "not an article");

        await h.WaitUntilAsync(() => h.FilesIn(h.Failed).Length == 4 && h.FilesIn(h.Processed).Length == 2, "good files processed, bad ones failed");

        h.FilesIn(h.Failed).ShouldBe(["broken.txt", "broken.txt.error.txt", "slides.pptx", "slides.pptx.error.txt"]);
        var why = await File.ReadAllTextAsync(Path.Combine(h.Failed, "broken.txt.error.txt"), TestContext.Current.CancellationToken);
        why.ShouldContain("binary file, not text");
        why.ShouldContain("drop it into the inbox again");
        (await File.ReadAllTextAsync(Path.Combine(h.Failed, "slides.pptx.error.txt"), TestContext.Current.CancellationToken)).ShouldContain("no reader for '.pptx'");
        h.Store.Articles.Count.ShouldBe(2);
        var status = await h.StatusAsync();
        (status.Done, status.Failed).ShouldBe((2L, 2L));
        status.LastError.ShouldNotBeNull().LastError.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_failed_file_with_the_same_name_as_an_earlier_one_gets_a_suffix_instead_of_overwriting()
    {
        await using var h = new WorkerHarness();
        await h.StartAsync();
        h.Drop("bad.txt", "\0first");
        await h.WaitUntilAsync(() => h.FilesIn(h.Failed).Length == 2, "the first bad file is in failed/");
        h.Drop("bad.txt", "\0second");
        await h.WaitUntilAsync(() => h.FilesIn(h.Failed).Length == 4, "the second bad file is in failed/");

        h.FilesIn(h.Failed).ShouldBe(["bad-1.txt", "bad-1.txt.error.txt", "bad.txt", "bad.txt.error.txt"]);
        (await File.ReadAllTextAsync(Path.Combine(h.Failed, "bad.txt"), TestContext.Current.CancellationToken)).ShouldBe("\0first");
    }

    [Fact]
    public async Task A_store_outage_keeps_articles_pending_and_everything_is_ingested_once_when_it_returns()
    {
        await using var h = new WorkerHarness();
        h.Store.Available = false;
        await h.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            h.Drop($"a{i}.txt", WorkerHarness.Article(Meeting(i)));
        }

        await h.WaitUntilAsync(() => h.Store.Refused >= 12, "the store refused a dozen attempts");
        var during = await h.StatusAsync();
        during.Done.ShouldBe(0);
        during.Pending.ShouldBeGreaterThan(0);
        h.FilesIn(h.Processed).ShouldBeEmpty("nothing is moved before it is written");

        h.Store.Available = true;
        await h.WaitUntilAsync(() => h.DoneAsync(5), "all 5 articles are done after the store came back", TimeSpan.FromSeconds(1));

        h.Store.Articles.Count.ShouldBe(5);
        h.Store.Events.Count.ShouldBe(5);
        h.Store.Writes.Count(w => w.Result.ArticleAdded).ShouldBe(5);
        h.Log.Count(6).ShouldBe(1, "the outage is logged once when it starts");
        h.Log.Messages(7).ShouldHaveSingleItem().ShouldContain("reachable again after");
        (await h.StatusAsync()).Pending.ShouldBe(0);
    }

    [Fact]
    public async Task A_write_that_commits_but_then_fails_is_retried_without_duplicating_anything()
    {
        await using var h = new WorkerHarness();
        var failOnce = 1;
        h.Store.AfterWrite = (_, _) => Interlocked.Exchange(ref failOnce, 0) == 1
            ? throw new IOException("connection reset after commit")
            : Task.CompletedTask;
        await h.StartAsync();
        h.Drop("a.txt", WorkerHarness.Article("Marta met Paolo."));

        await h.WaitUntilAsync(() => h.DoneAsync(1), "the article is done", TimeSpan.FromSeconds(1));

        h.Store.Writes.Select(w => w.Result.ArticleAdded).ShouldBe([true, false]);
        h.Store.Events.Count.ShouldBe(1);
        h.Store.Events[0].Mentions.Length.ShouldBe(1);
    }

    [Fact]
    public async Task Stopping_in_the_middle_of_a_batch_then_restarting_loses_nothing_and_duplicates_nothing()
    {
        await using var h = new WorkerHarness();
        h.Settings["Graph:Worker:ShutdownTimeoutSeconds"] = "0";
        var hung = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writes = 0;
        // The third write commits, then the process "dies" before the ledger hears of it.
        h.Store.AfterWrite = async (_, ct) =>
        {
            if (Interlocked.Increment(ref writes) != 3) return;
            hung.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
        };
        await h.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            h.Drop($"batch-{i:00}.txt", WorkerHarness.Article(Meeting(i), $"2025-10-{10 + i}"));
        }
        await h.WaitUntilAsync(() => hung.Task.IsCompleted, "the third write hangs after committing");

        await h.StopAsync();
        var afterStop = await h.StatusAsync();
        afterStop.Done.ShouldBeLessThan(10);
        afterStop.Pending.ShouldBeGreaterThanOrEqualTo(1, "the hung article stays pending");
        (h.FilesIn(h.Inbox).Length + h.FilesIn(h.Processed).Length).ShouldBe(10, "no file is lost");

        h.Store.AfterWrite = null;
        await h.StartAsync();
        await h.WaitUntilAsync(() => h.DoneAsync(10), "all 10 are done after the restart", TimeSpan.FromSeconds(1));
        await h.WaitUntilAsync(() => h.FilesIn(h.Processed).Length == 10, "all 10 files are processed");

        h.Store.Articles.Count.ShouldBe(10);
        h.Store.Events.Count.ShouldBe(10);
        h.Store.Events.ShouldAllBe(e => e.Mentions.Length == 1);
        h.Store.Writes.Count(w => w.Result.ArticleAdded).ShouldBe(10);
        h.Log.Count(8).ShouldBeGreaterThanOrEqualTo(1, "the hung article was abandoned, not marked");
        (await h.StatusAsync()).Pending.ShouldBe(0);
    }

    [Fact]
    public async Task A_file_still_being_written_is_not_read_until_it_stops_changing()
    {
        await using var h = new WorkerHarness();
        await h.StartAsync();
        var path = Path.Combine(h.Inbox, "slow.txt");
        await using (var writer = new StreamWriter(path))
        {
            await writer.WriteAsync(WorkerHarness.Article("Marta met Paolo.").TrimEnd());
            await writer.FlushAsync(TestContext.Current.CancellationToken);
            for (var i = 0; i < 4; i++)
            {
                // Each look at the file (a settle interval after the last) finds it grown since then.
                var scans = h.Worker.InboxScans;
                await writer.WriteAsync($" Then {People[i]} met {People[i + 6]}.");
                await writer.FlushAsync(TestContext.Current.CancellationToken);
                await h.WaitUntilAsync(() => h.Worker.InboxScans > scans, "the inbox was scanned again");
            }
            h.Store.Writes.ShouldBeEmpty("a growing file must not be read");
            h.FilesIn(h.Inbox).ShouldBe(["slow.txt"]);
            await writer.WriteAsync(" The end.\n");
        }

        await h.WaitUntilAsync(() => h.DoneAsync(1), "the finished file is ingested");
        var article = h.Store.Articles.ShouldHaveSingleItem();
        article.Text.ShouldEndWith("The end.");
        h.Store.Events.Count.ShouldBe(5);
    }

    [Fact]
    public async Task Temporary_names_are_ignored_until_renamed_to_their_final_name()
    {
        await using var h = new WorkerHarness();
        await h.StartAsync();
        var temp = Path.Combine(h.Inbox, "incoming.txt.part");
        await File.WriteAllTextAsync(temp, WorkerHarness.Article("Marta met Paolo."), TestContext.Current.CancellationToken);
        await h.WaitForScanAsync();
        await h.WaitForScanAsync();
        await h.WaitForScanAsync();
        h.Store.Writes.ShouldBeEmpty();

        File.Move(temp, Path.Combine(h.Inbox, "incoming.txt"));
        await h.WaitUntilAsync(() => h.DoneAsync(1), "the renamed file is ingested");
        h.FilesIn(h.Processed).ShouldBe(["incoming.txt"]);
    }

    [Fact]
    public async Task Articles_left_pending_by_an_earlier_run_are_ingested_at_the_next_start()
    {
        await using var h = new WorkerHarness();
        h.Store.Available = false;
        await h.StartAsync();
        h.Drop("waiting.txt", WorkerHarness.Article("Irene met Fabio."));
        await h.WaitUntilAsync(() => h.Store.Refused >= 2, "the store refused the article");
        await h.StopAsync();
        var id = Article.ComputeId("Irene met Fabio.");
        (await h.EntryAsync(id)).ShouldNotBeNull().State.ShouldBe(LedgerState.Pending);

        h.Store.Available = true;
        await h.StartAsync();
        await h.WaitUntilAsync(() => h.DoneAsync(1), "the pending article is done");
        var entry = (await h.EntryAsync(id)).ShouldNotBeNull();
        entry.State.ShouldBe(LedgerState.Done);
        entry.Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task An_article_the_store_keeps_refusing_while_others_get_through_is_failed_with_the_reason()
    {
        await using var h = new WorkerHarness();
        h.Store.Refuse = x => x.Article.Text.Contains("Irene", StringComparison.Ordinal) ? new InvalidOperationException("constraint failed: event_key") : null;
        await h.StartAsync();
        h.Drop("a-poison.txt", WorkerHarness.Article("Irene met Fabio."));
        // Others get through while it is retried: that is what shows the problem is the article's.
        await h.WaitUntilAsync(() => h.Store.Refused >= 1, "the store refused the article once");
        for (var i = 0; i < 4; i++)
        {
            h.Drop($"fine-{i}.txt", WorkerHarness.Article(Meeting(i)));
        }

        await h.WaitUntilAsync(() => h.FilesIn(h.Failed).Length == 2 && h.FilesIn(h.Processed).Length == 4, "the refused article failed and the others are processed", TimeSpan.FromSeconds(1));

        (await File.ReadAllTextAsync(Path.Combine(h.Failed, "a-poison.txt.error.txt"), TestContext.Current.CancellationToken)).ShouldContain("constraint failed: event_key");
        var status = await h.StatusAsync();
        (status.Done, status.Failed, status.Pending).ShouldBe((4L, 1L, 0L));
    }

    [Fact]
    public async Task A_store_wide_error_keeps_every_article_pending_instead_of_failing_them()
    {
        await using var h = new WorkerHarness();
        var readOnly = true;
        h.Store.Refuse = _ => Volatile.Read(ref readOnly) ? new InvalidOperationException("graph.db is read-only") : null;
        await h.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            h.Drop($"a{i}.txt", WorkerHarness.Article(Meeting(i)));
        }

        await h.WaitUntilAsync(() => h.Store.Refused >= 12, "the store refused a dozen attempts", TimeSpan.FromSeconds(1));
        var during = await h.StatusAsync();
        (during.Done, during.Failed).ShouldBe((0L, 0L));
        h.FilesIn(h.Failed).ShouldBeEmpty();

        Volatile.Write(ref readOnly, false);
        await h.WaitUntilAsync(() => h.DoneAsync(3), "all are done once the store is writable", TimeSpan.FromSeconds(1));
        h.Log.Count(6).ShouldBe(1);
        h.Log.Messages(6).Single().ShouldContain("read-only");
    }
}
