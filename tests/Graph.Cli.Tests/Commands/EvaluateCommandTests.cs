using Shouldly;
using Xunit;

namespace Graph.Cli.Tests.Commands;

public sealed class EvaluateCommandTests
{
    private static string Gold => RepoPaths.Combine("corpus", "gold.jsonl");

    private static string Articles => RepoPaths.Combine("corpus", "articles");

    [Fact]
    public async Task Evaluate_prints_precision_recall_and_f1_for_the_projects_corpus()
    {
        var result = await CliRunner.RunAsync("evaluate", "--gold", Gold, Articles);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("precision");
        result.Out.ShouldContain("recall");
        result.OutLines[^1].ShouldStartWith("F1 ");
    }

    [Fact]
    public async Task Evaluate_fails_the_gate_with_exit_three_when_f1_is_below_the_minimum()
    {
        using var dir = new TempDirectory();
        var gold = dir.Write("gold.jsonl",
            """{"file": "a.txt", "source": ["Vladimir Putin"], "type": "MEET", "target": ["Alexander Lukashenko"], "date": "2025-03-03", "optional": false}""" + "\n");
        dir.Write("articles/a.txt", "---\npublished: 2025-03-04\n---\nNon è successo nulla di rilevante ieri tra i due governi.\n");

        var result = await CliRunner.RunAsync("evaluate", "--gold", gold, dir.File("articles"), "--min-f1", "0.5");

        result.ExitCode.ShouldBe(3);
        result.Error.ShouldContain("below --min-f1");
    }

    [Fact]
    public async Task Evaluate_with_verbose_lists_the_misses()
    {
        using var dir = new TempDirectory();
        var gold = dir.Write("gold.jsonl",
            """{"file": "a.txt", "source": ["Vladimir Putin"], "type": "MEET", "target": ["Alexander Lukashenko"], "date": "2025-03-03", "optional": false}""" + "\n");
        dir.Write("articles/a.txt", "---\npublished: 2025-03-04\n---\nNon è successo nulla di rilevante ieri tra i due governi.\n");

        var result = await CliRunner.RunAsync("evaluate", "--gold", gold, dir.File("articles"), "-v");

        result.Out.ShouldContain("MISS");
        result.Out.ShouldContain("Vladimir Putin");
    }

    [Fact]
    public async Task Evaluate_with_a_missing_gold_file_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("evaluate", "--gold", "/nonexistent/gold.jsonl", Articles);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--gold");
    }

    [Fact]
    public async Task Evaluate_rejects_a_minimum_f1_outside_zero_to_one()
    {
        var result = await CliRunner.RunAsync("evaluate", "--gold", Gold, Articles, "--min-f1", "1.5");

        result.ExitCode.ShouldBe(2);
    }
}
