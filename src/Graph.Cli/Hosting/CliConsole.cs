using Spectre.Console;

namespace Graph.Cli.Hosting;

/// <summary>Where a command writes: machine output to <see cref="Out"/>, messages to <see cref="Error"/>, rich views to <see cref="Ansi"/>.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, IAnsiConsole Ansi, bool IsInteractive)
{
    public static CliConsole FromSystemConsole()
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        if (Console.IsOutputRedirected)
        {
            // A pipe or a file gets plain text at a readable width, not colour codes wrapped at 80 columns.
            var plain = ForWriters(stdout, Console.Error);
            return plain with { IsInteractive = false };
        }
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        return new CliConsole(stdout, Console.Error, ansi, !Console.IsErrorRedirected);
    }

    /// <summary>A console over plain writers, for tests and redirected output: no colours, no progress bars.</summary>
    public static CliConsole ForWriters(TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        ansi.Profile.Width = 160;
        return new CliConsole(stdout, stderr, ansi, false);
    }
}
