using System.CommandLine;
using Graph.Cli.Hosting;

namespace Graph.Cli.Commands;

// Placeholder: the command lands with its issue.
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("export", "Not available yet.");
        command.SetAction(async (parse, ct) =>
        {
            await context.Console.Error.WriteLineAsync("graph export: not available yet.");
            return ExitCodes.UsageError;
        });
        return command;
    }
}
