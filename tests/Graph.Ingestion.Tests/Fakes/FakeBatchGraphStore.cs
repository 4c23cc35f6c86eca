using System.Collections.Concurrent;
using Graph.Domain.Events;
using Graph.Storage.Abstractions;

namespace Graph.Ingestion.Tests.Fakes;

/// <summary>
/// <see cref="FakeGraphStore"/> that also takes batches, all or none: a down store or a refused
/// article fails the whole batch before anything is written. <see cref="AfterBatch"/> runs after
/// a batch is committed (a crash point); <see cref="Batches"/> records each batch's size.
/// </summary>
public sealed class FakeBatchGraphStore(FakeGraphStore inner) : IBatchGraphStore
{
    public FakeGraphStore Inner { get; } = inner;

    public Func<IReadOnlyList<ArticleExtraction>, CancellationToken, Task>? AfterBatch { get; set; }

    public ConcurrentQueue<int> Batches { get; } = new();

    public string Description => Inner.Description;

    public async Task<IReadOnlyList<StoreWriteResult>> WriteBatchAsync(IReadOnlyList<ArticleExtraction> extractions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        cancellationToken.ThrowIfCancellationRequested();
        await Inner.InitializeAsync(cancellationToken);
        foreach (var extraction in extractions)
        {
            if (Inner.Refuse?.Invoke(extraction) is { } refusal) throw refusal;
        }
        Batches.Enqueue(extractions.Count);
        var results = new List<StoreWriteResult>();
        foreach (var extraction in extractions)
        {
            results.Add(await Inner.WriteAsync(extraction, CancellationToken.None));
        }
        if (AfterBatch is { } hook) await hook(extractions, cancellationToken);
        return results;
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => Inner.InitializeAsync(cancellationToken);

    public Task<StoreWriteResult> WriteAsync(ArticleExtraction extraction, CancellationToken cancellationToken) => Inner.WriteAsync(extraction, cancellationToken);

    public Task<bool> ContainsArticleAsync(string articleId, CancellationToken cancellationToken) => Inner.ContainsArticleAsync(articleId, cancellationToken);

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken) => Inner.CountAsync(cancellationToken);

    public Task<GraphSnapshot> ReadSnapshotAsync(SnapshotFilter filter, CancellationToken cancellationToken) => Inner.ReadSnapshotAsync(filter, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
