using Microsoft.Extensions.Logging;

namespace Graph.Ingestion.Worker;

/// <summary>Every log line of the worker, structured.</summary>
internal static partial class IngestionLog
{
    [LoggerMessage(1, LogLevel.Information, "Worker started: watching {Inbox} with {Parallelism} parallel workers, writing to {Store}, ledger {Ledger}; {Pending} articles pending from an earlier run")]
    public static partial void Started(ILogger logger, string inbox, int parallelism, string store, string ledger, long pending);

    [LoggerMessage(2, LogLevel.Information, "Worker stopped: {Done} articles ingested in this run, {Pending} pending for the next start")]
    public static partial void Stopped(ILogger logger, long done, long pending);

    [LoggerMessage(3, LogLevel.Information, "Ingested {Source} ({Title}): {Events} new events, {Mentions} mentions")]
    public static partial void Ingested(ILogger logger, string source, int events, int mentions, string title);

    [LoggerMessage(4, LogLevel.Information, "Skipped {Source}: the same article was already ingested from {Original}")]
    public static partial void Duplicate(ILogger logger, string source, string original);

    [LoggerMessage(5, LogLevel.Warning, "Could not ingest {Source}: {Reason}")]
    public static partial void Failed(ILogger logger, string source, string reason);

    [LoggerMessage(6, LogLevel.Warning, "Store {Store} unavailable ({Reason}); articles stay pending and are retried with backoff")]
    public static partial void OutageStarted(ILogger logger, string store, string reason);

    [LoggerMessage(7, LogLevel.Information, "Store {Store} reachable again after {Duration}; {Pending} articles pending")]
    public static partial void OutageEnded(ILogger logger, string store, string duration, long pending);

    [LoggerMessage(8, LogLevel.Information, "Abandoned {Source} at shutdown; it stays pending and is ingested at the next start")]
    public static partial void Abandoned(ILogger logger, string source);

    [LoggerMessage(9, LogLevel.Warning, "Cannot scan the inbox {Inbox}: {Reason}")]
    public static partial void ScanFailed(ILogger logger, string inbox, string reason);

    [LoggerMessage(10, LogLevel.Warning, "File system watcher unavailable for {Inbox} ({Reason}); relying on the rescan every {Rescan}")]
    public static partial void WatcherUnavailable(ILogger logger, string inbox, string reason, TimeSpan rescan);

    [LoggerMessage(11, LogLevel.Warning, "Could not move {Source} to {Folder}: {Reason}")]
    public static partial void MoveFailed(ILogger logger, string source, string folder, string reason);

    [LoggerMessage(12, LogLevel.Warning, "Feed {Feed} could not be read: {Reason}")]
    public static partial void FeedFailed(ILogger logger, string feed, string reason);

    [LoggerMessage(13, LogLevel.Debug, "Feed {Feed} unchanged (304 Not Modified)")]
    public static partial void FeedNotModified(ILogger logger, string feed);

    [LoggerMessage(14, LogLevel.Information, "Feed {Feed}: {New} new links of {Total}")]
    public static partial void FeedPolled(ILogger logger, string feed, int @new, int total);

    [LoggerMessage(15, LogLevel.Error, "Unexpected error on {Source}; it stays pending")]
    public static partial void Unexpected(ILogger logger, string source, Exception exception);

    [LoggerMessage(16, LogLevel.Debug, "Store write for {Source} failed again ({Reason}); next attempt in {Delay}")]
    public static partial void Retrying(ILogger logger, string source, string reason, TimeSpan delay);

}
