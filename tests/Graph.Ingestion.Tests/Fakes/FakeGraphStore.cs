using System.Collections.Concurrent;
using Graph.Domain.Articles;
using Graph.Domain.Events;
using Graph.Storage.Abstractions;

namespace Graph.Ingestion.Tests.Fakes;

/// <summary>
/// An in-memory store, idempotent by article id like the real ones, that can be switched off
/// (<see cref="Available"/>) and given a hook that runs after a committed write (to fail or hang there).
/// </summary>
public sealed class FakeGraphStore : IGraphStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Event> _events = new(StringComparer.Ordinal);
    private int _refused;

    public string Description => "fake store";

    public volatile bool Available = true;

    /// <summary>Runs after a write is committed, before the result returns (a crash point).</summary>
    public Func<ArticleExtraction, CancellationToken, Task>? AfterWrite { get; set; }

    /// <summary>Decides, before anything is written, to refuse an article with an error (null: accept).</summary>
    public Func<ArticleExtraction, Exception?>? Refuse { get; set; }

    public ConcurrentQueue<(string ArticleId, StoreWriteResult Result)> Writes { get; } = new();

    public int Refused => Volatile.Read(ref _refused);

    public IReadOnlyList<Article> Articles
    {
        get { lock (_lock) return [.. _articles.Values]; }
    }

    public IReadOnlyList<Event> Events
    {
        get { lock (_lock) return [.. _events.Values]; }
    }

    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Task.CompletedTask;
    }

    public async Task<StoreWriteResult> WriteAsync(ArticleExtraction extraction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDown();
        if (Refuse?.Invoke(extraction) is { } refusal)
        {
            Interlocked.Increment(ref _refused);
            throw refusal;
        }
        StoreWriteResult result;
        lock (_lock)
        {
            if (_articles.ContainsKey(extraction.Article.Id))
            {
                result = StoreWriteResult.Unchanged;
            }
            else
            {
                _articles[extraction.Article.Id] = extraction.Article;
                var added = 0;
                var mentions = 0;
                foreach (var e in extraction.Events)
                {
                    mentions += e.Mentions.Length;
                    if (_events.TryGetValue(e.Key, out var seen))
                    {
                        _events[e.Key] = seen.MergeWith(e);
                    }
                    else
                    {
                        _events[e.Key] = e;
                        added++;
                    }
                }
                result = new StoreWriteResult(true, added, mentions, 0);
            }
        }
        Writes.Enqueue((extraction.Article.Id, result));
        if (AfterWrite is { } hook)
        {
            await hook(extraction, cancellationToken);
        }
        return result;
    }

    public Task<bool> ContainsArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        lock (_lock) return Task.FromResult(_articles.ContainsKey(articleId));
    }

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        ThrowIfDown();
        lock (_lock) return Task.FromResult(new StoreCounts(_articles.Count, 0, _events.Count, _events.Values.Sum(e => e.Mentions.Length)));
    }

    public Task<GraphSnapshot> ReadSnapshotAsync(SnapshotFilter filter, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The worker never reads snapshots.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private void ThrowIfDown()
    {
        if (!Available)
        {
            Interlocked.Increment(ref _refused);
            throw new StoreUnavailableException("connection refused (the test switched the store off)");
        }
    }
}
