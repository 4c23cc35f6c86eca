using System.Collections.Concurrent;
using System.Threading.Channels;
using Graph.Ingestion.Pipeline;
using Graph.Ingestion.Worker;
using Microsoft.Extensions.Logging;

namespace Graph.Ingestion.Inbox;

/// <summary>
/// Finds complete files in the inbox and queues them: a FileSystemWatcher wakes it up, a periodic
/// rescan catches whatever the watcher missed, and a file is queued only once it has settled.
/// Writing to the bounded queue waits when the pipeline is busy (backpressure).
/// </summary>
internal sealed class InboxWatcher(WorkerOptions options, TimeProvider time, ILogger logger) : IDisposable
{
    private readonly FileSettleTracker _tracker = new(options.Settle);
    private readonly ConcurrentDictionary<string, byte> _queued = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _renamed = new();
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly string _inbox = Path.GetFullPath(options.InboxPath);
    private FileSystemWatcher? _watcher;
    private volatile bool _settling;
    private int _scans;

    /// <summary>Completed scans of the inbox.</summary>
    public int Scans => Volatile.Read(ref _scans);

    public async Task RunAsync(ChannelWriter<WorkItem> writer, CancellationToken cancellationToken)
    {
        StartWatcher();
        while (!cancellationToken.IsCancellationRequested)
        {
            await ScanAsync(writer, cancellationToken);
            _settling = _tracker.HasUnsettled;
            // While files settle, the next look is due after the settle interval anyway; watcher
            // events (a writer appending) would only wake it for nothing, except a rename-in.
            await WaitAsync(_settling ? options.Settle : options.Rescan, cancellationToken);
        }
    }

    /// <summary>The pipeline is done with the file (moved away, or abandoned at shutdown).</summary>
    public void Release(string path) => _queued.TryRemove(path, out _);

    public void Dispose()
    {
        _watcher?.Dispose();
        _signal.Dispose();
    }

    private async Task ScanAsync(ChannelWriter<WorkItem> writer, CancellationToken cancellationToken)
    {
        List<FileInfo> files;
        try
        {
            files = new DirectoryInfo(_inbox).EnumerateFiles().ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            IngestionLog.ScanFailed(logger, _inbox, ex.Message);
            Interlocked.Increment(ref _scans);
            return;
        }
        while (_renamed.TryDequeue(out var renamed)) _tracker.MarkRenamedIn(renamed);

        var now = time.GetUtcNow();
        var fileClock = DateTime.UtcNow;
        var present = new HashSet<string>(StringComparer.Ordinal);
        var ready = new List<string>();
        foreach (var file in files)
        {
            if (InboxFiles.IsTemporaryName(file.Name)) continue;
            present.Add(file.FullName);
            if (_queued.ContainsKey(file.FullName)) continue;
            try
            {
                if (_tracker.Observe(file.FullName, file.Length, file.LastWriteTimeUtc, now, fileClock))
                {
                    ready.Add(file.FullName);
                }
            }
            catch (FileNotFoundException)
            {
                // Gone between listing and looking.
            }
        }
        _tracker.Retain(present);
        Interlocked.Increment(ref _scans);

        ready.Sort(StringComparer.Ordinal);
        foreach (var path in ready)
        {
            _queued[path] = 0;
            await writer.WriteAsync(new InboxFile(path), cancellationToken);
        }
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(delay, time, wake.Token);
        var signal = _signal.WaitAsync(wake.Token);
        await Task.WhenAny(timer, signal);
        await wake.CancelAsync();
        try
        {
            await Task.WhenAll(timer, signal);
        }
        catch (OperationCanceledException)
        {
            // One of the two was cut short by the other; the stop itself is seen by the loop.
        }
    }

    private void Signal(bool evenWhileSettling)
    {
        if (_settling && !evenWhileSettling) return;
        try
        {
            if (_signal.CurrentCount == 0) _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
        catch (ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private void StartWatcher()
    {
        try
        {
            var watcher = new FileSystemWatcher(_inbox)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += (_, _) => Signal(evenWhileSettling: false);
            watcher.Changed += (_, _) => Signal(evenWhileSettling: false);
            watcher.Renamed += (_, e) =>
            {
                // A writer that finishes by renaming its temporary file has told us the file is complete.
                if (InboxFiles.IsTemporaryName(Path.GetFileName(e.OldFullPath)) && !InboxFiles.IsTemporaryName(e.Name ?? string.Empty))
                {
                    _renamed.Enqueue(e.FullPath);
                    Signal(evenWhileSettling: true);
                }
                else
                {
                    Signal(evenWhileSettling: false);
                }
            };
            watcher.Error += (_, _) => Signal(evenWhileSettling: true);
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            IngestionLog.WatcherUnavailable(logger, _inbox, ex.Message, options.Rescan);
        }
    }
}
