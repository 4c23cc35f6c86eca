using Graph.Domain.Events;
using Graph.Ingestion.Ledger;
using Graph.Ingestion.Worker;
using Graph.Storage.Abstractions;
using Microsoft.Extensions.Logging;

namespace Graph.Ingestion.Pipeline;

/// <summary>
/// Writes extractions to the store, waiting out outages: a transient failure keeps the article
/// pending and retries it with exponential backoff and jitter. The outage is logged once when it
/// starts and once when it ends, whatever the number of articles waiting.
/// </summary>
internal sealed class StoreWriter(IGraphStore store, IngestionLedger ledger, WorkerOptions options, TimeProvider time, ILogger logger)
{
    private readonly Lock _outageLock = new();
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private volatile bool _initialized;
    private DateTimeOffset? _outageSince;
    private long _successes;

    public bool InOutage
    {
        get { lock (_outageLock) return _outageSince is not null; }
    }

    /// <summary>
    /// Writes, retrying while the store is unreachable. An error that is not a known outage (a
    /// read-only or damaged file, a server error) is also retried as long as no other article gets
    /// through, because marking articles failed for the store's own trouble would lose them; once
    /// other articles are written meanwhile, the error is this article's and it is thrown.
    /// </summary>
    /// <param name="writeToken">Ends a write in progress (shutdown timeout reached).</param>
    /// <param name="waitToken">Ends the wait between attempts (shutdown requested): the article stays pending.</param>
    public async Task<StoreWriteResult> WriteAsync(ArticleExtraction extraction, string source, CancellationToken writeToken, CancellationToken waitToken)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        long? successesAtFirstFailure = null;
        var otherFailures = 0;
        for (var attempt = 0; ; attempt++)
        {
            writeToken.ThrowIfCancellationRequested();
            try
            {
                await EnsureInitializedAsync(writeToken);
                var result = await store.WriteAsync(extraction, writeToken);
                await ReportSuccessAsync();
                return result;
            }
            catch (Exception ex) when (!IsArticleProblem(ex) && !(ex is OperationCanceledException && writeToken.IsCancellationRequested))
            {
                if (!IsTransient(ex, writeToken))
                {
                    successesAtFirstFailure ??= Successes;
                    if (++otherFailures >= ArticleProblemAttempts && Successes > successesAtFirstFailure)
                    {
                        throw;
                    }
                }
                ReportFailure(ex);
                await ledger.NoteRetryAsync(extraction.Article.Id, "store unavailable: " + ex.Message, CancellationToken.None);
                var delay = Backoff.Delay(attempt, options.RetryInitial, options.RetryMax);
                IngestionLog.Retrying(logger, source, ex.Message, delay);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(writeToken, waitToken);
                await Task.Delay(delay, time, linked.Token);
            }
        }
    }

    /// <summary>Attempts before an unexplained store error counts as the article's own (if others got through meanwhile).</summary>
    internal const int ArticleProblemAttempts = 3;

    private long Successes => Interlocked.Read(ref _successes);

    /// <summary>The store is down or restarting, as opposed to refusing this article for good.</summary>
    internal static bool IsTransient(Exception ex, CancellationToken token) => ex switch
    {
        StoreUnavailableException or HttpRequestException or IOException or TimeoutException => true,
        // An HTTP client time-out surfaces as a cancellation nobody asked for.
        OperationCanceledException => !token.IsCancellationRequested,
        _ => false,
    };

    /// <summary>Errors about the article's data: retrying cannot help.</summary>
    internal static bool IsArticleProblem(Exception ex) =>
        ex is ArgumentException or FormatException or InvalidDataException or NotSupportedException;

    internal async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        if (_initialized) return;
        await _initLock.WaitAsync(cancellationToken);
        try
        {
            if (!_initialized)
            {
                await store.InitializeAsync(cancellationToken);
                _initialized = true;
            }
        }
        finally
        {
            _initLock.Release();
        }
    }

    private void ReportFailure(Exception ex)
    {
        lock (_outageLock)
        {
            if (_outageSince is not null) return;
            _outageSince = time.GetUtcNow();
        }
        IngestionLog.OutageStarted(logger, store.Description, ex.Message);
    }

    /// <summary>A write got through (also a group's): counts it and ends an outage.</summary>
    internal async Task ReportSuccessAsync()
    {
        Interlocked.Increment(ref _successes);
        DateTimeOffset since;
        lock (_outageLock)
        {
            if (_outageSince is not { } s) return;
            since = s;
            _outageSince = null;
        }
        var pending = await ledger.CountPendingAsync(CancellationToken.None);
        // The article just written is still marked pending at this point; it is done a moment later.
        IngestionLog.OutageEnded(logger, store.Description, LedgerStatus.Describe(time.GetUtcNow() - since), Math.Max(0, pending - 1));
    }
}
