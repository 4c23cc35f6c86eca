using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Graph.Ingestion.Tests.Feeds;

/// <summary>A tiny HTTP server on 127.0.0.1 that serves a feed (with an ETag) and the pages it links to.</summary>
public sealed class LoopbackFeedServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);
    private volatile string _feed = string.Empty;
    private volatile string _etag = "\"v1\"";

    public LoopbackFeedServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}/{path}";

    /// <summary>Every request: path, status answered.</summary>
    public ConcurrentQueue<(string Path, int Status)> Requests { get; } = new();

    public void SetFeed(string xml, string etag)
    {
        _feed = xml;
        _etag = etag;
    }

    public void SetPage(string path, string html) => _pages[path] = html;

    public int Count(string path) => Requests.Count(r => r.Path == path);

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var path = context.Request.Url!.AbsolutePath.TrimStart('/');
            var response = context.Response;
            int status;
            byte[] body = [];
            if (path == "feed.xml")
            {
                if (context.Request.Headers["If-None-Match"] == _etag)
                {
                    status = 304;
                }
                else
                {
                    status = 200;
                    response.ContentType = "application/rss+xml";
                    response.Headers["ETag"] = _etag;
                    body = Encoding.UTF8.GetBytes(_feed);
                }
            }
            else if (_pages.TryGetValue(path, out var html))
            {
                status = 200;
                response.ContentType = "text/html; charset=utf-8";
                body = Encoding.UTF8.GetBytes(html);
            }
            else
            {
                status = 404;
            }
            Requests.Enqueue((path, status));
            response.StatusCode = status;
            if (body.Length > 0)
            {
                response.ContentLength64 = body.Length;
                await response.OutputStream.WriteAsync(body);
            }
            response.Close();
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // Closing the listener ends the loop.
        }
    }
}
