using System.Net;
using System.Net.Sockets;

namespace Graph.Neo4j.Tests.Support;

/// <summary>
/// A loopback TCP relay in front of the test server. Stopping it refuses connections exactly as a
/// stopped server does, without taking down the server the other tests share.
/// </summary>
internal sealed class TcpProxy : IAsyncDisposable
{
    private readonly IPEndPoint upstream;
    private readonly List<TcpClient> open = [];
    private TcpListener? listener;
    private CancellationTokenSource? running;
    private Task? acceptLoop;

    public TcpProxy(Uri upstreamUrl)
    {
        var address = upstreamUrl.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(upstreamUrl.Host);
        upstream = new IPEndPoint(address, upstreamUrl.Port);
        Port = Listen(0);
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}");

    public void Start() => Listen(Port);

    public async Task StopAsync()
    {
        if (listener is null) return;
        await running!.CancelAsync();
        listener.Stop();
        listener.Dispose();
        listener = null;
        lock (open)
        {
            foreach (var c in open) c.Dispose();
            open.Clear();
        }
        try
        {
            await acceptLoop!;
        }
        catch (OperationCanceledException)
        {
        }
        running.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private int Listen(int port)
    {
        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        running = new CancellationTokenSource();
        var l = listener;
        var token = running.Token;
        acceptLoop = Task.Run(() => AcceptAsync(l, token), CancellationToken.None);
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private async Task AcceptAsync(TcpListener l, CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await l.AcceptTcpClientAsync(token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => RelayAsync(inbound, token), CancellationToken.None);
        }
    }

    private async Task RelayAsync(TcpClient inbound, CancellationToken token)
    {
        var outbound = new TcpClient();
        lock (open)
        {
            open.Add(inbound);
            open.Add(outbound);
        }
        try
        {
            await outbound.ConnectAsync(upstream, token);
            using var a = inbound.GetStream();
            using var b = outbound.GetStream();
            var up = a.CopyToAsync(b, token);
            var down = b.CopyToAsync(a, token);
            await Task.WhenAny(up, down);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The proxy is stopping or a side hung up.
        }
        finally
        {
            inbound.Dispose();
            outbound.Dispose();
        }
    }
}
