using System.CommandLine;
using System.Globalization;
using Graph.Cli.Hosting;
using Graph.Ingestion;
using Graph.Ingestion.Ledger;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph status</c>: what the worker's ledger says, and exit code 1 when the worker looks
/// unhealthy, so a container healthcheck can run it.
/// </summary>
public static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ledgerPath = new Option<string?>("--ledger") { Description = "The worker's ledger (default data/ledger.db). Same as Graph:Worker:LedgerPath." };
        var unhealthyAfter = new Option<double?>("--unhealthy-after") { Description = "Minutes without progress (or without a sign of life from the worker) before it counts as unhealthy (default 15). Same as Graph:Worker:UnhealthyAfterMinutes." };
        var command = new Command("status", "Show the worker's progress from its ledger; exit code 1 when it looks unhealthy.") { ledgerPath, unhealthyAfter };
        command.SetAction((parse, ct) => context.RunAsync(parse, async (services, token) =>
        {
            var options = services.GetRequiredService<IConfiguration>().GetSection(WorkerOptions.Section).Get<WorkerOptions>() ?? new WorkerOptions();
            var path = parse.GetValue(ledgerPath) ?? options.LedgerPath;
            var limit = TimeSpan.FromMinutes(parse.GetValue(unhealthyAfter) ?? options.UnhealthyAfterMinutes);
            if (limit <= TimeSpan.Zero)
            {
                throw new CliUsageException("--unhealthy-after must be more than 0 minutes.");
            }
            var time = services.GetRequiredService<TimeProvider>();
            var output = context.Console.Out;
            await using var ledger = await IngestionLedger.OpenReadOnlyAsync(path, time, token);
            if (ledger is null)
            {
                await output.WriteLineAsync($"Ledger: {Path.GetFullPath(path)} does not exist.");
                await output.WriteLineAsync("Health: UNHEALTHY: no ledger; the worker has not run yet, or Graph:Worker:LedgerPath points elsewhere.");
                return ExitCodes.SomeInputsFailed;
            }

            var status = await ledger.ReadStatusAsync(token);
            var now = time.GetUtcNow();
            var inv = CultureInfo.InvariantCulture;
            await output.WriteLineAsync($"Ledger: {ledger.Path}");
            await output.WriteLineAsync(status.Heartbeat is { } beat
                ? $"Worker: last seen {When(beat, now)}"
                : "Worker: never seen");
            await output.WriteLineAsync(string.Create(inv, $"Articles: {status.Done} done, {status.Pending} pending, {status.Failed} failed"));
            await output.WriteLineAsync(status.LastSuccess is { } success ? $"Last success: {When(success, now)}" : "Last success: none yet");
            await output.WriteLineAsync(string.Create(inv,
                $"Throughput: {status.PerMinuteLast5:0.#} articles/min over the last 5 min, {status.PerMinuteLast15:0.#} over the last 15 min"));
            await output.WriteLineAsync(status.LastError is { } error
                ? $"Last error: {When(error.Updated, now)}, {error.Source}: {error.LastError}"
                : "Last error: none");
            var problems = status.Problems(now, limit);
            await output.WriteLineAsync(problems.Count == 0 ? "Health: OK" : "Health: UNHEALTHY: " + string.Join("; ", problems));
            return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
        }, ct));
        return command;
    }

    private static string When(DateTimeOffset at, DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC ({LedgerStatus.Describe(now - at)} ago)");
}
