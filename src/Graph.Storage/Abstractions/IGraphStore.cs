using Graph.Domain.Events;

namespace Graph.Storage.Abstractions;

/// <summary>
/// Where triples live: the embedded SQLite file or Neo4j. Writes are idempotent by article id and
/// event key, so writing an article twice — after a crash, or a re-ingest — changes nothing.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>A short human name for messages ("sqlite data/graph.db", "neo4j http://…").</summary>
    string Description { get; }

    /// <summary>Creates the schema if it is missing; safe to call any number of times.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Writes one article and its events in one transaction.</summary>
    Task<StoreWriteResult> WriteAsync(ArticleExtraction extraction, CancellationToken cancellationToken);

    Task<bool> ContainsArticleAsync(string articleId, CancellationToken cancellationToken);

    Task<StoreCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>Reads actors, events (with mentions) and article metadata matching the filter.</summary>
    Task<GraphSnapshot> ReadSnapshotAsync(SnapshotFilter filter, CancellationToken cancellationToken);
}
