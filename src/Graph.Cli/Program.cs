using Graph.Cli;
using Graph.Cli.Hosting;

return await CliApp.RunAsync(args, CliConsole.FromSystemConsole());
