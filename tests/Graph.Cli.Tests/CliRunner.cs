using Graph.Cli;
using Graph.Cli.Hosting;
using Xunit;

namespace Graph.Cli.Tests;

/// <summary>Runs the <c>graph</c> command in-process and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static async Task<Result> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, CliConsole.ForWriters(stdout, stderr), TestContext.Current.CancellationToken);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}
