using Shouldly;
using Xunit;

namespace Graph.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public async Task Help_lists_every_command_and_exits_zero()
    {
        var result = await CliRunner.RunAsync("--help");

        result.ExitCode.ShouldBe(0);
        foreach (var command in new[] { "extract", "ingest", "events", "evaluate", "worker", "status", "analyze", "path", "export", "report" })
        {
            result.Out.ShouldContain(command);
        }
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("ingest")]
    [InlineData("events")]
    public async Task Every_command_has_help(string command)
    {
        var result = await CliRunner.RunAsync(command, "--help");

        result.ExitCode.ShouldBe(0);
        result.Out.ShouldContain("Usage");
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("frobnicate");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--help");
    }

    [Fact]
    public async Task A_missing_required_argument_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("extract");

        result.ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task An_unknown_store_is_a_configuration_error_that_names_the_setting()
    {
        var result = await CliRunner.RunAsync("events", "--store", "mongodb");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("Graph:Store");
        result.Error.ShouldContain("mongodb");
    }

    [Fact]
    public async Task A_malformed_set_option_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("events", "--set", "Graph:Store");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("KEY=VALUE");
    }

    [Fact]
    public async Task An_invalid_option_value_in_configuration_is_reported_at_start()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync("events", "--db", dir.File("g.db"), "--set", "Graph:Reading:MaxFileBytes=0");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("MaxFileBytes");
    }

    [Fact]
    public async Task A_missing_config_file_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("events", "--config", "/nonexistent/graph.json");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("does not exist");
    }

    [Theory]
    [InlineData("loud")]
    [InlineData("9")]
    public async Task An_unknown_log_level_is_a_usage_error(string level)
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync("events", "--db", dir.File("g.db"), "--log-level", level);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--log-level");
    }
}
