using System.Security.Cryptography;
using Graph.Domain.Articles;
using Graph.Domain.Events;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Graph.Ingestion.Inbox;
using Graph.Ingestion.Ledger;
using Graph.Ingestion.Worker;
using Microsoft.Extensions.Logging;

namespace Graph.Ingestion.Pipeline;

/// <summary>What became of one work item.</summary>
public sealed record ItemOutcome(int Ingested, int Skipped, int Failed, IReadOnlyList<string> Reasons);

/// <summary>
/// read → extract → write → mark done, for one work item. The ledger is marked done only after
/// the store accepted the write; a cancellation leaves the article pending, never half-marked.
/// </summary>
internal sealed class IngestionPipeline(
    IArticleLoader loader,
    IEventExtractor extractor,
    StoreWriter writer,
    IngestionLedger ledger,
    WorkerOptions options,
    TimeProvider time,
    ILogger logger,
    GroupCommitter? committer = null)
{
    // Reading and extraction take the CPU; more items than this may be in flight, waiting for their group to commit.
    private readonly SemaphoreSlim _cpu = new(options.MaxParallelism, options.MaxParallelism);
    private long _ingested;

    /// <summary>Articles written and marked done since the worker started.</summary>
    public long Ingested => Interlocked.Read(ref _ingested);

    /// <param name="abandonToken">Cancelled when the shutdown timeout is reached: whatever is in progress stops and stays pending.</param>
    /// <param name="stoppingToken">Cancelled when shutdown starts: no new wait for the store begins.</param>
    public async Task<ItemOutcome> ProcessAsync(WorkItem item, CancellationToken abandonToken, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        int ingested = 0, skipped = 0;
        var reasons = new List<string>();

        if (item is InboxFile && !loader.IsSupported(item.FilePath))
        {
            reasons.Add($"graph has no reader for '{Path.GetExtension(item.FilePath)}' files; save the article as text, Markdown, HTML or JSON");
            await RecordUnreadableAsync(item, reasons[0], abandonToken);
        }
        else
        {
            List<ArticleReadResult> results;
            await _cpu.WaitAsync(abandonToken);
            try
            {
                results = loader.LoadFile(item.FilePath, abandonToken).ToList();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                results = [ArticleReadResult.Failed(item.FilePath, ex.Message)];
            }
            finally
            {
                _cpu.Release();
            }

            foreach (var result in results)
            {
                abandonToken.ThrowIfCancellationRequested();
                if (result.Article is not { } read)
                {
                    var reason = Plain(result.Error ?? "unreadable", item.FilePath);
                    reasons.Add(reason);
                    await RecordUnreadableAsync(item, reason, abandonToken);
                    continue;
                }
                var article = item is FeedEntry feed ? FromFeed(read, feed) : read;
                switch (await IngestArticleAsync(article, item, abandonToken, stoppingToken))
                {
                    case null: ingested++; break;
                    case "": skipped++; break;
                    case var reason: reasons.Add(reason); break;
                }
            }
        }

        if (item is InboxFile file)
        {
            Dispose(file, reasons);
        }
        else if (item is FeedEntry entry)
        {
            await ledger.MarkFeedItemAsync(entry.Feed, entry.Item.Link, reasons.Count == 0 ? LedgerState.Done : LedgerState.Failed, CancellationToken.None);
            foreach (var reason in reasons) IngestionLog.Failed(logger, entry.Item.Link, reason);
        }
        return new ItemOutcome(ingested, skipped, reasons.Count, reasons);
    }

    /// <returns>null when ingested, "" when skipped as already done, otherwise why it failed.</returns>
    private async Task<string?> IngestArticleAsync(Article article, WorkItem item, CancellationToken abandonToken, CancellationToken stoppingToken)
    {
        if (!await ledger.MarkPendingAsync(article.Id, item.Source, article.Title, abandonToken))
        {
            var done = await ledger.GetAsync(article.Id, abandonToken);
            IngestionLog.Duplicate(logger, item.Source, done?.Source ?? "an earlier file");
            return string.Empty;
        }

        ArticleExtraction extraction;
        await _cpu.WaitAsync(abandonToken);
        try
        {
            extraction = extractor.Extract(article, abandonToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var reason = $"extraction failed: {ex.Message}";
            await ledger.MarkFailedAsync(article.Id, item.Source, article.Title, reason, CancellationToken.None);
            return reason;
        }
        finally
        {
            _cpu.Release();
        }

        Graph.Storage.Abstractions.StoreWriteResult written;
        var markedDone = false;
        try
        {
            if (committer is not null)
            {
                (written, markedDone) = await committer.WriteAsync(extraction, item.Source, abandonToken, stoppingToken);
            }
            else
            {
                written = await writer.WriteAsync(extraction, item.Source, abandonToken, stoppingToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var reason = $"the store refused the article: {ex.Message}";
            await ledger.MarkFailedAsync(article.Id, item.Source, article.Title, reason, CancellationToken.None);
            return reason;
        }

        // The write is committed: marking done must not be skipped by a late cancellation, or the
        // next start would write again (harmless, but needless).
        if (!markedDone)
        {
            await ledger.MarkDoneAsync(article.Id, extraction.Events.Length, CancellationToken.None);
        }
        Interlocked.Increment(ref _ingested);
        IngestionLog.Ingested(logger, item.Source, written.EventsAdded, written.MentionsAdded, article.Title ?? "untitled");
        return null;
    }

    private async Task RecordUnreadableAsync(WorkItem item, string reason, CancellationToken cancellationToken)
    {
        await ledger.MarkFailedAsync(UnreadableId(item), item.Source, null, reason, cancellationToken);
    }

    /// <summary>An unreadable input has no article id; the hash of its bytes recognises the same bad file dropped again.</summary>
    private static string UnreadableId(WorkItem item)
    {
        try
        {
            using var stream = File.OpenRead(item.FilePath);
            return "unreadable:" + Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unreadable:" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(item.Source)));
        }
    }

    private void Dispose(InboxFile file, List<string> reasons)
    {
        var failed = reasons.Count > 0;
        var folder = failed ? options.ResolvedFailedPath : options.ResolvedProcessedPath;
        try
        {
            if (failed)
            {
                InboxFiles.MoveToFailed(file.Path, folder, options.InboxPath, reasons, time.GetUtcNow());
                foreach (var reason in reasons) IngestionLog.Failed(logger, file.Path, reason);
            }
            else
            {
                InboxFiles.MoveWithoutOverwrite(file.Path, folder);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The articles are safely recorded; left in the inbox the file is recognised and skipped next time.
            IngestionLog.MoveFailed(logger, file.Path, folder, ex.Message);
        }
    }

    /// <summary>A page saved from a feed: name the page, not the temporary file, and fill gaps from the feed entry.</summary>
    private static Article FromFeed(Article article, FeedEntry entry) => article with
    {
        File = null,
        Url = article.Url ?? entry.Item.Link,
        Title = article.Title ?? entry.Item.Title,
        Published = article.Published ?? entry.Item.Published,
        Source = article.Source ?? entry.Item.FeedTitle ?? new Uri(entry.Item.Link).Host,
    };

    /// <summary>Readers name the file they read; for a feed page that is a temporary file the user never saw.</summary>
    private static string Plain(string error, string path) =>
        error.StartsWith(path + ": ", StringComparison.Ordinal) ? error[(path.Length + 2)..] : error;
}
