using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Graph.Cli.Hosting;

/// <summary>What every command needs to build its host and write its output.</summary>
public sealed record CliContext(GlobalOptions Globals, CliConsole Console)
{
    /// <summary>Runs a command's body inside a started host; see <see cref="GraphHost.RunAsync"/>.</summary>
    public Task<int> RunAsync(
        ParseResult parse,
        Func<IServiceProvider, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken,
        Action<HostApplicationBuilder>? configure = null,
        LogLevel defaultLogLevel = LogLevel.Warning) =>
        GraphHost.RunAsync(parse, Globals, Console, body, cancellationToken, configure, defaultLogLevel);
}
