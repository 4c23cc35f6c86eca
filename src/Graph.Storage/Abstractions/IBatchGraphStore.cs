using Graph.Domain.Events;

namespace Graph.Storage.Abstractions;

/// <summary>
/// A store that can write several articles in one transaction, much cheaper than one transaction
/// each when articles arrive faster than commits (the embedded store). Optional: callers check for
/// it and fall back to <see cref="IGraphStore.WriteAsync"/> one article at a time.
/// </summary>
public interface IBatchGraphStore : IGraphStore
{
    /// <summary>
    /// Writes the articles in one transaction, all or none, idempotently as <see cref="IGraphStore.WriteAsync"/>;
    /// an article repeated in the batch is written once.
    /// </summary>
    /// <returns>One result per extraction, in order.</returns>
    Task<IReadOnlyList<StoreWriteResult>> WriteBatchAsync(IReadOnlyList<ArticleExtraction> extractions, CancellationToken cancellationToken);
}
