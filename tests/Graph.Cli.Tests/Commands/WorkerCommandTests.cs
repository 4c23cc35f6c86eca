using Graph.Cli.Hosting;
using Shouldly;
using Xunit;

namespace Graph.Cli.Tests.Commands;

public sealed class WorkerCommandTests
{
    [Fact]
    public async Task Worker_ingests_a_dropped_article_and_stops_cleanly_when_cancelled()
    {
        using var dir = new TempDirectory();
        var inbox = dir.File("inbox");
        var ledger = dir.File("ledger.db");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = Task.Run(() => CliApp.RunAsync(
            ["worker", "--inbox", inbox, "--ledger", ledger, "--db", dir.File("graph.db"), "--parallelism", "1",
             "--set", "Graph:Worker:SettleSeconds=0.1", "--set", "Graph:Worker:RescanSeconds=0.2"],
            CliConsole.ForWriters(stdout, stderr), stop.Token), TestContext.Current.CancellationToken);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.Exists(inbox) && DateTime.UtcNow < deadline && !run.IsCompleted) await Task.Delay(50, TestContext.Current.CancellationToken);
        var staged = dir.Write("staging/putin.txt",
            "---\npublished: 2025-09-27\n---\nIl presidente russo Vladimir Putin ha incontrato ieri a Mosca il presidente bielorusso Alexander Lukashenko.\n");
        File.Move(staged, Path.Combine(inbox, "putin.txt"));
        var processed = Path.Combine(inbox, "processed", "putin.txt");
        while (!File.Exists(processed) && DateTime.UtcNow < deadline && !run.IsCompleted) await Task.Delay(50, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        var code = await run.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        File.Exists(processed).ShouldBeTrue(stderr.ToString());
        code.ShouldBe(0, stderr.ToString());
        var status = await CliRunner.RunAsync("status", "--ledger", ledger);
        status.Out.ShouldContain("1 done, 0 pending, 0 failed");
    }

    [Fact]
    public async Task Worker_refuses_a_feed_that_is_not_an_http_url()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync("worker", "--inbox", dir.File("inbox"), "--ledger", dir.File("ledger.db"), "--feed", "ftp://example.org/feed.xml");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("'ftp://example.org/feed.xml' is not an absolute http or https URL");
    }

    [Fact]
    public async Task Worker_refuses_zero_parallelism()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync("worker", "--inbox", dir.File("inbox"), "--ledger", dir.File("ledger.db"), "--parallelism", "0");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("MaxParallelism");
    }

    [Fact]
    public async Task Worker_refuses_an_inbox_that_is_a_file()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("not-a-folder.txt", "x");

        var result = await CliRunner.RunAsync("worker", "--inbox", file, "--ledger", dir.File("ledger.db"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("is a file, not a folder");
    }

    [Fact]
    public async Task Worker_refuses_a_ledger_it_cannot_create_with_a_configuration_error()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("plain-file", "x");

        var result = await CliRunner.RunAsync("worker", "--inbox", dir.File("inbox"), "--ledger", Path.Combine(file, "ledger.db"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("Graph:Worker:LedgerPath");
        result.Error.ShouldContain("cannot be used");
    }
}
