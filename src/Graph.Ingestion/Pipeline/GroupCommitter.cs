using Graph.Domain.Events;
using Graph.Ingestion.Ledger;
using Graph.Storage.Abstractions;

namespace Graph.Ingestion.Pipeline;

/// <summary>
/// Writes finished articles to a store that takes batches in groups: whatever articles are waiting
/// when the previous group committed (up to <see cref="MaxGroup"/>) go in one store transaction, and
/// are then marked done in one ledger transaction. While one group commits the next one gathers,
/// so the group size follows the load with no timer. Any failure of a group (an outage, one bad
/// article) sends each of its articles down the one-at-a-time path of <see cref="StoreWriter"/>,
/// which waits out outages and singles out the bad article; during an outage every article takes
/// that path. A group is all or none in the store, and done only after it committed.
/// </summary>
internal sealed class GroupCommitter(IBatchGraphStore store, StoreWriter writer, IngestionLedger ledger)
{
    /// <summary>The most articles in one transaction: enough to spread a commit thin, few enough that a group commits in milliseconds.</summary>
    internal const int MaxGroup = 64;

    private readonly Lock _lock = new();
    private readonly List<Waiting> _queue = [];
    private bool _flushing;

    /// <summary>Writes the article and marks it done, or (<c>MarkedDone</c> false) writes it only and leaves the mark to the caller.</summary>
    /// <param name="writeToken">Ends the wait (shutdown timeout): the article stays pending unless its group already committed.</param>
    /// <param name="waitToken">Ends a wait between attempts in the one-at-a-time path.</param>
    public async Task<(StoreWriteResult Result, bool MarkedDone)> WriteAsync(ArticleExtraction extraction, string source, CancellationToken writeToken, CancellationToken waitToken)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        if (!writer.InOutage)
        {
            var waiting = new Waiting(extraction, writeToken);
            bool lead;
            lock (_lock)
            {
                _queue.Add(waiting);
                lead = !_flushing;
                _flushing = true;
            }
            if (lead)
            {
                _ = Task.Run(FlushAsync, CancellationToken.None);
            }
            if (await waiting.Outcome.Task.WaitAsync(writeToken) is { } grouped)
            {
                return grouped;
            }
        }
        return (await writer.WriteAsync(extraction, source, writeToken, waitToken), false);
    }

    private async Task FlushAsync()
    {
        while (true)
        {
            Waiting[] group;
            lock (_lock)
            {
                _queue.RemoveAll(w => w.Token.IsCancellationRequested && w.Outcome.TrySetCanceled(w.Token));
                if (_queue.Count == 0)
                {
                    _flushing = false;
                    return;
                }
                var count = Math.Min(MaxGroup, _queue.Count);
                group = [.. _queue.Take(count)];
                _queue.RemoveRange(0, count);
            }
            await CommitAsync(group);
        }
    }

    private async Task CommitAsync(Waiting[] group)
    {
        IReadOnlyList<StoreWriteResult> results;
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource([.. group.Select(w => w.Token).Distinct()]);
            await writer.EnsureInitializedAsync(linked.Token);
            results = await store.WriteBatchAsync([.. group.Select(w => w.Extraction)], linked.Token);
        }
        catch (Exception)
        {
            // Nothing of the group is in the store: each article is retried on its own (or stays pending when abandoned).
            foreach (var w in group)
            {
                if (w.Token.IsCancellationRequested) w.Outcome.TrySetCanceled(w.Token);
                else w.Outcome.TrySetResult(null);
            }
            return;
        }

        var marked = false;
        try
        {
            // Committed: the marks must reach the ledger even if the waiters gave up meanwhile.
            await ledger.MarkDoneAsync([.. group.Select(w => (w.Extraction.Article.Id, w.Extraction.Events.Length))], CancellationToken.None);
            marked = true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Each waiter marks its own article; the store write is kept.
        }
        await writer.ReportSuccessAsync();
        for (var i = 0; i < group.Length; i++)
        {
            group[i].Outcome.TrySetResult((results[i], marked));
        }
    }

    private sealed record Waiting(ArticleExtraction Extraction, CancellationToken Token)
    {
        /// <summary>Null: the group failed, write the article on its own.</summary>
        public TaskCompletionSource<(StoreWriteResult, bool)?> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
