using System.ComponentModel.DataAnnotations;

namespace Graph.Ingestion;

/// <summary>Settings of <c>graph worker</c> (section <c>Graph:Worker</c>).</summary>
public sealed class WorkerOptions
{
    public const string Section = "Graph:Worker";

    /// <summary>The folder watched for new article files; created if missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string InboxPath { get; set; } = "data/inbox";

    /// <summary>Where ingested files go; empty means <c>processed/</c> inside the inbox.</summary>
    public string? ProcessedPath { get; set; }

    /// <summary>Where files that could not be ingested go, each with a <c>NAME.error.txt</c>; empty means <c>failed/</c> inside the inbox.</summary>
    public string? FailedPath { get; set; }

    /// <summary>The ledger (SQLite) that records every article by content hash.</summary>
    [Required(AllowEmptyStrings = false)]
    public string LedgerPath { get; set; } = "data/ledger.db";

    /// <summary>How many articles are read, extracted and written at the same time.</summary>
    [Range(1, 256)]
    public int MaxParallelism { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>How many ready items may wait for a free worker before the inbox scan and the feed poller wait too.</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 64;

    /// <summary>A file's size and modification time must stay unchanged this long before it is read.</summary>
    [Range(0.01, 3600)]
    public double SettleSeconds { get; set; } = 2;

    /// <summary>Full rescan of the inbox, in case the file system watcher missed an event.</summary>
    [Range(0.01, 86_400)]
    public double RescanSeconds { get; set; } = 30;

    /// <summary>RSS or Atom feeds polled for new articles (absolute http/https URLs).</summary>
    public IList<string> Feeds { get; } = [];

    [Range(1, 86_400)]
    public double FeedPollSeconds { get; set; } = 300;

    /// <summary>Time limit for fetching a feed or a linked page.</summary>
    [Range(1, 600)]
    public double HttpTimeoutSeconds { get; set; } = 30;

    /// <summary>First wait after the store could not be reached; doubles on each failure, with jitter.</summary>
    [Range(0.01, 3600)]
    public double RetryInitialSeconds { get; set; } = 1;

    /// <summary>The longest wait between two attempts to reach the store.</summary>
    [Range(0.01, 86_400)]
    public double RetryMaxSeconds { get; set; } = 300;

    /// <summary>On Ctrl-C or SIGTERM, in-flight articles may finish within this time; the rest stay pending for the next start.</summary>
    [Range(0, 3600)]
    public double ShutdownTimeoutSeconds { get; set; } = 30;

    /// <summary><c>graph status</c> reports unhealthy when work is pending but nothing succeeded for this long, or the worker has not written the ledger for this long.</summary>
    [Range(0.1, 100_000)]
    public double UnhealthyAfterMinutes { get; set; } = 15;

    public string ResolvedProcessedPath => string.IsNullOrWhiteSpace(ProcessedPath) ? Path.Combine(InboxPath, "processed") : ProcessedPath;

    public string ResolvedFailedPath => string.IsNullOrWhiteSpace(FailedPath) ? Path.Combine(InboxPath, "failed") : FailedPath;

    public TimeSpan Settle => TimeSpan.FromSeconds(SettleSeconds);

    public TimeSpan Rescan => TimeSpan.FromSeconds(RescanSeconds);

    public TimeSpan FeedPoll => TimeSpan.FromSeconds(FeedPollSeconds);

    public TimeSpan RetryInitial => TimeSpan.FromSeconds(RetryInitialSeconds);

    public TimeSpan RetryMax => TimeSpan.FromSeconds(RetryMaxSeconds);

    public TimeSpan ShutdownTimeout => TimeSpan.FromSeconds(ShutdownTimeoutSeconds);

    public TimeSpan UnhealthyAfter => TimeSpan.FromMinutes(UnhealthyAfterMinutes);
}
