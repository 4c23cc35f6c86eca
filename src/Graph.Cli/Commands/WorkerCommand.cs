using System.CommandLine;
using System.Globalization;
using Graph.Cli.Hosting;
using Graph.Ingestion;
using Graph.Ingestion.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph worker</c>: runs until Ctrl-C or SIGTERM, turning new articles from the inbox (and the
/// configured feeds) into triples in the store. The container's entry point.
/// </summary>
public static class WorkerCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inbox = new Option<string?>("--inbox") { Description = "The folder watched for article files (default data/inbox). Same as Graph:Worker:InboxPath." };
        var ledger = new Option<string?>("--ledger") { Description = "The ledger file recording every article (default data/ledger.db). Same as Graph:Worker:LedgerPath." };
        var parallelism = new Option<int?>("--parallelism") { Description = "Articles processed at the same time (default: one per CPU). Same as Graph:Worker:MaxParallelism." };
        var feeds = new Option<string[]>("--feed") { Description = "An RSS or Atom feed URL to poll (repeatable). Same as Graph:Worker:Feeds.", Arity = ArgumentArity.ZeroOrMore };
        var shutdown = new Option<double?>("--shutdown-timeout") { Description = "Seconds in-flight articles may take to finish at shutdown (default 30). Same as Graph:Worker:ShutdownTimeoutSeconds." };
        var command = new Command("worker", "Run continuously: ingest every article dropped into the inbox or published on the configured feeds, exactly once.")
        {
            inbox, ledger, parallelism, feeds, shutdown,
        };
        command.SetAction((parse, ct) => context.RunAsync(parse, async (services, token) =>
        {
            var worker = services.GetRequiredService<IngestionWorker>();
            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (token.Register(() => stopped.TrySetResult()))
            {
                await Task.WhenAny(stopped.Task, worker.ExecuteTask ?? Task.Delay(Timeout.Infinite, token));
            }
            // Stop here, before the host's teardown, so a worker that died of an error is reported with its reason.
            await worker.StopAsync(CancellationToken.None);
            if (worker.ExecuteTask is { IsFaulted: true } failed)
            {
                await context.Console.Error.WriteLineAsync($"graph worker: stopped by an error: {failed.Exception.GetBaseException().Message}");
                return ExitCodes.SomeInputsFailed;
            }
            return ExitCodes.Ok;
        }, ct, configure: builder =>
        {
            var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            if (parse.GetValue(inbox) is { } i) overrides[WorkerOptions.Section + ":InboxPath"] = i;
            if (parse.GetValue(ledger) is { } l) overrides[WorkerOptions.Section + ":LedgerPath"] = l;
            if (parse.GetValue(parallelism) is { } p) overrides[WorkerOptions.Section + ":MaxParallelism"] = p.ToString(CultureInfo.InvariantCulture);
            if (parse.GetValue(shutdown) is { } s) overrides[WorkerOptions.Section + ":ShutdownTimeoutSeconds"] = s.ToString(CultureInfo.InvariantCulture);
            var feedUrls = parse.GetValue(feeds) ?? [];
            for (var n = 0; n < feedUrls.Length; n++)
            {
                overrides[$"{WorkerOptions.Section}:Feeds:{n}"] = feedUrls[n];
            }
            builder.Configuration.AddInMemoryCollection(overrides);
            builder.Services.AddGraphIngestion();
            builder.Services.AddOptions<HostOptions>().Configure<IOptions<WorkerOptions>>((host, worker) =>
                host.ShutdownTimeout = worker.Value.ShutdownTimeout + TimeSpan.FromSeconds(5));
        }, defaultLogLevel: LogLevel.Information));
        return command;
    }
}
