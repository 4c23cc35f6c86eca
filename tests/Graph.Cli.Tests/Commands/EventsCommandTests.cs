using Shouldly;
using Xunit;

namespace Graph.Cli.Tests.Commands;

public sealed class EventsCommandTests
{
    [Fact]
    public async Task Events_on_an_empty_store_says_so_and_exits_zero()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync("events", "--db", dir.File("graph.db"));

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("no events");
    }

    [Fact]
    public async Task Events_filters_by_actor_surname_and_date_range()
    {
        using var dir = new TempDirectory();
        var db = dir.File("graph.db");
        await CliRunner.RunAsync("ingest", RepoPaths.Seeds, "--db", db);

        var october = await CliRunner.RunAsync("events", "--db", db, "--actor", "Lukashenko", "--from", "2025-12-01", "--to", "2025-12-31", "--format", "jsonl");

        october.ExitCode.ShouldBe(0, october.Error);
        october.OutLines.ShouldNotBeEmpty();
        october.OutLines.ShouldAllBe(l => l.Contains("2025-12", StringComparison.Ordinal));
        october.OutLines.ShouldAllBe(l => l.Contains("alexander-lukashenko", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Events_with_an_unknown_type_is_a_usage_error_listing_the_types()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync("events", "--db", dir.File("graph.db"), "--type", "HUG");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("PHONE_CALL");
    }

    [Fact]
    public async Task Events_with_from_after_to_is_a_usage_error_instead_of_an_empty_list()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync("events", "--db", dir.File("graph.db"), "--from", "2025-12-31", "--to", "2025-12-01");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--from 2025-12-31 is after --to 2025-12-01");
    }

    [Fact]
    public async Task Events_takes_comma_separated_types_like_the_other_commands()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync("events", "--db", dir.File("graph.db"), "--type", "MEET,PHONE_CALL");

        result.ExitCode.ShouldBe(0, result.Error);
    }

    [Fact]
    public async Task Events_for_an_actor_not_in_the_store_says_so()
    {
        using var dir = new TempDirectory();
        var db = dir.File("graph.db");
        await CliRunner.RunAsync("ingest", RepoPaths.Seeds, "--db", db);

        var result = await CliRunner.RunAsync("events", "--db", db, "--actor", "Napoleon");

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldContain("Napoleon");
    }
}
