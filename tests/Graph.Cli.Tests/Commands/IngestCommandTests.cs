using Shouldly;
using Xunit;

namespace Graph.Cli.Tests.Commands;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task Ingesting_the_seeds_stores_the_meeting_and_the_phone_call()
    {
        using var dir = new TempDirectory();
        var db = dir.File("graph.db");

        var ingest = await CliRunner.RunAsync("ingest", RepoPaths.Seeds, "--db", db);
        var events = await CliRunner.RunAsync("events", "--db", db, "--format", "jsonl");

        ingest.ExitCode.ShouldBe(0, ingest.Error);
        ingest.Out.ShouldContain("2 articles");
        events.OutLines.ShouldContain(l => l.Contains("\"MEET\"", StringComparison.Ordinal) && l.Contains("2025-09-27", StringComparison.Ordinal)
            && l.Contains("vladimir-putin", StringComparison.Ordinal) && l.Contains("alexander-lukashenko", StringComparison.Ordinal));
        events.OutLines.ShouldContain(l => l.Contains("\"PHONE_CALL\"", StringComparison.Ordinal) && l.Contains("2025-12-30", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingesting_the_seeds_twice_leaves_the_same_counts()
    {
        using var dir = new TempDirectory();
        var db = dir.File("graph.db");

        await CliRunner.RunAsync("ingest", RepoPaths.Seeds, "--db", db);
        var first = await CliRunner.RunAsync("events", "--db", db, "--format", "jsonl");
        var again = await CliRunner.RunAsync("ingest", RepoPaths.Seeds, "--db", db);
        var second = await CliRunner.RunAsync("events", "--db", db, "--format", "jsonl");

        again.ExitCode.ShouldBe(0, again.Error);
        again.Out.ShouldContain("0 articles");
        again.Out.ShouldContain("2 skipped");
        second.OutLines.ShouldBe(first.OutLines);
    }

    [Fact]
    public async Task Ingest_stores_the_good_files_and_exits_one_when_some_fail()
    {
        using var dir = new TempDirectory();
        dir.Write("in/bad.json", "{ not json");
        dir.Write("in/good.txt", "---\npublished: 2025-03-04\n---\nIl presidente russo Vladimir Putin ha incontrato ieri a Mosca il presidente bielorusso Alexander Lukashenko.\n");
        var db = dir.File("graph.db");

        var ingest = await CliRunner.RunAsync("ingest", dir.File("in"), "--db", db);
        var events = await CliRunner.RunAsync("events", "--db", db, "--format", "jsonl");

        ingest.ExitCode.ShouldBe(1);
        ingest.Error.ShouldContain("bad.json");
        ingest.Out.ShouldContain("1 failed");
        events.OutLines.ShouldContain(l => l.Contains("\"MEET\"", StringComparison.Ordinal) && l.Contains("2025-03-03", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingest_with_show_prints_the_stored_events()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync("ingest", RepoPaths.Seeds, "--db", dir.File("graph.db"), "--show");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("Alexander Lukashenko");
        result.Out.ShouldContain("PHONE_CALL");
    }
}
