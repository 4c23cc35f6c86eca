using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Graph.Ingestion.Ledger;
using Graph.Ingestion.Pipeline;
using Graph.Ingestion.Worker;
using Microsoft.Extensions.Logging;

namespace Graph.Ingestion.Feeds;

/// <summary>
/// Polls each feed on an interval with conditional GETs (ETag, Last-Modified), saves every new
/// linked page to a temporary .html file and hands it to the pipeline, which reads it with the
/// HTML reader. A link already done or failed is never fetched again.
/// </summary>
internal sealed class FeedPoller(
    WorkerOptions options,
    IngestionLedger ledger,
    IHttpClientFactory httpClientFactory,
    TimeProvider time,
    ILogger logger)
{
    public const string HttpClientName = "Graph.Feeds";

    /// <summary>Largest page saved; a news page is far smaller, anything bigger is not an article.</summary>
    private const long MaxPageBytes = 20 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);
    private readonly string _pageFolder = Path.Combine(Path.GetTempPath(), "graph-feed-pages", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    private int _polls;

    /// <summary>Completed polling rounds (every feed once).</summary>
    public int Polls => Volatile.Read(ref _polls);

    public async Task RunAsync(ChannelWriter<WorkItem> writer, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_pageFolder);
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var feed in options.Feeds)
            {
                try
                {
                    await PollAsync(feed, writer, cancellationToken);
                }
                catch (Exception ex) when (ex is HttpRequestException or FeedFormatException or IOException
                    || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    IngestionLog.FeedFailed(logger, feed, ex is OperationCanceledException ? "timed out" : ex.Message);
                }
            }
            Interlocked.Increment(ref _polls);
            await Task.Delay(options.FeedPoll, time, cancellationToken);
        }
    }

    /// <summary>The pipeline is done with a page: forget it and delete its temporary file.</summary>
    public void Release(FeedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _inFlight.TryRemove(entry.Item.Link, out _);
        try
        {
            File.Delete(entry.PageFile);
        }
        catch (IOException)
        {
            // A leftover temporary file is harmless.
        }
    }

    private async Task PollAsync(string feed, ChannelWriter<WorkItem> writer, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        var (etag, lastModified) = await ledger.GetFeedValidatorsAsync(feed, cancellationToken);
        // Links seen but not finished (the worker stopped) need the full feed again, not a 304.
        if (await ledger.CountUnfinishedFeedItemsAsync(feed, cancellationToken) > 0 || !_inFlight.IsEmpty)
        {
            etag = lastModified = null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, feed);
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.HttpTimeoutSeconds));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            IngestionLog.FeedNotModified(logger, feed);
            return;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"the server answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }

        IReadOnlyList<FeedItem> items;
        await using (var body = await response.Content.ReadAsStreamAsync(timeout.Token))
        {
            using var buffer = new MemoryStream();
            await body.CopyToAsync(buffer, timeout.Token);
            buffer.Position = 0;
            items = FeedParser.Parse(buffer, new Uri(feed));
        }

        var added = 0;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_inFlight.ContainsKey(item.Link)) continue;
            if (await ledger.GetFeedItemAsync(feed, item.Link, cancellationToken) is LedgerState.Done or LedgerState.Failed) continue;

            await ledger.MarkFeedItemAsync(feed, item.Link, LedgerState.Pending, cancellationToken);
            string page;
            try
            {
                page = await DownloadAsync(client, item.Link, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // The next poll tries the link again: a page that is down now may be up later.
                IngestionLog.FeedFailed(logger, item.Link, ex is OperationCanceledException ? "timed out" : ex.Message);
                continue;
            }
            _inFlight[item.Link] = 0;
            added++;
            await writer.WriteAsync(new FeedEntry(feed, item, page), cancellationToken);
        }
        IngestionLog.FeedPolled(logger, feed, added, items.Count);

        // Saved only once every link is handed over, so a stop half-way reads the whole feed again.
        var newEtag = response.Headers.ETag?.ToString();
        var newLastModified = response.Content.Headers.LastModified?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        await ledger.SaveFeedValidatorsAsync(feed, newEtag, newLastModified, cancellationToken);
    }

    private async Task<string> DownloadAsync(HttpClient client, string link, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.HttpTimeoutSeconds));
        using var response = await client.GetAsync(link, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"the server answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }
        if (response.Content.Headers.ContentLength > MaxPageBytes)
        {
            throw new IOException($"the page is {response.Content.Headers.ContentLength} bytes, more than an article ({MaxPageBytes})");
        }
        var path = Path.Combine(_pageFolder, Guid.NewGuid().ToString("N") + ".html");
        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
        try
        {
            await SaveAsync(body, path, timeout.Token);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        return path;
    }

    private static async Task SaveAsync(Stream body, string path, CancellationToken cancellationToken)
    {
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > MaxPageBytes)
                {
                    throw new IOException($"the page is larger than an article ({MaxPageBytes} bytes)");
                }
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
    }
}
