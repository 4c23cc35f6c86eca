using System.Text.Json;
using Shouldly;
using Xunit;

namespace Graph.Cli.Tests.Commands;

public sealed class ExtractCommandTests
{
    [Fact]
    public async Task Extract_prints_one_json_object_per_event_with_the_fields_the_scorer_reads()
    {
        var result = await CliRunner.RunAsync("extract", RepoPaths.Seeds, "--format", "jsonl");

        result.ExitCode.ShouldBe(0, result.Error);
        result.OutLines.ShouldNotBeEmpty();
        foreach (var line in result.OutLines)
        {
            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            foreach (var field in new[] { "file", "article", "source", "target", "type", "date", "place", "confidence", "alleged", "sentence", "span" })
            {
                e.TryGetProperty(field, out _).ShouldBeTrue($"missing '{field}' in {line}");
            }
            e.GetProperty("source").GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
            e.GetProperty("span").GetArrayLength().ShouldBe(2);
        }
    }

    [Fact]
    public async Task Extract_finds_the_meeting_and_the_phone_call_in_the_seeds()
    {
        var result = await CliRunner.RunAsync("extract", RepoPaths.Seeds);

        var events = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        events.ShouldContain(e => e.GetProperty("type").GetString() == "MEET"
            && e.GetProperty("date").GetString() == "2025-09-27"
            && e.GetProperty("source").GetProperty("id").GetString() == "vladimir-putin"
            && e.GetProperty("target").GetProperty("id").GetString() == "alexander-lukashenko");
        events.ShouldContain(e => e.GetProperty("type").GetString() == "PHONE_CALL"
            && e.GetProperty("date").GetString() == "2025-12-30");
    }

    [Fact]
    public async Task Extract_keeps_going_past_a_bad_file_and_exits_one()
    {
        using var dir = new TempDirectory();
        dir.Write("empty.txt", "");
        dir.Write("good.txt", "---\npublished: 2025-03-04\n---\nIl presidente russo Vladimir Putin ha incontrato ieri a Mosca il presidente bielorusso Alexander Lukashenko.\n");

        var result = await CliRunner.RunAsync("extract", dir.Path);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("empty.txt");
        result.OutLines.ShouldContain(l => l.Contains("\"MEET\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_of_a_path_that_does_not_exist_names_it_and_exits_one()
    {
        var result = await CliRunner.RunAsync("extract", "/nonexistent/article.txt");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("/nonexistent/article.txt");
    }

    [Fact]
    public async Task Extract_as_a_table_shows_actors_and_dates()
    {
        var result = await CliRunner.RunAsync("extract", RepoPaths.Seeds, "--format", "table");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("Vladimir Putin");
        result.Out.ShouldContain("2025-09-27");
    }

    [Fact]
    public async Task Extract_with_explain_says_which_cue_and_rule_produced_each_event()
    {
        var result = await CliRunner.RunAsync("extract", RepoPaths.Seeds, "--explain");

        result.ExitCode.ShouldBe(0, result.Error);
        foreach (var line in result.OutLines)
        {
            var explain = JsonDocument.Parse(line).RootElement.GetProperty("explain");
            explain.GetProperty("cue").GetString().ShouldNotBeNullOrWhiteSpace();
            explain.GetProperty("rule").GetString().ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task Extract_rejects_an_unknown_format()
    {
        var result = await CliRunner.RunAsync("extract", RepoPaths.Seeds, "--format", "xml");

        result.ExitCode.ShouldBe(2);
    }
}
