using Graph.Domain.Events;
using Graph.Storage.Abstractions;

namespace Graph.Storage.Sqlite;

// Placeholder until the embedded store lands.
public sealed class SqliteGraphStore : IGraphStore
{
    public string Description => "sqlite";

    public Task InitializeAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<StoreWriteResult> WriteAsync(ArticleExtraction extraction, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<bool> ContainsArticleAsync(string articleId, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<GraphSnapshot> ReadSnapshotAsync(SnapshotFilter filter, CancellationToken cancellationToken) => throw new NotImplementedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
