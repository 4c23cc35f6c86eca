namespace Graph.Ingestion.Inbox;

/// <summary>
/// Decides when a file in the inbox is complete: its size and modification time were the same at
/// two looks at least the settle interval apart, or it was renamed into its final name, or its
/// modification time is already older than the settle interval (a file moved or copied in with its
/// times kept, or dropped while the worker was down): no writer touched it for that long, which is
/// what the two looks would find out, so it is taken at the first look.
/// </summary>
internal sealed class FileSettleTracker(TimeSpan settle)
{
    private readonly Dictionary<string, Observation> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _renamedIn = new(StringComparer.Ordinal);

    /// <summary>Files seen but not yet ready: the next look is due after the settle interval.</summary>
    public bool HasUnsettled => _seen.Count > 0;

    public void MarkRenamedIn(string path) => _renamedIn.Add(path);

    /// <summary>Records a look at the file; true when it is ready to read.</summary>
    /// <param name="now">The worker's clock, which times the two looks.</param>
    /// <param name="fileClockUtc">The real clock, the one file modification times come from (not the worker's, which tests may stop).</param>
    public bool Observe(string path, long size, DateTime lastWriteUtc, DateTimeOffset now, DateTime fileClockUtc)
    {
        if (_renamedIn.Remove(path) || fileClockUtc - lastWriteUtc >= settle)
        {
            _seen.Remove(path);
            return true;
        }
        if (_seen.TryGetValue(path, out var seen) && seen.Size == size && seen.LastWriteUtc == lastWriteUtc)
        {
            if (now - seen.Since < settle) return false;
            _seen.Remove(path);
            return true;
        }
        _seen[path] = new Observation(size, lastWriteUtc, now);
        return false;
    }

    /// <summary>Forgets files that disappeared (moved away, deleted) since they were seen.</summary>
    public void Retain(IReadOnlySet<string> present)
    {
        foreach (var path in _seen.Keys.Where(p => !present.Contains(p)).ToList())
        {
            _seen.Remove(path);
        }
        _renamedIn.RemoveWhere(p => !present.Contains(p));
    }

    private readonly record struct Observation(long Size, DateTime LastWriteUtc, DateTimeOffset Since);
}
