using System.Threading.Channels;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Graph.Ingestion.Feeds;
using Graph.Ingestion.Inbox;
using Graph.Ingestion.Ledger;
using Graph.Ingestion.Pipeline;
using Graph.Storage.Abstractions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Ingestion.Worker;

/// <summary>
/// The hosted worker behind <c>graph worker</c>: keeps turning new articles from the inbox and the
/// feeds into triples in the configured store. On stop it takes no new work, lets in-flight
/// articles finish within <see cref="WorkerOptions.ShutdownTimeoutSeconds"/> and abandons the rest,
/// which stay pending in the ledger for the next start.
/// </summary>
public sealed class IngestionWorker(
    IOptions<WorkerOptions> options,
    IArticleLoader loader,
    IEventExtractor extractor,
    IGraphStore store,
    IHttpClientFactory httpClientFactory,
    TimeProvider time,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    private static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(30);

    private readonly WorkerOptions _options = options.Value;
    private readonly CancellationTokenSource _abandon = new();
    private readonly TaskCompletionSource _running = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private InboxWatcher? _watcher;
    private FeedPoller? _poller;
    private IngestionPipeline? _pipeline;
    private IngestionLedger? _ledger;

    /// <summary>Completes once the ledger is open and the inbox is watched.</summary>
    public Task Running => _running.Task;

    /// <summary>Completed inbox scans (tests wait on it instead of sleeping).</summary>
    public int InboxScans => _watcher?.Scans ?? 0;

    /// <summary>Completed feed polling rounds.</summary>
    public int FeedPolls => _poller?.Polls ?? 0;

    /// <summary>Articles written and marked done since start.</summary>
    public long Ingested => _pipeline?.Ingested ?? 0;

    /// <summary>
    /// Creates the folders and opens the ledger before the host reports started, so an unusable
    /// path is a configuration error at start (exit code 2), not a crash later.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await Usable("InboxPath", _options.InboxPath, () => Directory.CreateDirectory(_options.InboxPath));
        await Usable("ProcessedPath", _options.ResolvedProcessedPath, () => Directory.CreateDirectory(_options.ResolvedProcessedPath));
        await Usable("FailedPath", _options.ResolvedFailedPath, () => Directory.CreateDirectory(_options.ResolvedFailedPath));
        await Usable("LedgerPath", _options.LedgerPath, async () =>
        {
            _ledger = await IngestionLedger.OpenAsync(_options.LedgerPath, time, cancellationToken);
            await _ledger.HeartbeatAsync(cancellationToken);
        });
        await base.StartAsync(cancellationToken);
    }

    private static async Task Usable(string key, string path, Func<Task> open)
    {
        try
        {
            await open();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new OptionsValidationException(WorkerOptions.Section, typeof(WorkerOptions),
                [$"{WorkerOptions.Section}:{key} '{path}' cannot be used ({ex.Message.TrimEnd('.')}); choose a writable location."]);
        }
    }

    private static Task Usable(string key, string path, Action create) => Usable(key, path, () =>
    {
        create();
        return Task.CompletedTask;
    });

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host's own deadline and the configured one, whichever comes first, end in-flight work.
        if (_options.ShutdownTimeout <= TimeSpan.Zero)
        {
            await _abandon.CancelAsync();
        }
        using var timeout = new CancellationTokenSource(_options.ShutdownTimeout > TimeSpan.Zero ? _options.ShutdownTimeout : Timeout.InfiniteTimeSpan, time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        await using var abandonOnDeadline = deadline.Token.Register(_abandon.Cancel);
        await base.StopAsync(deadline.Token);
        if (ExecuteTask is { IsCompleted: false } running)
        {
            // Abandoned work unwinds at its next await; wait for that so the ledger closes cleanly.
            await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None));
        }
    }

    public override void Dispose()
    {
        // Opened at start but never run (the host failed to start): close the file.
        Interlocked.Exchange(ref _ledger, null)?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _abandon.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Host start-up must not wait for the ledger or the first scan.
        await Task.Yield();
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before the work started.
        }
        finally
        {
            _running.TrySetResult();
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        await using var ledger = Interlocked.Exchange(ref _ledger, null) ?? throw new InvalidOperationException("The worker runs only after StartAsync opened its ledger.");

        var writer = new StoreWriter(store, ledger, _options, time, logger);
        var committer = store is IBatchGraphStore batches ? new GroupCommitter(batches, writer, ledger) : null;
        // With group commits, items that wait for their group free the CPU for the next ones: enough
        // consumers to fill a group, the pipeline still reads and extracts only MaxParallelism at once.
        var consumerCount = _options.MaxParallelism + (committer is null ? 0 : GroupCommitter.MaxGroup);
        var channel = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = consumerCount == 1,
            SingleWriter = false,
        });
        _pipeline = new IngestionPipeline(loader, extractor, writer, ledger, _options, time, logger, committer);
        using var watcher = new InboxWatcher(_options, time, logger);
        _watcher = watcher;
        _poller = _options.Feeds.Count > 0 ? new FeedPoller(_options, ledger, httpClientFactory, time, logger) : null;

        IngestionLog.Started(logger, Path.GetFullPath(_options.InboxPath), _options.MaxParallelism, store.Description, ledger.Path,
            await ledger.CountPendingAsync(stoppingToken));

        var consumers = Enumerable.Range(0, consumerCount)
            .Select(_ => Task.Run(() => ConsumeAsync(channel.Reader, _pipeline, stoppingToken), CancellationToken.None))
            .ToArray();
        var producers = new List<Task> { Task.Run(() => watcher.RunAsync(channel.Writer, stoppingToken), CancellationToken.None) };
        if (_poller is { } poller)
        {
            producers.Add(Task.Run(() => poller.RunAsync(channel.Writer, stoppingToken), CancellationToken.None));
        }
        producers.Add(HeartbeatAsync(ledger, stoppingToken));
        _running.TrySetResult();

        try
        {
            await Task.WhenAll(producers);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: stop taking work.
        }
        finally
        {
            channel.Writer.TryComplete();
            await Task.WhenAll(consumers);
        }
        IngestionLog.Stopped(logger, _pipeline.Ingested, await ledger.CountPendingAsync(CancellationToken.None));
    }

    private async Task ConsumeAsync(ChannelReader<WorkItem> reader, IngestionPipeline pipeline, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                if (!await reader.WaitToReadAsync(stoppingToken)) return;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (stoppingToken.IsCancellationRequested || !reader.TryRead(out var item)) continue;
            try
            {
                await pipeline.ProcessAsync(item, _abandon.Token, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                IngestionLog.Abandoned(logger, item.Source);
            }
            catch (Exception ex)
            {
                // A bug must not stop the worker; the ledger still says pending, so nothing is lost.
                IngestionLog.Unexpected(logger, item.Source, ex);
            }
            finally
            {
                Release(item);
            }
        }
    }

    private void Release(WorkItem item)
    {
        switch (item)
        {
            case InboxFile file:
                _watcher?.Release(file.Path);
                break;
            case FeedEntry entry:
                _poller?.Release(entry);
                break;
        }
    }

    private async Task HeartbeatAsync(IngestionLedger ledger, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(HeartbeatInterval, time, stoppingToken);
            await ledger.HeartbeatAsync(stoppingToken);
        }
    }
}
