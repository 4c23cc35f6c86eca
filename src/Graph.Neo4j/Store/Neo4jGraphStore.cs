using Graph.Domain.Events;
using Graph.Storage.Abstractions;

namespace Graph.Neo4j.Store;

// Placeholder until the Neo4j store lands.
public sealed class Neo4jGraphStore : IGraphStore
{
    public string Description => "neo4j";

    public Task InitializeAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<StoreWriteResult> WriteAsync(ArticleExtraction extraction, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<bool> ContainsArticleAsync(string articleId, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<GraphSnapshot> ReadSnapshotAsync(SnapshotFilter filter, CancellationToken cancellationToken) => throw new NotImplementedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
